package io.github.shouldirust.core;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Every answer a question can have, for checks that must try them all. */
final class AnswerSpace {
    private AnswerSpace() {
    }

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
        for (var option : distinct(rules, question).orElseThrow()) {
            var next = option.isEmpty() ? base.without(question.id()) : base.with(question.id(), option);
            if (any(rules, rest, next, test)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The answers to a question that the rule set's tests tell apart, unanswered (an empty list) first:
     * one answer stands for every answer that passes and fails the same tests, so a search over these is
     * as exact as one over every answer, and a multi-choice question of 24 options is a handful, not 2^24.
     * Empty when the rules tell more answers apart than can be listed ({@link AnswerGroups#MAX_CLASSES}).
     */
    static java.util.Optional<List<List<String>>> distinct(RuleSet rules, Question question) {
        return rules.distinctAnswers(question);
    }

    /** How many answers {@link #distinct} lists; {@link Long#MAX_VALUE} when it cannot list them. */
    static long count(RuleSet rules, Question question) {
        return distinct(rules, question).map(answers -> (long) answers.size()).orElse(Long.MAX_VALUE);
    }

    /**
     * How many combinations of distinct answers these questions have, unanswered counting as an answer;
     * past {@code limit} it stops counting and returns a number above it. Questions the rules do not
     * define count once.
     */
    static long combinations(RuleSet rules, List<String> questions, long limit) {
        long count = 1;
        for (var id : questions) {
            var question = rules.question(id);
            if (question.isEmpty()) {
                continue;
            }
            long answers = count(rules, question.get());
            if (answers > limit) {
                return answers;
            }
            count *= answers;
            if (count > limit) {
                return count;
            }
        }
        return count;
    }

    /** The distinct answers, worked out once per rule set and question. */
    static java.util.Optional<List<List<String>>> group(RuleSet rules, Question question) {
        var tests = new ArrayList<java.util.Set<String>>();
        for (var rule : rules.rules()) {
            rule.when().tests().filter(test -> test.question().equals(question.id()))
                    .forEach(test -> tests.add(test.values()));
        }
        var groups = AnswerGroups.of(question, tests);
        if (!groups.countable()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(groups.groups(true).stream().map(AnswerGroups.Group::values).toList());
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
