package io.github.shouldirust.core;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Every answer a question can have, for checks that must try them all. */
final class AnswerSpace {
    private AnswerSpace() {
    }

    /**
     * Unanswered (an empty list) first, then each value; for a multi-choice question every non-empty set
     * of values that respects exclusive options, each in option order.
     */
    /**
     * Whether some combination of answers to these questions (unanswered included), added to
     * {@code base}, passes the test. Questions the rules do not define are skipped.
     */
    static boolean any(RuleSet rules, List<String> questions, Answers base, Predicate<Answers> test) {
        if (questions.isEmpty()) {
            return test.test(base);
        }
        var question = rules.question(questions.get(0)).orElse(null);
        var rest = questions.subList(1, questions.size());
        if (question == null) {
            return any(rules, rest, base, test);
        }
        for (var option : options(question)) {
            var next = option.isEmpty() ? base.without(question.id()) : base.with(question.id(), option);
            if (any(rules, rest, next, test)) {
                return true;
            }
        }
        return false;
    }

    static List<List<String>> options(Question question) {
        var options = new ArrayList<List<String>>();
        options.add(List.of());
        var values = question.values();
        if (!question.isMulti()) {
            values.forEach(value -> options.add(List.of(value)));
            return options;
        }
        for (int mask = 1; mask < (1 << values.size()); mask++) {
            var chosen = new ArrayList<String>();
            boolean exclusive = false;
            for (int bit = 0; bit < values.size(); bit++) {
                if ((mask & (1 << bit)) != 0) {
                    chosen.add(values.get(bit));
                    exclusive |= question.choices().get(bit).exclusive();
                }
            }
            if (!exclusive || chosen.size() == 1) {
                options.add(List.copyOf(chosen));
            }
        }
        return options;
    }
}
