package io.github.shouldirust.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Which scores some answers can give: a depth-first search over the questions that rules test, cut
 * short wherever the rules still undecided cannot bring the score into the range sought.
 */
final class ScoreSearch {
    /** Past this many rule evaluations in all, the search gives up rather than hang. */
    static final long MAX_STEPS = 2_000_000;
    /** Answer combinations one bound may try for one rule before it assumes the rule can fire. */
    static final long MAX_TRIED = 20_000;

    private final List<Question> questions = new ArrayList<>();
    private final List<List<List<String>>> options = new ArrayList<>();
    private final List<List<Rule>> decidedByDepth = new ArrayList<>();
    private final RuleSet rules;
    /** The rules whose scores are summed: the rule set's, or those with penalties standing in for caps. */
    private final List<Rule> terms;
    private final Map<Rule, Map<String, boolean[]>> firing;
    private long steps;
    private boolean exhausted;
    /** The most (least) the rules decided at each depth can add, whatever the answers. */
    private int[] mostAt;
    private int[] leastAt;

    ScoreSearch(RuleSet rules) {
        this(rules, rules.rules());
    }

    /** A search over the rule set's questions that sums these rules' scores. */
    ScoreSearch(RuleSet rules, List<Rule> terms) {
        this(rules, terms, new java.util.IdentityHashMap<>());
    }

    /**
     * @param firing where each rule can fire, by the question that decides it and its options: shared by
     *     the searches of one check, whose bounds would otherwise work it out again for every rule each time
     */
    ScoreSearch(RuleSet rules, List<Rule> terms, Map<Rule, Map<String, boolean[]>> firing) {
        this.rules = rules;
        this.firing = firing;
        this.terms = List.copyOf(terms);
        var order = new ArrayList<String>();
        for (var rule : terms) {
            for (var question : rule.when().questions()) {
                if (!order.contains(question) && rules.question(question).isPresent()) {
                    order.add(question);
                }
            }
        }
        for (var id : order) {
            var question = rules.question(id).orElseThrow();
            questions.add(question);
            var distinct = AnswerSpace.distinct(rules, question);
            if (distinct.isEmpty()) {
                // Too many answers the rules tell apart to list: searching only "unanswered" here would be
                // a guess, so the search says it ran out and callers claim nothing from it.
                exhausted = true;
            }
            options.add(distinct.orElse(List.of(List.of())));
        }
        for (int depth = 0; depth <= questions.size(); depth++) {
            decidedByDepth.add(new ArrayList<>());
        }
        for (var rule : terms) {
            int depth = 0;
            for (var question : rule.when().questions()) {
                depth = Math.max(depth, order.indexOf(question) + 1);
            }
            decidedByDepth.get(depth).add(rule);
        }
        bounds();
    }

    /**
     * For each depth, the best and worst the rules decided there can add over the options of the
     * question that decides them: the bound that keeps the search small. A rule counts for an option
     * only if some answers to its other questions let it fire with that option.
     */
    private void bounds() {
        mostAt = new int[questions.size() + 1];
        leastAt = new int[questions.size() + 1];
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
                        .computeIfAbsent(question.id(), id -> canFire(rule, question, questionOptions)));
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
    }

    /**
     * For each option of the question, whether the rule can fire with it, its other questions answered
     * freely (over the answers the rule itself tells apart: as exact as every answer). Past
     * {@link #MAX_TRIED} combinations of those it answers yes unseen: that only loosens a bound, which the
     * search then makes up for in steps (themselves budgeted).
     */
    private boolean[] canFire(Rule rule, Question question, List<List<String>> questionOptions) {
        var fires = new boolean[questionOptions.size()];
        var others = new ArrayList<>(rule.when().questions());
        others.remove(question.id());
        var table = AnswerTable.distinct(rules, others, List.of(rule.when()), MAX_TRIED).orElse(null);
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

    /** True when a search so far gave up at {@link #MAX_STEPS}: its answer was a guess. */
    boolean ranOut() {
        return exhausted;
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

    /**
     * The highest (or lowest) score any answers give. "Some answers score at least s" only gets harder as
     * s grows, so a binary search between the sums of all negative and all positive effects finds it in
     * a few dozen searches, however large the weights.
     */
    private int bound(boolean highest) {
        int negatives = 0;
        int positives = 0;
        for (var rule : terms) {
            negatives += Math.min(0, rule.score());
            positives += Math.max(0, rule.score());
        }
        int low = negatives;
        int high = positives;
        while (low < high) {
            if (highest) {
                int middle = low + (high - low + 1) / 2;
                if (reaches(middle, Integer.MAX_VALUE)) {
                    low = middle;
                } else {
                    high = middle - 1;
                }
            } else {
                int middle = low + (high - low) / 2;
                if (reaches(Integer.MIN_VALUE, middle)) {
                    high = middle;
                } else {
                    low = middle + 1;
                }
            }
        }
        return low;
    }

    /** Whether some answers give a score from {@code low} to {@code high}, both included. */
    boolean reaches(int low, int high) {
        var none = Answers.none();
        return search(0, none, decided(0, none, 0), low, high);
    }

    /** The score plus what the rules decided at this depth add on these answers; a step each. */
    private int decided(int depth, Answers answers, int score) {
        // A step costs the rules it evaluates: with hundreds of rules a question, counting nodes alone let
        // one search run for minutes inside its budget.
        steps += 1 + decidedByDepth.get(depth).size();
        for (var rule : decidedByDepth.get(depth)) {
            if (rule.firesOn(answers)) {
                score += rule.score();
            }
        }
        return score;
    }

    /** Whether the rules decided after this depth can still bring {@code score} into the range. */
    private boolean inReach(int depth, int score, int low, int high) {
        int up = score;
        int down = score;
        for (int later = depth + 1; later <= questions.size(); later++) {
            up += mostAt[later];
            down += leastAt[later];
        }
        return up >= low && down <= high;
    }

    /** @param score what the rules decided up to this depth add, on these answers */
    private boolean search(int depth, Answers answers, int score, int low, int high) {
        if (steps > MAX_STEPS) {
            exhausted = true;
            return true; // unknown: do not report a verdict as unreachable on a hunch
        }
        if (!inReach(depth, score, low, high)) {
            return false;
        }
        if (depth == questions.size()) {
            return true;
        }
        var question = questions.get(depth);
        var choices = options.get(depth);
        var next = new Answers[choices.size()];
        var scores = new int[choices.size()];
        var order = new Integer[choices.size()];
        for (int o = 0; o < next.length; o++) {
            var option = choices.get(o);
            next[o] = option.isEmpty() ? answers : answers.with(question.id(), option);
            scores[o] = decided(depth + 1, next[o], score);
            order[o] = o;
        }
        // Only the order of trying changes, not what is found: the answers that score most first when
        // looking for a high score (least first for a low one), so that a search that can succeed does so
        // in a few steps rather than after trying most of the space.
        if (high == Integer.MAX_VALUE) {
            java.util.Arrays.sort(order, (a, b) -> Integer.compare(scores[b], scores[a]));
        } else if (low == Integer.MIN_VALUE) {
            java.util.Arrays.sort(order, (a, b) -> Integer.compare(scores[a], scores[b]));
        }
        for (int o : order) {
            if (search(depth + 1, next[o], scores[o], low, high)) {
                return true;
            }
        }
        return false;
    }
}
