package io.github.shouldirust.render;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.shouldirust.core.Answers;
import io.github.shouldirust.core.Claim;
import io.github.shouldirust.core.Evaluation;
import io.github.shouldirust.core.LanguageFit;
import io.github.shouldirust.core.Question;
import io.github.shouldirust.core.Rule;
import io.github.shouldirust.core.RuleSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/** The machine-readable result: one JSON document, fields in a fixed order. */
public final class JsonRenderer {
    /** Bumped only when a field changes meaning; new fields do not bump it. */
    public static final int SCHEMA_VERSION = 1;

    private JsonRenderer() {
    }

    public static void render(Evaluation result, Writer out) {
        try (var json = Json.generator(out)) {
            json.writeStartObject();
            json.writeNumberField("schemaVersion", SCHEMA_VERSION);
            json.writeStringField("verdict", result.verdict().id());
            json.writeNumberField("score", result.score());
            json.writeObjectFieldStart("thresholds");
            json.writeNumberField("use-rust", result.rules().thresholds().useRust());
            json.writeNumberField("consider-rust", result.rules().thresholds().considerRust());
            json.writeEndObject();
            json.writeNumberField("confidence", result.confidence());
            json.writeObjectFieldStart("recommendation");
            json.writeStringField("language", result.recommendation().id());
            json.writeStringField("name", result.recommendation().name());
            json.writeEndObject();
            json.writeArrayFieldStart("alternatives");
            for (var alternative : result.alternatives()) {
                alternative(json, alternative, result.rules());
            }
            json.writeEndArray();
            json.writeArrayFieldStart("reasons");
            for (var rule : result.reasons()) {
                reason(json, rule);
            }
            json.writeEndArray();
            json.writeObjectFieldStart("claims");
            for (var claim : result.citedClaims().values()) {
                claim(json, claim);
            }
            json.writeEndObject();
            answers(json, result.answers(), result.rules());
            Json.strings(json, "unanswered", result.unanswered().stream().map(Question::id).toList());
            rulesMetadata(json, result.rules());
            json.writeEndObject();
            json.flush();
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void alternative(JsonGenerator json, LanguageFit fit, RuleSet rules) throws IOException {
        var language = fit.language();
        json.writeStartObject();
        json.writeStringField("language", language.id());
        json.writeStringField("name", language.name());
        json.writeNumberField("fit", fit.fit());
        Json.strings(json, "rustWinsOn", statements(rules, language.rustWins()));
        Json.strings(json, "theyWinOn", statements(rules, language.otherWins()));
        Json.strings(json, "claims", concat(language.rustWins(), language.otherWins()));
        Json.strings(json, "because", fit.raisedBy().stream().map(Rule::id).toList());
        json.writeEndObject();
    }

    private static List<String> statements(RuleSet rules, List<String> claimIds) {
        return claimIds.stream().flatMap(id -> rules.claim(id).stream()).map(Claim::statement).toList();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    private static void reason(JsonGenerator json, Rule rule) throws IOException {
        json.writeStartObject();
        json.writeStringField("rule", rule.id());
        json.writeNumberField("effect", rule.score());
        json.writeStringField("text", rule.text());
        Json.strings(json, "claims", rule.claims());
        json.writeObjectFieldStart("languages");
        for (var effect : rule.languageEffects().entrySet()) {
            json.writeNumberField(effect.getKey(), effect.getValue());
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void claim(JsonGenerator json, Claim claim) throws IOException {
        json.writeObjectFieldStart(claim.id());
        json.writeStringField("kind", claim.kind().id());
        json.writeStringField("section", claim.section());
        json.writeStringField("statement", claim.statement());
        if (!claim.evidence().isEmpty()) {
            Json.strings(json, "evidence", claim.evidence());
        }
        json.writeEndObject();
    }

    /** In question order, whatever order the answers arrived in, so equal answers print identically. */
    private static void answers(JsonGenerator json, Answers answers, RuleSet rules) throws IOException {
        json.writeObjectFieldStart("answers");
        for (var question : rules.questions()) {
            if (!answers.isAnswered(question.id())) {
                continue;
            }
            if (question.isMulti()) {
                Json.strings(json, question.id(), answers.get(question.id()));
            } else {
                json.writeStringField(question.id(), answers.get(question.id()).get(0));
            }
        }
        json.writeEndObject();
    }

    private static void rulesMetadata(JsonGenerator json, RuleSet rules) throws IOException {
        json.writeObjectFieldStart("rules");
        json.writeStringField("id", rules.metadata().id());
        json.writeStringField("version", rules.metadata().version());
        json.writeEndObject();
    }
}
