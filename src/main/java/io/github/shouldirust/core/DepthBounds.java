package io.github.shouldirust.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One of the two bounds that keep a {@link ScoreSearch} small: for each depth, the most and least the
 * rules decided after it can add, whatever the answers. A rule counts for an option of the question that
 * decides it only if some answers to its other questions let it fire with that option.
 */
final class DepthBounds {
    /** Answer combinations one bound may try for one rule before it assumes the rule can fire. */
    static final long MAX_TRIED = 20_000;

    private final int[] mostAfter;
    private final int[] leastAfter;

    /**
     * @param options the options of each question, in the search's order
     * @param decidedByDepth the rules each depth decides: at 0 those that test no question, at d those whose
     *     last question is the d-th
     * @param firing where each rule can fire, by the question that decides it and its options: shared by
     *     the searches of one check, which would otherwise work it out again for every rule each time
     */
    DepthBounds(
            RuleSet rules,
            List<Question> questions,
            List<List<List<String>>> options,
            List<List<Rule>> decidedByDepth,
            Map<Rule, Map<String, boolean[]>> firing) {
        // The most (least) the rules decided at each depth can add, whatever the answers.
        var mostAt = new int[questions.size() + 1];
        var leastAt = new int[questions.size() + 1];
        for (int depth = 0; depth <= questions.size(); depth++) {
            var decided = decidedByDepth.get(depth);
            if (depth == 0) {
                for (var rule : decided) {
                    mostAt[0] += Math.max(0, rule.score());
                    leastAt[0] += Math.min(0, rule.score());
                }
                continue;
            }
            var question = questions.get(depth - 1);
            var questionOptions = options.get(depth - 1);
            var fires = new ArrayList<boolean[]>(decided.size());
            for (var rule : decided) {
                fires.add(firing.computeIfAbsent(rule, r -> new java.util.HashMap<>())
                        .computeIfAbsent(question.id(), id -> canFire(rules, rule, question, questionOptions)));
            }
            int most = Integer.MIN_VALUE;
            int least = Integer.MAX_VALUE;
            for (int o = 0; o < questionOptions.size(); o++) {
                int up = 0;
                int down = 0;
                for (int r = 0; r < decided.size(); r++) {
                    var rule = decided.get(r);
                    if (fires.get(r)[o]) {
                        up += Math.max(0, rule.score());
                        down += Math.min(0, rule.score());
                    }
                }
                most = Math.max(most, up);
                least = Math.min(least, down);
            }
            mostAt[depth] = most;
            leastAt[depth] = least;
        }
        mostAfter = new int[questions.size() + 2];
        leastAfter = new int[questions.size() + 2];
        for (int depth = questions.size(); depth >= 0; depth--) {
            mostAfter[depth] = mostAfter[depth + 1] + (depth < questions.size() ? mostAt[depth + 1] : 0);
            leastAfter[depth] = leastAfter[depth + 1] + (depth < questions.size() ? leastAt[depth + 1] : 0);
        }
    }

    /** The most the rules decided after this depth can add. */
    int mostAfter(int depth) {
        return mostAfter[depth];
    }

    /** The least the rules decided after this depth can add. */
    int leastAfter(int depth) {
        return leastAfter[depth];
    }

    /**
     * For each option of the question, whether the rule can fire with it, its other questions answered
     * freely (over the answers the rule itself tells apart: as exact as every answer). Past
     * {@link #MAX_TRIED} combinations of those it answers yes unseen: that only loosens a bound, which the
     * search then makes up for in steps (themselves budgeted).
     */
    private static boolean[] canFire(RuleSet rules, Rule rule, Question question, List<List<String>> questionOptions) {
        var fires = new boolean[questionOptions.size()];
        var others = new ArrayList<>(rule.when().questions());
        others.remove(question.id());
        var table = AnswerTable.distinct(rules, others, List.of(rule.when()), MAX_TRIED)
                .orElse(null);
        if (table == null) {
            java.util.Arrays.fill(fires, true);
            return fires;
        }
        var whole = table.with(question.id(), questionOptions);
        var condition = whole.compile(rule.when());
        int last = whole.questions().size() - 1;
        for (int o = 0; o < fires.length; o++) {
            int option = o;
            fires[o] = whole.any(last, choice -> {
                choice[last] = option;
                return AnswerTable.holds(condition, choice);
            });
        }
        return fires;
    }
}
