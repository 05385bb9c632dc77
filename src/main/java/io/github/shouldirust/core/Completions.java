package io.github.shouldirust.core;

import static io.github.shouldirust.core.CompiledCondition.TRUE;
import static io.github.shouldirust.core.CompiledRules.OPEN;
import static io.github.shouldirust.core.CompiledRules.UNANSWERED;
import static io.github.shouldirust.core.CompiledRules.contains;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Counts, exactly, how the ways of answering the open questions split between the verdicts. It never
 * lists every combination: it branches on one open question at a time, drops the rules the answers so
 * far decide, and counts open questions that no remaining rule links as independent parts whose
 * distributions multiply. Answers the rules cannot tell apart count as one ({@link AnswerGroups}), and a
 * part counted once is remembered for the other branches and the other counts of the same outlook.
 *
 * <p>Every count spends from a shared {@link CountBudget}; when it runs out the count stops and the caller
 * says so rather than guessing.
 */
final class Completions {
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
    private final CountBudget budget;

    /** @param base the answers given: counts range over the questions it leaves unanswered */
    Completions(RuleSet rules, Answers base, CountBudget budget) {
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
    double[] verdicts(int[] state, boolean withUnanswered) throws CountBudget.OutOfBudget {
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

    private void requireCountable(int[] state) throws CountBudget.OutOfBudget {
        if (!compiled.countable(state)) {
            budget.giveUp(); // too many answers to tell apart: only sampling can weigh them
        }
    }

    private Tally count(int[] state, int[] undecided, boolean withUnanswered) throws CountBudget.OutOfBudget {
        budget.spend();
        var parts = Parts.of(compiled, state, undecided);
        var result = parts.decided();
        double unlinked = 1;
        for (int q = 0; q < state.length; q++) {
            if (parts.isRoot(q)) {
                if (!parts.linked(q)) {
                    unlinked *= groups[q].total() + (withUnanswered ? 1 : 0);
                } else {
                    result = result.combine(part(parts, q, withUnanswered));
                }
            }
        }
        return unlinked == 1 ? result : result.scaled(unlinked);
    }

    /**
     * One linked part, with its root: a part of one question is counted answer by answer; a larger one
     * branches on the question most of its rules test.
     */
    private Tally part(Parts parts, int root, boolean withUnanswered) throws CountBudget.OutOfBudget {
        int[] ruleIds = parts.rulesOf(root);
        var key = PartKey.of(parts, root, ruleIds, testsOf, withUnanswered);
        var known = counted.get(key);
        if (known != null) {
            return known;
        }
        var own = parts.closedOutside(root);
        int branch = branchQuestion(own, ruleIds);
        int answers = groups[branch].groups(false).size() + (withUnanswered ? 1 : 0);
        var tally = new Tally();
        for (int g = 0; g < answers; g++) {
            tally.addAll(answered(own, branch, g, ruleIds, withUnanswered), weight(branch, g));
        }
        counted.put(key, tally);
        return tally;
    }

    /** A part counted with one of its questions answered (group g, or unanswered past the last group). */
    private Tally answered(int[] own, int question, int g, int[] ruleIds, boolean withUnanswered)
            throws CountBudget.OutOfBudget {
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
    double[][] verdictsByAnswer(int[] state, int question) throws CountBudget.OutOfBudget {
        requireCountable(state);
        budget.spend();
        var counts = counts(state);
        var parts = counts.parts();
        if (!parts.linked(question)) {
            return null;
        }
        int mine = parts.partOf()[question];
        var rest = counts.restOf(mine);
        int[] ruleIds = parts.rulesOf(mine);
        var own = parts.closedOutside(mine);
        var byAnswer = new double[groups[question].groups(false).size()][];
        for (int g = 0; g < byAnswer.length; g++) {
            byAnswer[g] = rest.byVerdictCombined(answered(own, question, g, ruleIds, false), rules.thresholds());
            for (int v = 0; v < byAnswer[g].length; v++) {
                byAnswer[g][v] *= counts.unlinked();
            }
        }
        return byAnswer;
    }

    /** The state last asked about by {@link #verdictsByAnswer}, and its count by part. */
    private int[] countedState;

    private PartCounts counts;

    private PartCounts counts(int[] state) throws CountBudget.OutOfBudget {
        if (state != countedState) {
            var parts = Parts.of(compiled, state, allRules());
            var roots = new ArrayList<Integer>();
            var tallies = new ArrayList<Tally>();
            double unlinked = 1;
            for (int q = 0; q < state.length; q++) {
                if (parts.isRoot(q)) {
                    if (parts.linked(q)) {
                        roots.add(q);
                        tallies.add(part(parts, q, false));
                    } else {
                        unlinked *= groups[q].total();
                    }
                }
            }
            counts = new PartCounts(parts, roots, tallies, unlinked);
            countedState = state;
        }
        return counts;
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
