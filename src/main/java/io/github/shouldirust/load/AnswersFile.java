package io.github.shouldirust.load;

import io.github.shouldirust.core.AnswerSheet;
import io.github.shouldirust.core.RuleSet;
import java.util.stream.Collectors;

/**
 * Writes answers as a file that {@code --answers} replays exactly: the questions in the rules' order,
 * "don't know" as null (so a quiz does not ask it again), every string double-quoted so YAML never reads
 * "no" as a boolean. Questions neither answered nor "don't know" are left out, so a quiz still asks them.
 */
public final class AnswersFile {
    private AnswersFile() {}

    public static String render(RuleSet rules, AnswerSheet sheet) {
        return render(rules, sheet, null);
    }

    /**
     * The file, saying whose answers they are when {@code name} is not null, and always which rules they
     * answer ({@code rules:}), so that answers given for other rules are refused by name.
     */
    public static String render(RuleSet rules, AnswerSheet sheet, String name) {
        var answers = sheet.answers();
        var dontKnow = sheet.dontKnow();
        var text = new StringBuilder()
                .append("# Answers for should-i-rust (rules ")
                .append(rules.describe())
                .append(").\n")
                .append("# Replay them with: should-i-rust --answers FILE   (null means \"don't know\")\n");
        if (name != null) {
            text.append("name: ").append(quote(name)).append('\n');
        }
        text.append("rules: ").append(quote(rules.metadata().id())).append('\n');
        for (var question : rules.questions()) {
            if (!answers.isAnswered(question.id()) && !dontKnow.contains(question.id())) {
                continue;
            }
            text.append(key(question.id())).append(": ");
            if (!answers.isAnswered(question.id())) {
                text.append("null");
            } else if (question.isMulti()) {
                text.append(answers.get(question.id()).stream()
                        .map(AnswersFile::quote)
                        .collect(Collectors.joining(", ", "[", "]")));
            } else {
                text.append(quote(answers.get(question.id()).get(0)));
            }
            text.append('\n');
        }
        return text.toString();
    }

    /** Plain when YAML reads it back as the same string; quoted otherwise. */
    private static String key(String id) {
        return id.matches("[a-z][a-z0-9-]*") && !PLAIN_BUT_NOT_STRINGS.contains(id) ? id : quote(id);
    }

    /** Words YAML 1.1 readers take for booleans or null. */
    private static final java.util.Set<String> PLAIN_BUT_NOT_STRINGS =
            java.util.Set.of("y", "n", "yes", "no", "on", "off", "true", "false", "null");

    /** A YAML double-quoted scalar (JSON string syntax, which YAML accepts). */
    private static String quote(String text) {
        var quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
