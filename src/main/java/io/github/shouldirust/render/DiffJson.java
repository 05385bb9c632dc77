package io.github.shouldirust.render;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.shouldirust.core.Answers;
import io.github.shouldirust.core.Rule;
import io.github.shouldirust.core.RulesDiff;
import io.github.shouldirust.core.Thresholds;
import io.github.shouldirust.core.Verdict;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Optional;

/**
 * {@code rules diff --format json}: the contract published as {@code schema diff}
 * (diff.schema.json). Every field is always there, null where it has no value, so readers need no guards.
 */
public final class DiffJson {
    private DiffJson() {}

    public static void render(RulesDiff diff, DiffRenderer.Files files, PrintWriter out) {
        Json.document(out, json -> write(json, diff, files));
    }

    private static void write(JsonGenerator json, RulesDiff diff, DiffRenderer.Files files) throws IOException {
        var flips = diff.flips();
        json.writeNumberField("schemaVersion", 1);
        json.writeStringField("old", files.old());
        json.writeStringField("new", files.changed());
        json.writeBooleanField("verdictsChange", diff.changesVerdicts());
        json.writeObjectFieldStart("profiles");
        json.writeBooleanField("exhaustive", flips.exhaustive());
        json.writeNumberField("tried", flips.profiles());
        json.writeNumberField("space", flips.space());
        if (flips.exhaustive()) {
            json.writeNullField("seed");
        } else {
            json.writeNumberField("seed", flips.seed());
        }
        json.writeBooleanField("budgetRanOut", flips.ranOut());
        json.writeNumberField("changed", flips.changed());
        json.writeNumberField("percent", DiffRenderer.percentValue(flips.changed(), flips.profiles()));
        json.writeArrayFieldStart("directions");
        for (var direction : flips.directions()) {
            json.writeStartObject();
            json.writeStringField("from", direction.from().id());
            json.writeStringField("to", direction.to().id());
            json.writeNumberField("count", direction.count());
            json.writeNumberField("percent", DiffRenderer.percentValue(direction.count(), flips.profiles()));
            if (direction.example().isPresent()) {
                json.writeObjectFieldStart("example");
                answers(json, direction.example().get());
                json.writeBooleanField("minimal", direction.minimal());
                json.writeEndObject();
            } else {
                json.writeNullField("example");
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeArrayFieldStart("rules");
        for (var change : diff.rules()) {
            json.writeStartObject();
            json.writeStringField("id", change.id());
            json.writeStringField("change", change.kind());
            Json.strings(json, "parts", change.parts());
            score(json, "oldScore", change.before());
            score(json, "newScore", change.after());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeObjectFieldStart("thresholds");
        thresholds(json, "old", diff.oldThresholds());
        thresholds(json, "new", diff.newThresholds());
        json.writeEndObject();
        json.writeObjectFieldStart("questions");
        Json.strings(json, "added", diff.questionsAdded());
        Json.strings(json, "removed", diff.questionsRemoved());
        json.writeEndObject();
        json.writeArrayFieldStart("examples");
        for (var example : diff.examples()) {
            json.writeStartObject();
            json.writeStringField("name", example.name());
            result(json, "old", example.oldVerdict(), example.oldLanguage());
            result(json, "new", example.newVerdict(), example.newLanguage());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** The answers as in an answers file, and as the arguments that give them (unquoted: an argv). */
    private static void answers(JsonGenerator json, Answers answers) throws IOException {
        json.writeObjectFieldStart("answers");
        for (var entry : answers.asMap().entrySet()) {
            Json.strings(json, entry.getKey(), entry.getValue());
        }
        json.writeEndObject();
        json.writeArrayFieldStart("args");
        for (var entry : answers.asMap().entrySet()) {
            json.writeString("-a");
            json.writeString(entry.getKey() + "=" + String.join(",", entry.getValue()));
        }
        json.writeEndArray();
    }

    private static void score(JsonGenerator json, String field, Optional<Rule> rule) throws IOException {
        if (rule.isPresent()) {
            json.writeNumberField(field, rule.get().score());
        } else {
            json.writeNullField(field);
        }
    }

    private static void thresholds(JsonGenerator json, String field, Thresholds thresholds) throws IOException {
        json.writeObjectFieldStart(field);
        json.writeNumberField("useRust", thresholds.useRust());
        json.writeNumberField("considerRust", thresholds.considerRust());
        json.writeEndObject();
    }

    private static void result(JsonGenerator json, String field, Verdict verdict, String language) throws IOException {
        json.writeObjectFieldStart(field);
        json.writeStringField("verdict", verdict.id());
        json.writeStringField("language", language);
        json.writeEndObject();
    }
}
