package io.github.shouldirust.load;

import io.github.shouldirust.core.Answers;
import io.github.shouldirust.core.BadAnswerException;
import io.github.shouldirust.core.Question;
import io.github.shouldirust.core.RuleSet;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decodes answers written as YAML, {@code question-id: value}: the one reading of them for answers files
 * ({@link AnswersLoader}) and for the {@code answers} of a rules file's examples ({@link ExampleDecoder}),
 * so that the same answers mean the same, and are refused in the same words, in both.
 *
 * <p>The policy:
 * <ul>
 *   <li>{@code null} means "don't know": the question stays unanswered ({@link #dontKnow()}).
 *   <li>A list gives one value per item, each taken whole. A string is split at commas and each part
 *       stripped, so {@code "a, b"} is two values, as it is for {@code --answer} on the command line; a
 *       value holding a comma can be given only in a list.
 *   <li>Every problem in the answers is reported, not only the first (a file that is not YAML, or that
 *       gives a key twice, is refused before any answer is read): each goes, in file order, to the {@link Decoder}
 *       the caller passes, at its file, line and column. An answer is checked only as far as its first
 *       problem, so each mistake is reported once, where it starts: an unknown question at its key,
 *       whatever its value; a value that is not text (a mapping, an empty string; each such item of a
 *       list) with the values allowed; otherwise the first thing the rules find wrong with the values
 *       (an unknown value, two for a single-choice question...), at the value.
 * </ul>
 */
final class AnswerDecoder {
    private final Decoder decoder;
    private final RuleSet rules;
    private final Map<String, List<String>> answers = new LinkedHashMap<>();
    private final Set<String> dontKnow = new LinkedHashSet<>();

    /** @param decoder where problems go, in order with the caller's own */
    AnswerDecoder(Decoder decoder, RuleSet rules) {
        this.decoder = decoder;
        this.rules = rules;
    }

    /** Decodes one answer; see the class comment for what it accepts and reports. */
    void decode(YamlNode.Mapping.Entry entry) {
        // The question first: an unknown id is the problem, whatever its value's type.
        Question question;
        try {
            question = rules.requireQuestion(entry.key());
        } catch (BadAnswerException e) {
            decoder.error(entry.keyLocation(), e.getMessage());
            return;
        }
        var value = entry.value();
        if (value instanceof YamlNode.Scalar scalar && scalar.type() == YamlNode.Scalar.Kind.NULL) {
            dontKnow.add(entry.key());
            return;
        }
        var values = values(value, question);
        if (values.isEmpty()) {
            return;
        }
        try {
            rules.checkAnswer(entry.key(), values.get());
            answers.put(entry.key(), values.get());
        } catch (BadAnswerException e) {
            decoder.error(value.location(), e.getMessage());
        }
    }

    /** The values as written; empty, with a problem for each bad part, when they are not text. */
    private Optional<List<String>> values(YamlNode value, Question question) {
        var what = "the answer to '" + question.id() + "'";
        var shape = new Decoder();
        List<String> values;
        if (value instanceof YamlNode.Sequence) {
            values = shape.strings(value, what);
        } else if (value instanceof YamlNode.Mapping && question.isMulti()) {
            // A list is as good as a string here, so the message names both.
            shape.wrongType(value, what, "a string or a list of strings");
            values = List.of();
        } else {
            values = shape.string(value, what).map(Answers::split).orElse(List.of());
        }
        // A wrong type or an empty value is a bad answer too: say what is allowed, as for a bad value.
        var allowed = " (allowed: " + String.join(", ", question.values()) + ")";
        shape.problems().forEach(p -> decoder.error(p.location(), p.message() + allowed));
        return shape.problems().isEmpty() ? Optional.of(values) : Optional.empty();
    }

    /** The answers decoded without a problem, in file order. */
    Map<String, List<String>> answers() {
        return Collections.unmodifiableMap(answers);
    }

    /** The questions answered with null. */
    Set<String> dontKnow() {
        return Collections.unmodifiableSet(dontKnow);
    }
}
