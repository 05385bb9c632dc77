package io.github.shouldirust.load;

import io.github.shouldirust.core.BadAnswerException;
import io.github.shouldirust.core.RuleSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an answers file: a YAML or JSON mapping of question id to a value, or to a list of values for a
 * multi-choice question. A null value leaves the question unanswered.
 */
public final class AnswersLoader {
    private AnswersLoader() {
    }

    /** Raw answers, each checked against the rules so a bad one is reported where it was written. */
    public static Map<String, List<String>> parse(byte[] content, String file, RuleSet rules) throws LoadException {
        var root = YamlReader.read(content, file);
        if (!(root instanceof YamlNode.Mapping mapping)) {
            throw new LoadException(FileProblem.error(root.location(),
                    "an answers file must be a mapping of question id to answer, not " + root.kind()));
        }
        var decoder = new Decoder();
        var answers = new LinkedHashMap<String, List<String>>();
        for (var entry : mapping.entries().values()) {
            var value = entry.value();
            if (value instanceof YamlNode.Scalar scalar && scalar.type() == YamlNode.Scalar.Kind.NULL) {
                continue;
            }
            var values = value instanceof YamlNode.Sequence
                    ? decoder.strings(value, "the answer to '" + entry.key() + "'")
                    : decoder.string(value, "the answer to '" + entry.key() + "'").map(AnswersLoader::splitValues)
                            .orElse(List.of());
            if (!decoder.problems().isEmpty()) {
                throw new LoadException(decoder.problems());
            }
            try {
                rules.checkAnswer(entry.key(), values);
            } catch (BadAnswerException e) {
                var at = rules.question(entry.key()).isPresent() ? value.location() : entry.keyLocation();
                throw new LoadException(FileProblem.error(at, e.getMessage()));
            }
            answers.put(entry.key(), values);
        }
        return answers;
    }

    /** "a,b" means two values, as it does on the command line. */
    public static List<String> splitValues(String text) {
        return java.util.Arrays.stream(text.split(",", -1)).map(String::strip).toList();
    }
}
