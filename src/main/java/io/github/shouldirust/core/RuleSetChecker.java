package io.github.shouldirust.core;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Predicate;

/**
 * Finds what loading cannot: rules that can never fire, rules that cancel each other out on the same
 * answers, verdicts no answers can reach, and rules that break the scale a question declares
 * ({@code rust-favours}). Exhaustive over the questions each check involves, so its findings are facts,
 * not guesses; a check whose space is too large to try is skipped rather than approximated.
 */
public final class RuleSetChecker {
    /** Answer combinations one check may try; the bundled rules need a few thousand at most. */
    static final int MAX_COMBINATIONS = 200_000;

    private final RuleSet rules;
    private final List<Problem> problems = new ArrayList<>();

    private RuleSetChecker(RuleSet rules) {
        this.rules = rules;
    }

    public static List<Problem> check(RuleSet rules) {
        var checker = new RuleSetChecker(rules);
        checker.neverFiring();
        checker.contradictions();
        checker.scales();
        checker.unreachableVerdicts();
        return List.copyOf(checker.problems);
    }

    private String rulePath(Rule rule) {
        return "/rules/" + rules.rules().indexOf(rule);
    }

    private void neverFiring() {
        for (var rule : rules.rules()) {
            var questions = rule.when().questions();
            if (combinations(questions) <= MAX_COMBINATIONS
                    && !anyAssignment(questions, Answers.none(), rule::firesOn)) {
                problems.add(Problem.error(rulePath(rule) + "/when", "rule '" + rule.id()
                        + "' can never fire: no answers satisfy its condition"));
            }
        }
    }

    /** Two rules that fire on exactly the same answers, one for Rust and one against, cancel out. */
    private void contradictions() {
        var list = rules.rules();
        for (int i = 0; i < list.size(); i++) {
            for (int j = i + 1; j < list.size(); j++) {
                var first = list.get(i);
                var second = list.get(j);
                if (Integer.signum(first.score()) * Integer.signum(second.score()) >= 0) {
                    continue;
                }
                var questions = new LinkedHashSet<>(first.when().questions());
                questions.addAll(second.when().questions());
                var union = List.copyOf(questions);
                if (combinations(union) <= MAX_COMBINATIONS
                        && !anyAssignment(union, Answers.none(), a -> first.firesOn(a) != second.firesOn(a))) {
                    problems.add(Problem.error(rulePath(second) + "/when", "rule '" + second.id() + "' contradicts rule '"
                            + first.id() + "': they fire on exactly the same answers with opposite effects ("
                            + signed(first.score()) + ", " + signed(second.score()) + ")"));
                }
            }
        }
    }

    /**
     * A rule for Rust must not stop firing as a question moves toward the end that favours Rust, and a
     * rule against Rust must not start firing then; otherwise answering "more in Rust's favour" could
     * lower the score.
     */
    private void scales() {
        for (var rule : rules.rules()) {
            if (rule.score() == 0) {
                continue;
            }
            for (var questionId : rule.when().questions()) {
                var question = rules.question(questionId).orElse(null);
                if (question == null || question.scaleTowardRust().isEmpty()) {
                    continue;
                }
                var others = new ArrayList<>(rule.when().questions());
                others.remove(questionId);
                if (combinations(others) > MAX_COMBINATIONS) {
                    continue;
                }
                var scale = question.scaleTowardRust();
                var broken = anyAssignment(others, Answers.none(), answers -> {
                    for (int step = 0; step + 1 < scale.size(); step++) {
                        var lower = rule.firesOn(answers.with(questionId, List.of(scale.get(step))));
                        var higher = rule.firesOn(answers.with(questionId, List.of(scale.get(step + 1))));
                        if (rule.score() > 0 ? lower && !higher : !lower && higher) {
                            return true;
                        }
                    }
                    return false;
                });
                if (broken) {
                    problems.add(Problem.error(rulePath(rule) + "/when", "rule '" + rule.id() + "' ("
                            + signed(rule.score()) + ") goes against the scale of '" + questionId + "': moving it toward "
                            + scale.get(scale.size() - 1) + ", which favours Rust, can " + (rule.score() > 0
                                    ? "stop it firing" : "make it fire")));
                }
            }
        }
    }

    private void unreachableVerdicts() {
        var thresholds = rules.thresholds();
        var search = new ScoreSearch(rules);
        if (search.unbounded()) {
            return;
        }
        if (!search.reaches(thresholds.useRust(), Integer.MAX_VALUE)) {
            problems.add(Problem.error("/verdicts/use-rust", "no answers reach use-rust: the highest possible score is "
                    + signed(search.highest()) + ", below " + signed(thresholds.useRust())));
        }
        // Equal thresholds leave no room for consider-rust on purpose: nothing to report.
        if (thresholds.considerRust() < thresholds.useRust()
                && !search.reaches(thresholds.considerRust(), thresholds.useRust() - 1)) {
            problems.add(Problem.error("/verdicts/consider-rust", "no answers give consider-rust: no score from "
                    + signed(thresholds.considerRust()) + " to " + signed(thresholds.useRust() - 1) + " is possible"));
        }
        if (!search.reaches(Integer.MIN_VALUE, thresholds.considerRust() - 1)) {
            problems.add(Problem.error("/verdicts/consider-rust", "no answers give avoid-rust: the lowest possible score is "
                    + signed(search.lowest()) + ", not below " + signed(thresholds.considerRust())));
        }
    }

    /** How many answer combinations the questions have (unanswered counts as one). */
    long combinations(List<String> questions) {
        long count = 1;
        for (var id : questions) {
            count *= rules.question(id).map(q -> (long) AnswerSpace.options(q).size()).orElse(1L);
            if (count > MAX_COMBINATIONS) {
                return count;
            }
        }
        return count;
    }

    private boolean anyAssignment(List<String> questions, Answers base, Predicate<Answers> test) {
        return AnswerSpace.any(rules, questions, base, test);
    }

    private static String signed(int n) {
        return n > 0 ? "+" + n : Integer.toString(n);
    }
}
