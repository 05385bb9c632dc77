package io.github.shouldirust.core;

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
 * <p>Answers are held as one int per question: the index of its answer group, or {@link #OPEN}. Every
 * count spends from a shared {@link Budget}; when it runs out the count stops and the caller says so
 * rather than guessing.
 */
final class Completions {
    /** A question not answered yet: the counts range over its answers. */
    static final int OPEN = -1;
    /** A question left unanswered, as one of the ways a count may leave it; no test holds for it. */
    private static final int UNANSWERED = -2;

    /** Three-valued logic for a condition over answers some of which are still open. */
    private static final int FALSE = 0;
    private static final int TRUE = 1;
    private static final int UNKNOWN = 2;

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

    /**
     * A condition over group indices: a test reads a table, the rest combine as in {@link Condition}.
     *
     * @param source the test a TEST node was compiled from
     */
    private record Node(int kind, int question, boolean[] holds, Node[] parts, Condition.AnswerIn source) {
        static final int TEST = 0;
        static final int ALL = 1;
        static final int ANY = 2;
        static final int NOT = 3;
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

    private final RuleSet rules;
    private final List<Question> questions;
    private final Map<String, Integer> questionIndex = new HashMap<>();
    /** The rules that can move the verdict: a score or a verdict cap. The rest only move languages. */
    private final List<Rule> relevant = new ArrayList<>();
    private final Node[] conditions;
    private final int[] scores;
    private final int[] caps;
    /** Each relevant rule's questions, by index. */
    private final int[][] questionsOf;
    /** Each relevant rule's answer tests, flattened. */
    private final Node[][] testsOf;
    private final AnswerGroups[] groups;
    private final Map<PartKey, Tally> counted = new HashMap<>();
    private final Budget budget;
    private final Answers base;

    /** @param base the answers given: counts range over the questions it leaves unanswered */
    Completions(RuleSet rules, Answers base, Budget budget) {
        this.rules = rules;
        this.base = base;
        this.budget = budget;
        this.questions = rules.questions();
        for (var question : questions) {
            questionIndex.put(question.id(), questionIndex.size());
        }
        // Plain loops throughout the set-up: it runs once per outlook, on a cold JVM, where streams cost.
        var tests = new HashMap<String, List<Set<String>>>();
        for (var rule : rules.rules()) {
            if (rule.score() != 0 || rule.caps()) {
                relevant.add(rule);
                collectTests(rule.when(), tests);
            }
        }
        groups = new AnswerGroups[questions.size()];
        for (int q = 0; q < groups.length; q++) {
            groups[q] = AnswerGroups.of(questions.get(q), tests.getOrDefault(questions.get(q).id(), List.of()));
        }
        conditions = new Node[relevant.size()];
        scores = new int[relevant.size()];
        caps = new int[relevant.size()];
        questionsOf = new int[relevant.size()][];
        testsOf = new Node[relevant.size()][];
        for (int r = 0; r < conditions.length; r++) {
            var rule = relevant.get(r);
            conditions[r] = compile(rule.when());
            scores[r] = rule.score();
            caps[r] = rule.cap().atMost().map(Verdict::ordinal).orElse(0);
            var flat = new ArrayList<Node>();
            flatten(conditions[r], flat);
            testsOf[r] = flat.toArray(Node[]::new);
            var ids = rule.when().questions();
            var indices = new int[ids.size()];
            int known = 0;
            for (var id : ids) {
                var index = questionIndex.get(id);
                if (index != null) {
                    indices[known++] = index;
                }
            }
            questionsOf[r] = Arrays.copyOf(indices, known);
        }
    }

    /**
     * A test becomes a table over the question's answer groups, the last entry being "unanswered" (never
     * holds). A group stands for answers that all pass or all fail the test, so its first answer decides.
     */
    private Node compile(Condition condition) {
        if (condition instanceof Condition.AnswerIn test) {
            Integer q = questionIndex.get(test.question());
            if (q == null) {
                return new Node(Node.ANY, -1, null, new Node[0], null); // validated away; never holds
            }
            var answerGroups = groups[q];
            if (!answerGroups.countable()) {
                // Only sampling ranges over such a question; answered, its tests are fixed by the answer.
                boolean holds = test.holds(base);
                return new Node(holds ? Node.ALL : Node.ANY, -1, null, new Node[0], null);
            }
            var list = answerGroups.groups(false);
            var holds = new boolean[list.size() + 1];
            for (int g = 0; g < list.size(); g++) {
                holds[g] = passes(test, list.get(g).values());
            }
            return new Node(Node.TEST, q, holds, null, test);
        }
        if (condition instanceof Condition.Not not) {
            return new Node(Node.NOT, -1, null, new Node[] {compile(not.part())}, null);
        }
        boolean all = condition instanceof Condition.All;
        var parts = all ? ((Condition.All) condition).parts() : ((Condition.Any) condition).parts();
        var compiled = new Node[parts.size()];
        for (int i = 0; i < compiled.length; i++) {
            compiled[i] = compile(parts.get(i));
        }
        return new Node(all ? Node.ALL : Node.ANY, -1, null, compiled, null);
    }

    /** Whether an answer of these values passes the test: any of them among the test's values. */
    private static boolean passes(Condition.AnswerIn test, List<String> values) {
        for (var value : values) {
            if (test.values().contains(value)) {
                return true;
            }
        }
        return false;
    }

    private static void collectTests(Condition condition, Map<String, List<Set<String>>> tests) {
        if (condition instanceof Condition.AnswerIn test) {
            tests.computeIfAbsent(test.question(), q -> new ArrayList<>()).add(test.values());
        } else if (condition instanceof Condition.Not not) {
            collectTests(not.part(), tests);
        } else {
            var parts = condition instanceof Condition.All all ? all.parts() : ((Condition.Any) condition).parts();
            for (var part : parts) {
                collectTests(part, tests);
            }
        }
    }

    private static void flatten(Node node, List<Node> tests) {
        if (node.kind() == Node.TEST) {
            tests.add(node);
        } else {
            for (var part : node.parts()) {
                flatten(part, tests);
            }
        }
    }

    RuleSet rules() {
        return rules;
    }

    List<Question> questions() {
        return questions;
    }

    AnswerGroups groups(int question) {
        return groups[question];
    }

    /** Whether every open question's answers can be grouped, so that they can be counted at all. */
    boolean countable(int[] state) {
        for (int q = 0; q < state.length; q++) {
            if (state[q] == OPEN && !groups[q].countable()) {
                return false;
            }
        }
        return true;
    }

    /** The given answers as group indices; unanswered questions are {@link #OPEN}. */
    int[] state() {
        return state(base);
    }

    /** Answers as group indices: an answer belongs to the group whose answers pass the same tests. */
    private int[] state(Answers answers) {
        var state = new int[questions.size()];
        for (int q = 0; q < state.length; q++) {
            var id = questions.get(q).id();
            state[q] = answers.isAnswered(id) ? groupOf(q, answers) : OPEN;
        }
        return state;
    }

    private int groupOf(int q, Answers answers) {
        if (!groups[q].countable()) {
            return 0; // never read: counting stops before a question whose groups are unknown
        }
        var values = answers.get(questions.get(q).id());
        int groupCount = groups[q].groups(false).size();
        for (int g = 0; g < groupCount; g++) {
            if (sameOutcomes(q, g, values)) {
                return g;
            }
        }
        throw new IllegalStateException("no answer group for " + values);
    }

    /** Whether group g passes and fails the same tests as these values. */
    private boolean sameOutcomes(int q, int g, List<String> values) {
        for (var tests : testsOf) {
            for (var test : tests) {
                if (test.question() == q && test.holds()[g] != passes(test.source(), values)) {
                    return false;
                }
            }
        }
        return true;
    }

    static int[] with(int[] state, int question, int group) {
        var changed = state.clone();
        changed[question] = group;
        return changed;
    }

    /**
     * The weight of the completions of the open questions that give each verdict, indexed by ordinal.
     *
     * @param withUnanswered whether leaving a question unanswered counts as one of its answers (for "no
     *     answer can change it"); without, only complete answers count (for the confidence)
     */
    double[] verdicts(int[] state, boolean withUnanswered) throws OutOfBudget {
        if (!countable(state)) {
            budget.ranOut = true; // too many answers to tell apart: only sampling can weigh them
            throw new OutOfBudget();
        }
        return count(state, allRules(), withUnanswered).byVerdict(rules.thresholds());
    }

    private int[] allRules() {
        var all = new int[relevant.size()];
        for (int r = 0; r < all.length; r++) {
            all[r] = r;
        }
        return all;
    }

    /** Whether some relevant rule still depends on this open question. */
    boolean matters(int[] state, int question) {
        for (int r = 0; r < conditions.length; r++) {
            if (contains(questionsOf[r], question) && truth(conditions[r], state) == UNKNOWN) {
                return true;
            }
        }
        return false;
    }

    /**
     * The verdict, as an ordinal, of the given answers completed by one answer to each open question
     * drawn uniformly: on the rules themselves, since a question too varied to group has no state.
     */
    int sampledVerdict(Random random) {
        var drawn = base;
        for (int q = 0; q < questions.size(); q++) {
            if (!base.isAnswered(questions.get(q).id())) {
                drawn = drawn.with(questions.get(q).id(), groups[q].sample(random));
            }
        }
        int score = 0;
        int cap = 0;
        for (int r = 0; r < relevant.size(); r++) {
            if (relevant.get(r).firesOn(drawn)) {
                score += scores[r];
                cap = Math.max(cap, caps[r]);
            }
        }
        return Math.max(rules.thresholds().verdictFor(score).ordinal(), cap);
    }

    /** What the answers decide: the fired rules summed into one point, and the rules still open. */
    private record Split(Tally decided, int[] open) {
    }

    private Split split(int[] state, int[] undecided) {
        int score = 0;
        int cap = 0;
        var open = new int[undecided.length];
        int opened = 0;
        for (int r : undecided) {
            int truth = truth(conditions[r], state);
            if (truth == TRUE) {
                score += scores[r];
                cap = Math.max(cap, caps[r]);
            } else if (truth == UNKNOWN) {
                open[opened++] = r;
            }
        }
        return new Split(Tally.point(score, cap, 1), Arrays.copyOf(open, opened));
    }

    private Tally count(int[] state, int[] undecided, boolean withUnanswered) throws OutOfBudget {
        budget.spend();
        var split = split(state, undecided);
        var open = split.open();
        var result = split.decided();
        var partOf = parts(state, open);
        double unlinked = 1;
        for (int q = 0; q < state.length; q++) {
            if (state[q] == OPEN && partOf[q] == q) {
                if (!linked(q, open)) {
                    unlinked *= groups[q].total() + (withUnanswered ? 1 : 0);
                } else {
                    result = result.combine(part(state, partOf, q, open, withUnanswered));
                }
            }
        }
        return unlinked == 1 ? result : result.scaled(unlinked);
    }

    private boolean linked(int q, int[] open) {
        for (int r : open) {
            if (contains(questionsOf[r], q)) {
                return true;
            }
        }
        return false;
    }

    /** Union-find over the open questions, joined by each open rule: each maps to its part's root. */
    private int[] parts(int[] state, int[] open) {
        var parent = new int[state.length];
        for (int q = 0; q < parent.length; q++) {
            parent[q] = q;
        }
        for (int r : open) {
            int first = -1;
            for (int q : questionsOf[r]) {
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
    private Tally part(int[] state, int[] partOf, int root, int[] open, boolean withUnanswered) throws OutOfBudget {
        int[] ruleIds = rulesOf(state, partOf, root, open);
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
    private int[] rulesOf(int[] state, int[] partOf, int root, int[] open) {
        var ruleIds = new int[open.length];
        int found = 0;
        for (int r : open) {
            for (int q : questionsOf[r]) {
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
            if (truth(conditions[r], answered) == TRUE) {
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
        budget.spend();
        var split = split(state, allRules());
        var open = split.open();
        if (!linked(question, open)) {
            return null;
        }
        var partOf = parts(state, open);
        int root = partOf[question];
        var rest = split.decided();
        double unlinked = 1;
        for (int q = 0; q < state.length; q++) {
            if (state[q] == OPEN && partOf[q] == q && q != root) {
                if (linked(q, open)) {
                    rest = rest.combine(part(state, partOf, q, open, false));
                } else {
                    unlinked *= groups[q].total();
                }
            }
        }
        int[] ruleIds = rulesOf(state, partOf, root, open);
        var own = closedOutside(state, partOf, root);
        var byAnswer = new double[groups[question].groups(false).size()][];
        for (int g = 0; g < byAnswer.length; g++) {
            byAnswer[g] = rest.combine(answered(own, question, g, ruleIds, false)).scaled(unlinked)
                    .byVerdict(rules.thresholds());
        }
        return byAnswer;
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

    private static boolean contains(int[] values, int value) {
        for (int v : values) {
            if (v == value) {
                return true;
            }
        }
        return false;
    }

    /** Whether the condition holds, fails, or depends on a question still open. */
    private static int truth(Node node, int[] state) {
        switch (node.kind()) {
            case Node.TEST -> {
                int group = state[node.question()];
                if (group == OPEN) {
                    return UNKNOWN;
                }
                return group >= 0 && node.holds()[group] ? TRUE : FALSE;
            }
            case Node.NOT -> {
                int part = truth(node.parts()[0], state);
                return part == UNKNOWN ? UNKNOWN : 1 - part;
            }
            default -> {
                // All: one false part decides; Any: one true part decides. Else unknown parts leave it open.
                int deciding = node.kind() == Node.ALL ? FALSE : TRUE;
                boolean unknown = false;
                for (var part : node.parts()) {
                    int truth = truth(part, state);
                    if (truth == deciding) {
                        return deciding;
                    }
                    unknown |= truth == UNKNOWN;
                }
                return unknown ? UNKNOWN : 1 - deciding;
            }
        }
    }
}
