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
    /** The same, as indices into {@link #terms}. */
    private final List<List<Integer>> decidedTermsByDepth = new ArrayList<>();

    private final RuleSet rules;
    /** The rules whose scores are summed: the rule set's, or those with penalties standing in for caps. */
    private final List<Rule> terms;

    private final Map<Rule, Map<String, boolean[]>> firing;
    private long nodes;
    private boolean exhausted;
    /** The most (least) the rules decided at each depth can add, whatever the answers. */
    private int[] mostAt;

    private int[] leastAt;
    /** The most (least) the rules decided after each depth can add: sums of the above. */
    private int[] mostAfter;

    private int[] leastAfter;
    private PartialScore partial;

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
            decidedTermsByDepth.add(new ArrayList<>());
        }
        for (int t = 0; t < this.terms.size(); t++) {
            var rule = this.terms.get(t);
            int depth = 0;
            for (var question : rule.when().questions()) {
                depth = Math.max(depth, order.indexOf(question) + 1);
            }
            decidedByDepth.get(depth).add(rule);
            decidedTermsByDepth.get(depth).add(t);
        }
        bounds();
        mostAfter = new int[questions.size() + 2];
        leastAfter = new int[questions.size() + 2];
        for (int depth = questions.size(); depth >= 0; depth--) {
            mostAfter[depth] = mostAfter[depth + 1] + (depth < questions.size() ? mostAt[depth + 1] : 0);
            leastAfter[depth] = leastAfter[depth + 1] + (depth < questions.size() ? leastAt[depth + 1] : 0);
        }
        partial = new PartialScore(new AnswerTable(order, options), this.terms);
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
        return best(true, Integer.MIN_VALUE);
    }

    /**
     * The highest score at or above {@code floor}, when some answers give one: branches that cannot reach
     * it are cut at once (the penalties standing in for caps, say), where the plain maximum may have to
     * weigh them all.
     */
    int highestFrom(int floor) {
        return best(true, floor - 1);
    }

    int lowest() {
        return best(false, Integer.MIN_VALUE);
    }

    /** The best score found so far by {@link #best}, negated when looking for the lowest. */
    private int incumbent;

    /**
     * The highest (or lowest) score any answers give, in one branch-and-bound search: a branch is cut
     * where the most it can give is no better than the best found. (A binary search of reaches() took
     * a search per bit, on a shared budget, and ran out on files whose single searches finish.)
     */
    private int best(boolean highest, int worst) {
        incumbent = worst;
        improve(0, decidedAt(0), highest ? 1 : -1);
        return highest ? incumbent : -incumbent;
    }

    /** @param sign 1 to maximise, -1 to minimise */
    private void improve(int depth, int decided, int sign) {
        if (++nodes + partial.evaluations() > MAX_STEPS) {
            exhausted = true;
            return;
        }
        int bound = sign > 0
                ? Math.min(partial.most(), decided + mostAfter[depth])
                : -Math.max(partial.least(), decided + leastAfter[depth]);
        if (bound <= incumbent) {
            return;
        }
        if (depth == questions.size()) {
            incumbent = sign * decided;
            return;
        }
        for (int o : order(depth, sign > 0, sign < 0)) {
            int mark = partial.answer(depth, o);
            improve(depth + 1, decided + decidedAt(depth + 1), sign);
            partial.undo(depth, mark);
        }
    }

    /**
     * The candidates of a depth, in the order to try them. Only the order of trying changes, not what is
     * found: the answers that leave the most (for a low score, the least) possible first, so that a
     * search that can succeed does so in a few steps rather than after trying most of the space.
     */
    private Integer[] order(int depth, boolean seekHigh, boolean seekLow) {
        int count = options.get(depth).size();
        var order = new Integer[count];
        var promise = new int[count];
        for (int o = 0; o < count; o++) {
            order[o] = o;
            if (seekHigh || seekLow) {
                int mark = partial.answer(depth, o);
                promise[o] = seekHigh ? -partial.most() : partial.least();
                partial.undo(depth, mark);
            }
        }
        java.util.Arrays.sort(order, (a, b) -> Integer.compare(promise[a], promise[b]));
        return order;
    }

    /** Whether some answers give a score from {@code low} to {@code high}, both included. */
    boolean reaches(int low, int high) {
        return search(0, decidedAt(0), low, high);
    }

    /** What the rules whose last question is at this depth add; they are decided by then. */
    private int decidedAt(int depth) {
        int score = 0;
        for (int t : decidedTermsByDepth.get(depth)) {
            score += partial.holds(t) ? terms.get(t).score() : 0;
        }
        return score;
    }

    /**
     * @param decided what the rules whose questions are all answered add. Two bounds cut the search: the
     *     rules still open given the answers so far (see PartialScore), and per depth the most and least
     *     the rules decided there can add with any one answer ({@link #bounds}); each is sound, so the
     *     tighter of the two is.
     */
    private boolean search(int depth, int decided, int low, int high) {
        // A step costs the rules it evaluates: with hundreds of rules a question, counting nodes alone let
        // one search run for minutes inside its budget.
        if (++nodes + partial.evaluations() > MAX_STEPS) {
            exhausted = true;
            return true; // unknown: do not report a verdict as unreachable on a hunch
        }
        int up = Math.min(partial.most(), decided + mostAfter[depth]);
        int down = Math.max(partial.least(), decided + leastAfter[depth]);
        if (up < low || down > high) {
            return false;
        }
        if (depth == questions.size()) {
            return true;
        }
        for (int o : order(depth, high == Integer.MAX_VALUE, low == Integer.MIN_VALUE)) {
            int mark = partial.answer(depth, o);
            boolean found = search(depth + 1, decided + decidedAt(depth + 1), low, high);
            partial.undo(depth, mark);
            if (found) {
                return true;
            }
        }
        return false;
    }
}
