package io.github.shouldirust.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which scores some answers can give: a depth-first search over the questions that rules test, cut
 * short wherever the rules still undecided cannot bring the score into the range sought.
 */
final class ScoreSearch {
    /** Past this many visited partial answers, the search gives up rather than hang. */
    static final long MAX_STEPS = 2_000_000;

    private final List<Question> questions = new ArrayList<>();
    private final List<List<List<String>>> options = new ArrayList<>();
    /** For each rule, the depth in {@link #questions} after which all its questions are answered. */
    private final Map<Rule, Integer> decidedAt = new HashMap<>();
    private final List<List<Rule>> decidedByDepth = new ArrayList<>();
    private final RuleSet rules;
    private long steps;
    private boolean exhausted;

    ScoreSearch(RuleSet rules) {
        this.rules = rules;
        var order = new ArrayList<String>();
        for (var rule : rules.rules()) {
            for (var question : rule.when().questions()) {
                if (!order.contains(question) && rules.question(question).isPresent()) {
                    order.add(question);
                }
            }
        }
        for (var id : order) {
            var question = rules.question(id).orElseThrow();
            questions.add(question);
            options.add(AnswerSpace.options(question));
        }
        for (int depth = 0; depth <= questions.size(); depth++) {
            decidedByDepth.add(new ArrayList<>());
        }
        for (var rule : rules.rules()) {
            int depth = 0;
            for (var question : rule.when().questions()) {
                depth = Math.max(depth, order.indexOf(question) + 1);
            }
            decidedAt.put(rule, depth);
            decidedByDepth.get(depth).add(rule);
        }
    }

    /** True when the search space was too large and a question went unanswered. */
    boolean unbounded() {
        highest();
        return exhausted;
    }

    int highest() {
        return bound(true);
    }

    int lowest() {
        return bound(false);
    }

    /** The highest (or lowest) score any answers give, by searching for ever better witnesses. */
    private int bound(boolean highest) {
        int sum = 0;
        for (var rule : rules.rules()) {
            sum += highest ? Math.max(0, rule.score()) : Math.min(0, rule.score());
        }
        // The optimistic sum is an upper (lower) bound; step toward the truth until a score is reachable.
        int candidate = sum;
        int limit = highest ? Integer.MIN_VALUE : Integer.MAX_VALUE;
        while (true) {
            if (highest ? reaches(candidate, Integer.MAX_VALUE) : reaches(Integer.MIN_VALUE, candidate)) {
                return candidate;
            }
            if (exhausted || candidate == limit) {
                return candidate;
            }
            candidate += highest ? -1 : 1;
        }
    }

    /** Whether some answers give a score from {@code low} to {@code high}, both included. */
    boolean reaches(int low, int high) {
        steps = 0;
        return search(0, Answers.none(), 0, low, high);
    }

    private boolean search(int depth, Answers answers, int decided, int low, int high) {
        if (++steps > MAX_STEPS) {
            exhausted = true;
            return true; // unknown: do not report a verdict as unreachable on a hunch
        }
        int score = decided;
        for (var rule : decidedByDepth.get(depth)) {
            if (rule.firesOn(answers)) {
                score += rule.score();
            }
        }
        int up = score;
        int down = score;
        for (var rule : rules.rules()) {
            if (decidedAt.get(rule) > depth) {
                up += Math.max(0, rule.score());
                down += Math.min(0, rule.score());
            }
        }
        if (up < low || down > high) {
            return false;
        }
        if (depth == questions.size()) {
            return true;
        }
        var question = questions.get(depth);
        for (var option : options.get(depth)) {
            var next = option.isEmpty() ? answers : answers.with(question.id(), option);
            if (search(depth + 1, next, score, low, high)) {
                return true;
            }
        }
        return false;
    }
}
