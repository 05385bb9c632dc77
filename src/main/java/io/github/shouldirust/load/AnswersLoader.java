package io.github.shouldirust.load;

import io.github.shouldirust.core.RuleSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads an answers file: a YAML or JSON mapping of question id to a value, or to a list of values for a
 * multi-choice question. A null value means "don't know": the question stays unanswered, and the quiz
 * does not ask it again.
 */
public final class AnswersLoader {
    private AnswersLoader() {}

    /** Longest name an answers file may give; a name is a label in a table, not a document. */
    static final int MAX_NAME = 100;

    /**
     * An answers file's content.
     *
     * @param dontKnow questions the file answers with null
     * @param name whose answers they are ({@code name:}), or null when the file does not say
     */
    public record AnswersFileContent(Map<String, List<String>> answers, Set<String> dontKnow, String name) {
        public AnswersFileContent {
            answers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(answers));
            dontKnow = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(dontKnow));
        }
    }

    /** Raw answers, each checked against the rules so a bad one is reported where it was written. */
    public static Map<String, List<String>> parse(byte[] content, String file, RuleSet rules) throws LoadException {
        return read(content, file, rules).answers();
    }

    /**
     * The answers and the "don't know"s, each checked against the rules where it was written. Every
     * problem is reported, as {@link AnswerDecoder} says, except that answers meant for other rules
     * ({@code rules:}) are refused for that alone: it is why any of their answers would be wrong.
     */
    public static AnswersFileContent read(byte[] content, String file, RuleSet rules) throws LoadException {
        var root = YamlReader.read(content, file);
        if (!(root instanceof YamlNode.Mapping mapping)) {
            throw new LoadException(FileProblem.error(
                    root.location(), "an answers file must be a mapping of question id to answer, not " + root.kind()));
        }
        var rulesEntry = mapping.entries().get("rules");
        if (rulesEntry != null) {
            checkRules(rulesEntry, rules);
        }
        var decoder = new Decoder();
        var answers = new AnswerDecoder(decoder, rules);
        String name = null;
        for (var entry : mapping.entries().values()) {
            if ("name".equals(entry.key())) {
                name = name(entry, decoder);
            } else if (!"rules".equals(entry.key())) {
                answers.decode(entry);
            }
        }
        if (!decoder.problems().isEmpty()) {
            throw new LoadException(decoder.problems());
        }
        return new AnswersFileContent(answers.answers(), answers.dontKnow(), name);
    }

    /** Whose answers these are; null, with a problem, when {@code name:} does not give one. */
    private static String name(YamlNode.Mapping.Entry entry, Decoder problems) {
        var text = new Decoder();
        var name = text.string(entry.value(), "name").map(String::strip).orElse("");
        var problem = text.problems().isEmpty()
                ? nameProblem(name, "name: Ana")
                : java.util.Optional.of(nameExpected("name: Ana"));
        if (problem.isPresent()) {
            problems.error(entry.value().location(), "name: " + problem.get());
            return null;
        }
        return name;
    }

    private static String nameExpected(String example) {
        return "expected whose answers these are, as text (e.g. " + example + ")";
    }

    /**
     * What is wrong with a person's name for an answers file, if anything: blank, too long, or holding a
     * character that is not one line of visible text. The same check for the file, --name and the quiz,
     * so a name that is saved can always be read back.
     *
     * @param example how to give a name where this one came from ("name: Ana", "--name Ana")
     */
    public static java.util.Optional<String> nameProblem(String name, String example) {
        if (name.isBlank()) {
            return java.util.Optional.of(nameExpected(example));
        }
        if (name.codePointCount(0, name.length()) > MAX_NAME) {
            return java.util.Optional.of("longer than " + MAX_NAME + " characters");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (io.github.shouldirust.core.Characters.unprintable(c)) {
                return java.util.Optional.of(String.format(
                        java.util.Locale.ROOT,
                        "a control or invisible character (U+%04X) is not allowed in a name",
                        (int) c));
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * {@code rules:} names the rules the answers were given for. They must be the rules loaded now or one
     * they layer over: answers for Acme's layer mean little to the bare essay rules, and saying so beats
     * an "unknown question" for the first answer the other rules lack.
     */
    private static void checkRules(YamlNode.Mapping.Entry entry, RuleSet rules) throws LoadException {
        var decoder = new Decoder();
        var id = decoder.string(entry.value(), "rules").map(String::strip).orElse("");
        if (!decoder.problems().isEmpty() || id.isEmpty()) {
            throw new LoadException(FileProblem.error(
                    entry.value().location(),
                    "rules: expected the id of the rules these answers are for (e.g. rules: why-rust)"));
        }
        var loaded =
                rules.layers().stream().map(layer -> layer.split(" ", 2)[0]).toList();
        if (!loaded.contains(id) && !id.equals(rules.metadata().id())) {
            throw new LoadException(FileProblem.error(
                    entry.value().location(),
                    "these answers are for the rules '" + id + "', not " + rules.describe()
                            + "; give those rules with --rules"));
        }
    }
}
