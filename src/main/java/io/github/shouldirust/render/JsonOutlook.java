package io.github.shouldirust.render;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.shouldirust.core.Outlook;
import io.github.shouldirust.core.Report;
import io.github.shouldirust.core.Verdict;
import java.io.IOException;

/**
 * The parts of the result's JSON that look past the answers given: how sure the verdict is, which
 * question to answer next, what the open questions could do to the score, and which changes of answers
 * would flip the verdict. They follow the searches (Outlook, the open questions' impact, what-if), not
 * the evaluation.
 */
final class JsonOutlook {
    private JsonOutlook() {}

    static void confidence(JsonGenerator json, Outlook outlook) throws IOException {
        json.writeNumberField("confidence", outlook.confidence());
        if (outlook.estimate().isPresent()) {
            json.writeObjectFieldStart("confidenceEstimate");
            json.writeNumberField("samples", outlook.estimate().get().samples());
            json.writeNumberField("margin95", outlook.estimate().get().margin());
            json.writeNumberField("seed", Outlook.SEED);
            json.writeEndObject();
        } else {
            json.writeNullField("confidenceEstimate");
        }
        json.writeBooleanField("settled", outlook.settled());
        if (outlook.nextQuestion().isPresent()) {
            json.writeStringField("nextQuestion", outlook.nextQuestion().get().id());
        } else {
            json.writeNullField("nextQuestion");
        }
        json.writeBooleanField("searchRanOut", outlook.ranOut());
    }

    static void openQuestions(JsonGenerator json, Report report) throws IOException {
        json.writeArrayFieldStart("openQuestions");
        for (var impact : report.openQuestions()) {
            json.writeStartObject();
            json.writeStringField("question", impact.question().id());
            json.writeNumberField("minScore", impact.minScore());
            json.writeNumberField("maxScore", impact.maxScore());
            Json.strings(
                    json,
                    "verdicts",
                    impact.verdicts().stream().map(Verdict::id).toList());
            json.writeBooleanField(
                    "couldChangeVerdict", impact.couldChange(report.result().verdict()));
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    static void whatIf(JsonGenerator json, Report report) throws IOException {
        json.writeArrayFieldStart("whatIf");
        for (var whatIf : report.whatIf()) {
            json.writeStartObject();
            JsonAnswers.write(json, "changes", whatIf.changes(), report.result().rules());
            json.writeStringField("verdict", whatIf.verdict().id());
            json.writeNumberField("score", whatIf.score());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeBooleanField("whatIfSearchRanOut", report.whatIfRanOut());
    }
}
