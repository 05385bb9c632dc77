package io.github.shouldirust.render;

import io.github.shouldirust.core.Choice;
import io.github.shouldirust.core.Question;
import io.github.shouldirust.core.RuleSet;
import java.io.PrintWriter;

/** The questions a rules file asks, for people deciding what to pass with {@code --answer}. */
public final class QuestionsRenderer {
    /** The questions listing's own format version: unchanged when the result's (JsonRenderer) moves. */
    public static final int SCHEMA_VERSION = 1;

    private QuestionsRenderer() {}

    public static void text(RuleSet rules, Style style, int width, PrintWriter stdout) {
        var out = Printable.lines(stdout);
        var first = true;
        for (var question : rules.questions()) {
            if (!first) {
                out.println();
            }
            first = false;
            out.println(style.bold(question.id()) + "  " + question.prompt() + "  "
                    + style.dim(question.isMulti() ? "(one or more, comma-separated)" : "(one)"));
            Wrap.lines("  ", question.help(), width, "  ").forEach(out::println);
            var valueWidth =
                    question.values().stream().mapToInt(String::length).max().orElse(0);
            for (Choice choice : question.choices()) {
                var isDefault = question.defaults().contains(choice.value()) ? style.dim("  (default)") : "";
                out.println("    " + pad(choice.value(), valueWidth) + "  " + choice.label() + isDefault);
            }
        }
        out.flush();
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(width - text.length());
    }

    public static void json(RuleSet rules, PrintWriter out) {
        Json.document(out, json -> {
            json.writeNumberField("schemaVersion", SCHEMA_VERSION);
            json.writeArrayFieldStart("questions");
            for (Question question : rules.questions()) {
                json.writeStartObject();
                json.writeStringField("id", question.id());
                json.writeStringField("type", question.type().id());
                json.writeStringField("prompt", question.prompt());
                json.writeStringField("help", question.help());
                json.writeArrayFieldStart("options");
                for (var choice : question.choices()) {
                    json.writeStartObject();
                    json.writeStringField("value", choice.value());
                    json.writeStringField("label", choice.label());
                    json.writeBooleanField("exclusive", choice.exclusive());
                    json.writeEndObject();
                }
                json.writeEndArray();
                Json.strings(json, "default", question.defaults());
                json.writeEndObject();
            }
            json.writeEndArray();
        });
    }
}
