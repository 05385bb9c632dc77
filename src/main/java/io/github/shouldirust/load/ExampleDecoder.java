package io.github.shouldirust.load;

import io.github.shouldirust.core.Example;
import io.github.shouldirust.core.Language;
import io.github.shouldirust.core.RuleSet;
import io.github.shouldirust.core.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one rules file's {@code examples}. They are decoded against the rules every file combines into, since
 * an example in a layer may answer the base's questions, and their names are unique across the files.
 */
final class ExampleDecoder {
    private static final Set<String> EXAMPLE_KEYS = Set.of("name", "answers", "verdict", "language");

    private final Decoder decoder = new Decoder();
    /** The file being read, for each example's source. */
    private final String file;

    ExampleDecoder(String file) {
        this.file = file;
    }

    /** The examples, each answer checked against the combined rules where it was written. */
    List<Example> examples(YamlNode root, RuleSet rules, Set<String> names) throws LoadException {
        var node = ((YamlNode.Mapping) root).get("examples");
        if (node == null) {
            return List.of();
        }
        var examples = new ArrayList<Example>();
        for (var item : decoder.list(node, "'examples'")) {
            decoder.mapping(item, "an example", EXAMPLE_KEYS)
                    .ifPresent(m -> example(m, rules, names).ifPresent(examples::add));
        }
        if (!decoder.problems().isEmpty()) {
            throw new LoadException(decoder.problems());
        }
        return examples;
    }

    private Optional<Example> example(YamlNode.Mapping m, RuleSet rules, Set<String> names) {
        var name = decoder.requiredString(m, "name", "an example");
        name.filter(n -> !names.add(n))
                .ifPresent(n -> decoder.error(m.get("name").location(), "duplicate example name '" + n + "'"));
        var verdictName = decoder.requiredString(m, "verdict", "an example");
        var verdict = verdictName.flatMap(Verdict::fromId);
        if (verdictName.isPresent() && verdict.isEmpty()) {
            decoder.error(
                    m.get("verdict").location(),
                    "unknown verdict '" + verdictName.get() + "' (allowed: use-rust, consider-rust, avoid-rust)");
        }
        var language = decoder.optionalString(m, "language", "an example");
        language.filter(l -> rules.language(l).isEmpty())
                .ifPresent(l -> decoder.error(
                        m.get("language").location(),
                        "unknown language '" + l + "' (languages: "
                                + String.join(
                                        ", ",
                                        rules.languages().stream()
                                                .map(Language::id)
                                                .toList()) + ")"));
        // An example's null answers are left unanswered, as "don't know" leaves them.
        var answers = new AnswerDecoder(decoder, rules);
        var answersNode = m.get("answers");
        if (answersNode == null) {
            decoder.error(m.location(), "an example has no 'answers'");
        } else if (answersNode instanceof YamlNode.Mapping given) {
            given.entries().values().forEach(answers::decode);
        } else {
            decoder.wrongType(answersNode, "'answers'", "a mapping of question id to answer");
        }
        if (name.isEmpty() || verdict.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Example(name.get(), answers.answers(), verdict.get(), language, file));
    }
}
