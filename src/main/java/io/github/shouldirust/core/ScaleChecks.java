package io.github.shouldirust.core;

import java.util.ArrayList;
import java.util.List;

/**
 * Rules that break the scale a question declares ({@code rust-favours}): a rule for Rust must not stop
 * firing as a question moves toward the end that favours Rust, and a rule against Rust must not start
 * firing then; otherwise answering "more in Rust's favour" could lower the score.
 */
final class ScaleChecks {
    private final RuleSetChecker checker;
    private final RuleSet rules;

    private ScaleChecks(RuleSetChecker checker) {
        this.checker = checker;
        this.rules = checker.rules();
    }

    static void check(RuleSetChecker checker) {
        new ScaleChecks(checker).check();
    }

    private void check() {
        for (var rule : rules.rules()) {
            if (rule.score() != 0) {
                scale(rule, rule.score() > 0, RuleSetChecker.signed(rule.score()));
            }
            if (rule.caps()) {
                // A cap only ever holds Rust back: like a rule against Rust, it must not start firing as
                // an answer moves toward the end that favours Rust.
                scale(rule, false, "cap " + rule.cap().atMost().orElseThrow().id());
            }
        }
    }

    private void scale(Rule rule, boolean forRust, String effect) {
        for (var questionId : rule.when().questions()) {
            var question = rules.question(questionId).orElse(null);
            if (question == null || question.scaleTowardRust().isEmpty()) {
                continue;
            }
            var others = new ArrayList<>(rule.when().questions());
            others.remove(questionId);
            var table = AnswerTable.distinct(rules, others, List.of(rule.when()), RuleSetChecker.MAX_COMBINATIONS)
                    .orElse(null);
            if (table == null) {
                continue;
            }
            var scale = question.scaleTowardRust();
            var steps = new ArrayList<List<String>>();
            scale.forEach(value -> steps.add(List.of(value)));
            var withScale = table.with(questionId, steps);
            var condition = withScale.compile(rule.when());
            int last = withScale.questions().size() - 1;
            var broken = withScale.any(last, choice -> {
                boolean lower = false;
                for (int step = 0; step < scale.size(); step++) {
                    choice[last] = step;
                    boolean higher = AnswerTable.holds(condition, choice);
                    if (step > 0 && (forRust ? lower && !higher : !lower && higher)) {
                        return true;
                    }
                    lower = higher;
                }
                return false;
            });
            if (broken) {
                checker.report(Problem.error(
                        checker.rulePath(rule) + "/when",
                        "rule '" + rule.id() + "' ("
                                + effect + ") goes against the scale of '" + questionId + "': moving it toward "
                                + scale.get(scale.size() - 1) + ", which favours Rust, can "
                                + (forRust ? "stop it firing" : "make it fire")));
            }
        }
    }
}
