package io.github.shouldirust.render;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.shouldirust.core.Claim;
import io.github.shouldirust.core.Evaluation;
import io.github.shouldirust.core.LanguageFit;
import io.github.shouldirust.core.Question;
import io.github.shouldirust.core.Report;
import io.github.shouldirust.core.Rule;
import io.github.shouldirust.core.RuleSet;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The machine-readable result: one JSON document, fields in a fixed order. The evaluation's own parts
 * (verdict, recommendation, limits, alternatives, reasons, claims) are written here; what the searches
 * add ({@link JsonOutlook}) and the {@code --explain} trace ({@link JsonTrace}) have their own classes.
 */
public final class JsonRenderer {
    /**
     * Bumped only when a field changes meaning; new fields do not bump it. 2: confidence became the
     * share of completions of the open questions that keep the verdict (it was the share answered).
     */
    public static final int SCHEMA_VERSION = 2;

    private JsonRenderer() {}

    /** @param explain include the trace of every rule (--explain) */
    public static void render(Report report, boolean explain, Writer out) {
        var result = report.result();
        Json.document(out, json -> {
            json.writeNumberField("schemaVersion", SCHEMA_VERSION);
            json.writeStringField("verdict", result.verdict().id());
            json.writeStringField("scoreVerdict", result.scoreVerdict().id());
            json.writeBooleanField("capped", result.capped());
            json.writeNumberField("score", result.score());
            json.writeObjectFieldStart("thresholds");
            json.writeNumberField("use-rust", result.rules().thresholds().useRust());
            json.writeNumberField("consider-rust", result.rules().thresholds().considerRust());
            json.writeEndObject();
            JsonOutlook.confidence(json, report.outlook());
            json.writeObjectFieldStart("recommendation");
            json.writeStringField("language", result.recommendation().id());
            json.writeStringField("name", result.recommendation().name());
            json.writeStringField(
                    "decidedBy",
                    result.recommendation().isRust()
                            ? "verdict"
                            : result.ranking().decidedBy().id());
            Json.strings(
                    json,
                    "tiedWith",
                    result.recommendation().isRust()
                            ? List.of()
                            : result.ranking().tiedWith().stream()
                                    .map(l -> l.id())
                                    .toList());
            json.writeEndObject();
            limits(json, result);
            json.writeArrayFieldStart("alternatives");
            for (var alternative : result.alternatives()) {
                alternative(json, alternative, result);
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
            JsonAnswers.write(json, "answers", result.answers().asMap(), result.rules());
            Json.strings(
                    json,
                    "unanswered",
                    result.unanswered().stream().map(Question::id).toList());
            JsonOutlook.openQuestions(json, report);
            JsonOutlook.whatIf(json, report);
            if (explain) {
                JsonTrace.write(json, report);
            }
            rulesMetadata(json, result.rules());
        });
    }

    private static void alternative(JsonGenerator json, LanguageFit fit, Evaluation result) throws IOException {
        var rules = result.rules();
        var language = fit.language();
        json.writeStartObject();
        json.writeStringField("language", language.id());
        json.writeStringField("name", language.name());
        json.writeNumberField("fit", fit.fit());
        json.writeBooleanField("allowed", fit.allowed());
        json.writeBooleanField("teamPick", fit.teamPick());
        json.writeBooleanField("essayPick", fit.essayPick());
        Json.strings(json, "rustWinsOn", statements(rules, language.rustWins()));
        Json.strings(json, "theyWinOn", statements(rules, language.otherWins()));
        Json.strings(json, "claims", concat(language.rustWins(), language.otherWins()));
        Json.strings(json, "because", fit.raisedBy().stream().map(Rule::id).toList());
        inThisCase(json, "rustWinsHere", fit.loweredBy(), language.id(), result);
        inThisCase(json, "theyWinHere", fit.raisedBy(), language.id(), result);
        json.writeEndObject();
    }

    /** The fired rules that cap the verdict or narrow the languages, each with what it rules out. */
    private static void limits(JsonGenerator json, Evaluation result) throws IOException {
        json.writeArrayFieldStart("limits");
        for (var rule : result.limits()) {
            json.writeStartObject();
            json.writeStringField("rule", rule.id());
            json.writeStringField("source", rule.source());
            if (rule.cap().atMost().isPresent()) {
                json.writeStringField("atMost", rule.cap().atMost().get().id());
            } else {
                json.writeNullField("atMost");
            }
            Json.strings(json, "languages", rule.cap().languages());
            json.writeBooleanField("binds", result.binds(rule));
            json.writeStringField("text", rule.text());
            Json.strings(json, "claims", rule.claims());
            JsonAnswers.write(json, "because", result.because(rule), result.rules());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** The fired rules behind a language's fit, each with the answers that made it fire. */
    private static void inThisCase(
            JsonGenerator json, String field, List<Rule> rules, String language, Evaluation result) throws IOException {
        json.writeArrayFieldStart(field);
        for (var rule : rules) {
            json.writeStartObject();
            json.writeStringField("rule", rule.id());
            json.writeNumberField("effect", rule.effectOn(language));
            json.writeStringField("text", rule.text());
            JsonAnswers.write(json, "because", result.because(rule), result.rules());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static List<String> statements(RuleSet rules, List<String> claimIds) {
        return claimIds.stream()
                .flatMap(id -> rules.claim(id).stream())
                .map(Claim::statement)
                .toList();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    private static void reason(JsonGenerator json, Rule rule) throws IOException {
        json.writeStartObject();
        json.writeStringField("rule", rule.id());
        json.writeStringField("source", rule.source());
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

    private static void rulesMetadata(JsonGenerator json, RuleSet rules) throws IOException {
        json.writeObjectFieldStart("rules");
        json.writeStringField("id", rules.metadata().id());
        json.writeStringField("version", rules.metadata().version());
        json.writeEndObject();
    }
}
