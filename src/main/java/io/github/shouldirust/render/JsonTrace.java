package io.github.shouldirust.render;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.shouldirust.core.Answers;
import io.github.shouldirust.core.ConditionTrace;
import io.github.shouldirust.core.Report;
import java.io.IOException;

/**
 * The {@code --explain} part of the result's JSON: every rule, whether it fired, and how each part of its
 * condition held against the answers.
 */
final class JsonTrace {
    private JsonTrace() {}

    static void write(JsonGenerator json, Report report) throws IOException {
        json.writeArrayFieldStart("trace");
        for (var rule : report.trace()) {
            json.writeStartObject();
            json.writeStringField("rule", rule.rule().id());
            json.writeBooleanField("fired", rule.fired());
            json.writeNumberField("effect", rule.rule().score());
            if (!rule.rule().cap().isNone()) {
                json.writeObjectFieldStart("cap");
                if (rule.rule().cap().atMost().isPresent()) {
                    json.writeStringField(
                            "atMost", rule.rule().cap().atMost().get().id());
                }
                Json.strings(json, "languages", rule.rule().cap().languages());
                json.writeEndObject();
            }
            json.writeFieldName("condition");
            condition(json, rule.condition(), report.result().answers());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void condition(JsonGenerator json, ConditionTrace trace, Answers answers) throws IOException {
        json.writeStartObject();
        json.writeStringField("kind", trace.kind());
        json.writeBooleanField("held", trace.held());
        if (trace.question() != null) {
            json.writeStringField("question", trace.question());
            Json.strings(json, "values", trace.values());
            Json.strings(json, "answered", answers.get(trace.question()));
        } else {
            json.writeArrayFieldStart("parts");
            for (var part : trace.parts()) {
                condition(json, part, answers);
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }
}
