package io.github.shouldirust.core;

import java.util.ArrayList;
import java.util.List;

/** Every answer a question can have, for checks that must try them all. */
final class AnswerSpace {
    private AnswerSpace() {}

    /**
     * The answers to a question that the rule set's tests tell apart, unanswered (an empty list) first:
     * one answer stands for every answer that passes and fails the same tests, so a search over these is
     * as exact as one over every answer, and a multi-choice question of 24 options is a handful, not 2^24.
     * Empty when the rules tell more answers apart than can be listed ({@link AnswerGroups#MAX_CLASSES}).
     */
    static java.util.Optional<List<List<String>>> distinct(RuleSet rules, Question question) {
        return rules.distinctAnswers(question);
    }

    /** The distinct answers, worked out once per rule set and question. */
    static java.util.Optional<List<List<String>>> group(RuleSet rules, Question question) {
        var tests = new ArrayList<java.util.Set<String>>();
        for (var rule : rules.rules()) {
            rule.when()
                    .tests()
                    .filter(test -> test.question().equals(question.id()))
                    .forEach(test -> tests.add(test.values()));
        }
        var groups = AnswerGroups.of(question, tests);
        if (!groups.countable()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(
                groups.groups(true).stream().map(AnswerGroups.Group::values).toList());
    }

    /**
     * Unanswered (an empty list) first, then each value; for a multi-choice question every non-empty set
     * of values that respects exclusive options, each in option order. Every answer: for tests that list
     * small questions whole; searches use {@link #distinct}.
     */
    static List<List<String>> options(Question question) {
        if (question.choices().size() > 20) {
            throw new IllegalArgumentException("too many options to list every answer: " + question.id());
        }
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
