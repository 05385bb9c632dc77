package io.github.shouldirust.render;

import io.github.shouldirust.core.Comparison;
import io.github.shouldirust.core.Evaluation;
import io.github.shouldirust.core.TeamAnswers;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** {@code compare}'s output: a table that fits 80 columns, JSON for programs, a section for a decision record. */
public final class ComparisonRenderer {
    /** Bumped only when a field changes meaning; new fields do not bump it. */
    public static final int SCHEMA_VERSION = 1;

    private static final int NAME = 24;
    private static final int VERDICT = 15;
    private static final int ANSWER = 26;
    private static final int PEOPLE = 30;

    private ComparisonRenderer() {}

    public static void text(Comparison comparison, Style style, PrintWriter out) {
        var combined = comparison.combinedReport();
        var language = line(combined.result().recommendation().name());
        out.println(
                style.bold("Team verdict: ") + style.verdict(combined.result().verdict()) + ", language "
                        + style.bold(cut(language, 80 - "Team verdict: consider-rust, language ".length())));
        out.println(cut("Confidence:   " + line(Phrases.confidence(combined)), 80));
        out.println("People:       " + comparison.people().size() + ", their answers combined as below");
        out.println();
        out.println(style.dim("  " + pad("Person", NAME) + pad("Verdict", VERDICT) + "Language"));
        for (var person : comparison.people()) {
            out.println("  " + pad(line(person.name()), NAME) + padded(style, person.result(), VERDICT)
                    + line(person.result().recommendation().name()));
        }
        out.println("  " + style.bold(pad("Combined", NAME)) + padded(style, combined.result(), VERDICT)
                + line(combined.result().recommendation().name()));
        out.println();
        var disagreements = comparison.disagreements();
        if (disagreements.isEmpty()) {
            out.println("They agree on every question they all answered.");
        } else {
            long matter = disagreements.stream()
                    .filter(Comparison.Disagreement::matters)
                    .count();
            out.println(
                    disagreements.size() == 1
                            ? "They disagree on 1 question:"
                            : "They disagree on " + disagreements.size() + " questions; "
                                    + (matter == 0
                                            ? "none"
                                            : matter == disagreements.size() ? "each" : matter + " of them")
                                    + " can change the team's verdict:");
            for (var disagreement : disagreements) {
                out.println();
                disagreement(comparison, disagreement, style, out);
            }
        }
        out.println();
        for (var wrapped : Wrap.lines("Combined answers: ", TeamAnswers.RULE + ".", 80, "")) {
            out.println(style.dim(wrapped));
        }
        out.flush();
    }

    private static void disagreement(
            Comparison comparison, Comparison.Disagreement disagreement, Style style, PrintWriter out) {
        var question = disagreement.question();
        var team = teamAnswer(comparison, question);
        var verdict = disagreement.matters() ? "can change the verdict" : "does not change the verdict";
        // The id and the team's answer give way, so the line fits 80 columns whatever they hold.
        var id = cut(line(question.id()), 30);
        out.println("  " + style.bold(id) + " (team: " + cut(team, 80 - 2 - id.length() - 9 - 2 - verdict.length())
                + ") " + (disagreement.matters() ? style.yellow(verdict) : style.dim(verdict)));
        for (var position : disagreement.positions()) {
            out.println("    " + pad(cut(line(String.join(",", position.answer())), ANSWER), ANSWER) + "  "
                    + pad(names(position.people(), PEOPLE), PEOPLE) + "  -> " + style.verdict(position.verdict()));
        }
        if (!disagreement.undecided().isEmpty()) {
            out.println("    " + pad("(no answer)", ANSWER) + "  " + names(disagreement.undecided(), PEOPLE));
        }
    }

    /** "important, a split" / "go, a tie" / "open": the team's answer, and how it was come to when close. */
    private static String teamAnswer(Comparison comparison, io.github.shouldirust.core.Question question) {
        var team = comparison.combined().answers().get(question.id());
        var tie = !comparison.combined().ties().containsKey(question.id())
                ? ""
                : question.rustFavours() != io.github.shouldirust.core.Question.Scale.NONE ? ", a split" : ", a tie";
        return (team.isEmpty() ? "open" : line(String.join(",", team))) + tie;
    }

    public static void json(Comparison comparison, PrintWriter out) {
        Json.document(out, json -> {
            json.writeNumberField("schemaVersion", SCHEMA_VERSION);
            json.writeStringField("rules", comparison.rules().describe());
            json.writeStringField("combinedBy", TeamAnswers.RULE);
            var combined = comparison.combinedReport();
            json.writeObjectFieldStart("combined");
            result(json, combined.result());
            json.writeNumberField("confidence", combined.outlook().confidence());
            json.writeBooleanField("settled", combined.outlook().settled());
            answers(json, "answers", comparison.combined().answers().asMap());
            json.writeObjectFieldStart("ties");
            for (var tie : comparison.combined().ties().entrySet()) {
                json.writeArrayFieldStart(tie.getKey());
                for (var answer : tie.getValue()) {
                    json.writeStartArray();
                    for (var value : answer) {
                        json.writeString(value);
                    }
                    json.writeEndArray();
                }
                json.writeEndArray();
            }
            json.writeEndObject();
            json.writeEndObject();
            json.writeArrayFieldStart("people");
            for (var person : comparison.people()) {
                json.writeStartObject();
                json.writeStringField("name", person.name());
                result(json, person.result());
                answers(json, "answers", person.sheet().answers().asMap());
                Json.strings(json, "dontKnow", person.sheet().dontKnow());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("disagreements");
            for (var disagreement : comparison.disagreements()) {
                json.writeStartObject();
                json.writeStringField("question", disagreement.question().id());
                json.writeBooleanField("matters", disagreement.matters());
                json.writeArrayFieldStart("answers");
                for (var position : disagreement.positions()) {
                    json.writeStartObject();
                    Json.strings(json, "answer", position.answer());
                    Json.strings(json, "people", position.people());
                    json.writeStringField("verdict", position.verdict().id());
                    json.writeEndObject();
                }
                json.writeEndArray();
                Json.strings(json, "undecided", disagreement.undecided());
                json.writeEndObject();
            }
            json.writeEndArray();
        });
    }

    private static void result(com.fasterxml.jackson.core.JsonGenerator json, Evaluation result) throws IOException {
        json.writeStringField("verdict", result.verdict().id());
        json.writeNumberField("score", result.score());
        json.writeStringField("language", result.recommendation().id());
    }

    private static void answers(
            com.fasterxml.jackson.core.JsonGenerator json, String field, java.util.Map<String, List<String>> answers)
            throws IOException {
        json.writeObjectFieldStart(field);
        for (var answer : answers.entrySet()) {
            Json.strings(json, answer.getKey(), answer.getValue());
        }
        json.writeEndObject();
    }

    /** A section for a decision record: the table, then the disagreements, each with what its answers give. */
    public static void markdown(Comparison comparison, PrintWriter out) {
        var combined = comparison.combinedReport();
        out.println("## The team's answers compared");
        out.println();
        out.println("Combined verdict: `" + combined.result().verdict().id() + "`, language "
                + Markdown.md(combined.result().recommendation().name()) + " (confidence "
                + Markdown.md(Phrases.confidence(combined)) + "), from the answers of "
                + count(comparison.people().size(), "person") + ".");
        out.println();
        out.println("| Person | Verdict | Language |");
        out.println("| --- | --- | --- |");
        for (var person : comparison.people()) {
            out.println("| " + Markdown.md(person.name()) + " | `"
                    + person.result().verdict().id() + "` | "
                    + Markdown.md(person.result().recommendation().name()) + " |");
        }
        out.println("| **Combined** | `" + combined.result().verdict().id() + "` | "
                + Markdown.md(combined.result().recommendation().name()) + " |");
        out.println();
        out.println("### Where the team disagrees");
        out.println();
        if (comparison.disagreements().isEmpty()) {
            out.println("Nowhere: everyone who answered a question gave the same answer.");
        }
        for (var disagreement : comparison.disagreements()) {
            var question = disagreement.question();
            out.println("* " + Markdown.code(question.id()) + ", " + Markdown.md(question.prompt())
                    + " (team: " + Markdown.md(teamAnswer(comparison, question)) + "): "
                    + (disagreement.matters() ? "**can change the verdict**" : "does not change the verdict"));
            for (var position : disagreement.positions()) {
                out.println("  * " + Markdown.code(String.join(",", position.answer())) + " ("
                        + Markdown.md(String.join(", ", position.people())) + ") gives `"
                        + position.verdict().id() + "`");
            }
            if (!disagreement.undecided().isEmpty()) {
                out.println("  * no answer: " + Markdown.md(String.join(", ", disagreement.undecided())));
            }
        }
        out.println();
        out.println("Combined answers: " + TeamAnswers.RULE + ".");
        out.flush();
    }

    private static String padded(Style style, Evaluation result, int width) {
        return style.verdict(result.verdict())
                + " ".repeat(Math.max(1, width - result.verdict().id().length()));
    }

    private static String line(String text) {
        return Printable.line(text);
    }

    /** Names that fit the width, then "+N" for the rest. */
    private static String names(List<String> people, int width) {
        var shown = new ArrayList<String>();
        int used = 0;
        for (int i = 0; i < people.size(); i++) {
            var name = line(people.get(i));
            var more = i + 1 < people.size() ? " +" + (people.size() - i - 1) : "";
            if (used + name.length() + 2 + more.length() > width && !shown.isEmpty()) {
                return String.join(", ", shown) + " +" + (people.size() - i);
            }
            shown.add(cut(name, width - more.length()));
            used += name.length() + 2;
        }
        return String.join(", ", shown);
    }

    private static String cut(String text, int width) {
        return text.length() <= width ? text : text.substring(0, Math.max(0, width - 3)) + "...";
    }

    private static String pad(String text, int width) {
        var cut = cut(text, width - 1);
        return cut + " ".repeat(width - cut.length());
    }

    private static String count(long n, String noun) {
        return n + " " + (n == 1 ? noun : noun.equals("person") ? "people" : noun + "s");
    }
}
