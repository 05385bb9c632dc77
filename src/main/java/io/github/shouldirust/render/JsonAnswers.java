package io.github.shouldirust.render;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.shouldirust.core.RuleSet;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Answers as the result's JSON writes them wherever they appear (the answers given, why a rule fired,
 * what a what-if changes): question id to value, a string, or a list for a multi-choice question.
 */
final class JsonAnswers {
    private JsonAnswers() {}

    /** In question order, whatever order the answers arrived in, so equal answers print identically. */
    static void write(JsonGenerator json, String field, Map<String, List<String>> answers, RuleSet rules)
            throws IOException {
        json.writeObjectFieldStart(field);
        for (var question : rules.questions()) {
            var values = answers.get(question.id());
            if (values == null) {
                continue;
            }
            if (question.isMulti()) {
                Json.strings(json, question.id(), values);
            } else {
                json.writeStringField(question.id(), values.get(0));
            }
        }
        json.writeEndObject();
    }
}
