package io.github.shouldirust.core;

import static io.github.shouldirust.core.CompiledCondition.TRUE;
import static io.github.shouldirust.core.CompiledCondition.UNKNOWN;
import static io.github.shouldirust.core.CompiledRules.OPEN;
import static io.github.shouldirust.core.CompiledRules.UNANSWERED;
import static io.github.shouldirust.core.CompiledRules.contains;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Counts, exactly, how the ways of answering the open questions split between the verdicts. It never
 * lists every combination: it branches on one open question at a time, drops the rules the answers so
 * far decide, and counts open questions that no remaining rule links as independent parts whose
 * distributions multiply. Answers the rules cannot tell apart count as one ({@link AnswerGroups}), and a
 * part counted once is remembered for the other branches and the other counts of the same outlook.
 *
 * <p>Every count spends from a shared {@link Budget}; when it runs out the count stops and the caller
 * says so rather than guessing.
 */
final class Completions {
    /** Thrown to unwind a count that has spent its budget. */
    static final class OutOfBudget extends Exception {
        private static final long serialVersionUID = 1L;

        OutOfBudget() {
            super(null, null, false, false);
        }
    }

    /** Search steps shared by every count of one outlook, so the whole stays bounded. */
    static final class Budget {
        private long left;
        private boolean ranOut;

        Budget(long steps) {
            this.left = steps;
        }

        void spend() throws OutOfBudget {
            if (--left < 0) {
                ranOut = true;
                throw new OutOfBudget();
            }
        }

        boolean ranOut() {
            return ranOut;
        }

        long left() {
            return left;
        }
    }

    /** A part's questions, rules and the answers its rules read outside it: all its count depends on. */
    private record PartKey(int[] key) {
        @Override
        public boolean equals(Object other) {
            return other instanceof PartKey k && Arrays.equals(k.key, key);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(key);
        }
    }

    private final Map<PartKey, Tally> counted = new HashMap<>();
    private final CompiledRules compiled;
    private final RuleSet rules;
    private final List<Rule> relevant;
    private final CompiledCondition[] conditions;
    private final int[] scores;
    private final int[] caps;
    private final int[][] questionsOf;
    private final CompiledCondition[][] testsOf;
    private final AnswerGroups[] groups;
    private final Budget budget;

    /** @param base the answers given: counts range over the questions it leaves unanswered */
    Completions(RuleSet rules, Answers base, Budget budget) {
        this.compiled = new CompiledRules(rules, base);
        this.budget = budget;
        this.rules = rules;
        this.relevant = compiled.relevant;
        this.conditions = compiled.conditions;
        this.scores = compiled.scores;
        this.caps = compiled.caps;
        this.questionsOf = compiled.questionsOf;
        this.testsOf = compiled.testsOf;
        this.groups = compiled.groups;
    }

    List<Question> questions() {
        return compiled.questions;
    }

    AnswerGroups groups(int question) {
        return groups[question];
    }

    int[] state() {
        return compiled.state();
    }

    static int[] with(int[] state, int question, int group) {
        return CompiledRules.with(state, question, group);
    }

    boolean matters(int[] state, int question) {
        return compiled.matters(state, question);
    }

    int sampledVerdict(Random random) {
        return compiled.sampledVerdict(random);
    }

    /**
     * The weight of the completions of the open questions that give each verdict, indexed by ordinal.
     *
     * @param withUnanswered whether leaving a question unanswered counts as one of its answers (for "no
     *     answer can change it"); without, only complete answers count (for the confidence)
     */
    double[] verdicts(int[] state, boolean withUnanswered) throws OutOfBudget {
        requireCountable(state);
        return count(state, allRules(), withUnanswered).byVerdict(rules.thresholds());
    }

    private int[] allRules() {
        var all = new int[relevant.size()];
        for (int r = 0; r < all.length; r++) {
            all[r] = r;
        }
        return all;
    }

    private void requireCountable(int[] state) throws OutOfBudget {
        if (!compiled.countable(state)) {
            budget.ranOut = true; // too many answers to tell apart: only sampling can weigh them
            throw new OutOfBudget();
        }
    }

    /** What the answers decide: the fired rules summed into one point, and the rules still open. */
    private record Split(Tally decided, int[] open, int[][] live) {
    }

    private Split split(int[] state, int[] undecided) {
        int score = 0;
        int cap = 0;
        var open = new int[undecided.length];
        var live = new int[conditions.length][];
        int opened = 0;
        for (int r : undecided) {
            var questionsLeft = new CompiledCondition.Live();
            int truth = conditions[r].scan(state, questionsLeft);
            if (truth == TRUE) {
                score += scores[r];
                cap = Math.max(cap, caps[r]);
            } else if (truth == UNKNOWN) {
                open[opened++] = r;
                live[r] = questionsLeft.toArray();
            }
        }
        return new Split(Tally.point(score, cap, 1), Arrays.copyOf(open, opened), live);
    }

    private Tally count(int[] state, int[] undecided, boolean withUnanswered) throws OutOfBudget {
        budget.spend();
        var split = split(state, undecided);
        var result = split.decided();
        var partOf = parts(state, split);
        double unlinked = 1;
        for (int q = 0; q < state.length; q++) {
            if (state[q] == OPEN && partOf[q] == q) {
                if (!linked(q, split)) {
                    unlinked *= groups[q].total() + (withUnanswered ? 1 : 0);
                } else {
                    result = result.combine(part(state, partOf, q, split, withUnanswered));
                }
            }
        }
        return unlinked == 1 ? result : result.scaled(unlinked);
    }

    private static boolean linked(int q, Split split) {
        for (int r : split.open()) {
            if (contains(split.live()[r], q)) {
                return true;
            }
        }
        return false;
    }

    /** Union-find over the open questions, joined by each open rule: each maps to its part's root. */
    private int[] parts(int[] state, Split split) {
        var parent = new int[state.length];
        for (int q = 0; q < parent.length; q++) {
            parent[q] = q;
        }
        for (int r : split.open()) {
            int first = -1;
            for (int q : split.live()[r]) {
                if (state[q] != OPEN) {
                    continue;
                }
                if (first < 0) {
                    first = root(parent, q);
                } else {
                    int other = root(parent, q);
                    if (other != first) {
                        // The lower index is the root, so each part is met first at its root.
                        parent[Math.max(other, first)] = Math.min(other, first);
                        first = Math.min(other, first);
                    }
                }
            }
        }
        for (int q = 0; q < parent.length; q++) {
            parent[q] = root(parent, q);
        }
        return parent;
    }

    private static int root(int[] parent, int q) {
        while (parent[q] != q) {
            q = parent[q];
        }
        return q;
    }

    /**
     * One linked part, with its root: a part of one question is counted answer by answer; a larger one
     * branches on the question most of its rules test.
     */
    private Tally part(int[] state, int[] partOf, int root, Split split, boolean withUnanswered) throws OutOfBudget {
        int[] ruleIds = rulesOf(state, partOf, root, split);
        var key = key(state, partOf, root, ruleIds, withUnanswered);
        var known = counted.get(key);
        if (known != null) {
            return known;
        }
        var own = closedOutside(state, partOf, root);
        int branch = branchQuestion(own, ruleIds);
        int answers = groups[branch].groups(false).size() + (withUnanswered ? 1 : 0);
        var tally = new Tally();
        for (int g = 0; g < answers; g++) {
            tally.addAll(answered(own, branch, g, ruleIds, withUnanswered), weight(branch, g));
        }
        counted.put(key, tally);
        return tally;
    }

    /** The part's open rules: those reading one of its open questions. */
    private static int[] rulesOf(int[] state, int[] partOf, int root, Split split) {
        var ruleIds = new int[split.open().length];
        int found = 0;
        for (int r : split.open()) {
            for (int q : split.live()[r]) {
                if (state[q] == OPEN && partOf[q] == root) {
                    ruleIds[found++] = r;
                    break;
                }
            }
        }
        return Arrays.copyOf(ruleIds, found);
    }

    /** Only this part's questions stay open: the other parts are counted on their own. */
    private static int[] closedOutside(int[] state, int[] partOf, int root) {
        var own = state.clone();
        for (int q = 0; q < own.length; q++) {
            if (own[q] == OPEN && partOf[q] != root) {
                own[q] = 0; // closed here; this part's rules never read it
            }
        }
        return own;
    }

    /** A part counted with one of its questions answered (group g, or unanswered past the last group). */
    private Tally answered(int[] own, int question, int g, int[] ruleIds, boolean withUnanswered)
            throws OutOfBudget {
        var answered = with(own, question, g < groups[question].groups(false).size() ? g : UNANSWERED);
        for (int value : answered) {
            if (value == OPEN) {
                return count(answered, ruleIds, withUnanswered);
            }
        }
        budget.spend();
        int score = 0;
        int cap = 0;
        for (int r : ruleIds) {
            if (conditions[r].truth(answered) == TRUE) {
                score += scores[r];
                cap = Math.max(cap, caps[r]);
            }
        }
        return Tally.point(score, cap, 1);
    }

    /** How many answers group g of the question stands for; "unanswered", past the last group, is one. */
    private double weight(int question, int g) {
        var list = groups[question].groups(false);
        return g < list.size() ? list.get(g).weight() : 1;
    }

    /**
     * For each answer group of an open question, the weight of the complete answers to the other open
     * questions that give each verdict, indexed [group][verdict]: the parts the question is not in are
     * counted once, and only its own part again for each answer. Null when no open rule reads it, so
     * that every answer splits the same way.
     */
    double[][] verdictsByAnswer(int[] state, int question) throws OutOfBudget {
        requireCountable(state);
        budget.spend();
        var root = root(state);
        if (!linked(question, root.split())) {
            return null;
        }
        int mine = root.partOf()[question];
        var rest = root.restOf(mine);
        int[] ruleIds = rulesOf(state, root.partOf(), mine, root.split());
        var own = closedOutside(state, root.partOf(), mine);
        var byAnswer = new double[groups[question].groups(false).size()][];
        for (int g = 0; g < byAnswer.length; g++) {
            byAnswer[g] = rest.byVerdictCombined(answered(own, question, g, ruleIds, false), rules.thresholds());
            for (int v = 0; v < byAnswer[g].length; v++) {
                byAnswer[g][v] *= root.unlinked();
            }
        }
        return byAnswer;
    }

    /**
     * The complete answers' count of a state, split into its parts, kept for the state last asked about:
     * the next question's gains ask for every question of one state in turn, and each needs everything
     * but its own part, which prefix and suffix products give for all parts in a few combinations.
     */
    private static final class Root {
        final Split split;
        final int[] partOf;
        final double unlinked;
        /** The part roots in order, and the product of the decided point with every part but each. */
        private final int[] roots;
        private final Tally.Sums[] rest;

        Root(Split split, int[] partOf, List<Integer> roots, List<Tally> tallies, double unlinked) {
            this.split = split;
            var decided = split.decided();
            this.partOf = partOf;
            this.unlinked = unlinked;
            this.roots = new int[roots.size()];
            for (int i = 0; i < this.roots.length; i++) {
                this.roots[i] = roots.get(i);
            }
            int count = tallies.size();
            var before = new Tally[count + 1];
            before[0] = decided;
            for (int i = 0; i < count; i++) {
                before[i + 1] = before[i].combine(tallies.get(i));
            }
            rest = new Tally.Sums[count];
            var after = Tally.point(0, 0, 1);
            for (int i = count - 1; i >= 0; i--) {
                rest[i] = before[i].combine(after).sums();
                after = after.combine(tallies.get(i));
            }
        }

        Split split() {
            return split;
        }

        int[] partOf() {
            return partOf;
        }

        double unlinked() {
            return unlinked;
        }

        Tally.Sums restOf(int root) {
            for (int i = 0; i < roots.length; i++) {
                if (roots[i] == root) {
                    return rest[i];
                }
            }
            throw new IllegalArgumentException("no part at " + root);
        }
    }

    private int[] rootState;
    private Root root;

    private Root root(int[] state) throws OutOfBudget {
        if (state != rootState) {
            var split = split(state, allRules());
            var partOf = parts(state, split);
            var roots = new ArrayList<Integer>();
            var tallies = new ArrayList<Tally>();
            double unlinked = 1;
            for (int q = 0; q < state.length; q++) {
                if (state[q] == OPEN && partOf[q] == q) {
                    if (linked(q, split)) {
                        roots.add(q);
                        tallies.add(part(state, partOf, q, split, false));
                    } else {
                        unlinked *= groups[q].total();
                    }
                }
            }
            root = new Root(split, partOf, roots, tallies, unlinked);
            rootState = state;
        }
        return root;
    }

    /**
     * What a part's count depends on: its open questions, its rules, and how each test of those rules
     * on an answered question came out. Keyed on the tests' outcomes rather than the answers, branches
     * that differ only in answers these rules do not tell apart share one count.
     */
    private PartKey key(int[] state, int[] partOf, int root, int[] ruleIds, boolean withUnanswered) {
        int words = 0;
        for (int r : ruleIds) {
            words += 1 + (testsOf[r].length + 15) / 16;
        }
        var key = new int[2 + state.length + words];
        int at = 0;
        key[at++] = withUnanswered ? 1 : 0;
        for (int q = 0; q < state.length; q++) {
            if (state[q] == OPEN && partOf[q] == root) {
                key[at++] = q;
            }
        }
        key[at++] = -1;
        for (int r : ruleIds) {
            key[at++] = r;
            var tests = testsOf[r];
            for (int from = 0; from < tests.length; from += 16) {
                int outcomes = 0;
                // Two bits a test, sixteen to a word: open, or answered and whether it holds.
                for (int t = from; t < Math.min(tests.length, from + 16); t++) {
                    int group = state[tests[t].question()];
                    outcomes |= (group == OPEN ? 1 : group >= 0 && tests[t].holds()[group] ? 2 : 3) << (2 * (t - from));
                }
                key[at++] = outcomes;
            }
        }
        return new PartKey(Arrays.copyOf(key, at));
    }

    /** The question most of the part's rules test; fewer answer groups, then file order, break ties. */
    private int branchQuestion(int[] state, int[] ruleIds) {
        int best = -1;
        int bestRules = -1;
        int bestGroups = Integer.MAX_VALUE;
        for (int q = 0; q < state.length; q++) {
            if (state[q] != OPEN) {
                continue;
            }
            int testing = 0;
            for (int r : ruleIds) {
                if (contains(questionsOf[r], q)) {
                    testing++;
                }
            }
            int size = groups[q].groups(false).size();
            if (testing > bestRules || (testing == bestRules && size < bestGroups)) {
                best = q;
                bestRules = testing;
                bestGroups = size;
            }
        }
        return best;
    }

}
