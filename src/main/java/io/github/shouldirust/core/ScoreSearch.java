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

    private final List<Question> questions = new ArrayList<>();
    private final List<List<List<String>>> options = new ArrayList<>();
    /** The rules whose last question is at each depth, as indices into {@link #terms}. */
    private final List<List<Integer>> decidedTermsByDepth = new ArrayList<>();

    /** The rules whose scores are summed: the rule set's, or those with penalties standing in for caps. */
    private final List<Rule> terms;

    private long nodes;
    private boolean exhausted;
    private final DepthBounds bounds;
    private PartialScore partial;

    ScoreSearch(RuleSet rules) {
        this(rules, rules.rules());
    }

    /** A search over the rule set's questions that sums these rules' scores. */
    ScoreSearch(RuleSet rules, List<Rule> terms) {
        this(rules, terms, new java.util.IdentityHashMap<>());
    }

    /** @param firing where each rule can fire, shared by the searches of one check (see DepthBounds) */
    ScoreSearch(RuleSet rules, List<Rule> terms, Map<Rule, Map<String, boolean[]>> firing) {
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
        var decidedByDepth = new ArrayList<List<Rule>>();
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
        bounds = new DepthBounds(rules, questions, options, decidedByDepth, firing);
        partial = new PartialScore(new AnswerTable(order, options), this.terms);
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
                ? Math.min(partial.most(), decided + bounds.mostAfter(depth))
                : -Math.max(partial.least(), decided + bounds.leastAfter(depth));
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
     *     the rules decided there can add with any one answer ({@link DepthBounds}); each is sound, so the
     *     tighter of the two is.
     */
    private boolean search(int depth, int decided, int low, int high) {
        // A step costs the rules it evaluates: with hundreds of rules a question, counting nodes alone let
        // one search run for minutes inside its budget.
        if (++nodes + partial.evaluations() > MAX_STEPS) {
            exhausted = true;
            return true; // unknown: do not report a verdict as unreachable on a hunch
        }
        int up = Math.min(partial.most(), decided + bounds.mostAfter(depth));
        int down = Math.max(partial.least(), decided + bounds.leastAfter(depth));
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
