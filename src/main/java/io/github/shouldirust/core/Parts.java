package io.github.shouldirust.core;

import static io.github.shouldirust.core.CompiledCondition.TRUE;
import static io.github.shouldirust.core.CompiledCondition.UNKNOWN;
import static io.github.shouldirust.core.CompiledRules.OPEN;
import static io.github.shouldirust.core.CompiledRules.contains;

import java.util.Arrays;

/**
 * How the answers of one state split the rules, and with them the open questions: the rules the answers
 * decide, summed into one point, and the rules still open, whose questions join the open questions into
 * parts that can be counted independently (union-find).
 *
 * @param decided the fired rules' score and cap, as a point of weight 1
 * @param open the rules still open
 * @param live for each open rule, the open questions it still depends on
 * @param partOf for each open question, its part's root: the part's lowest question
 */
record Parts(int[] state, Tally decided, int[] open, int[][] live, int[] partOf) {

    /** @param undecided the rules to split: all the relevant ones, or those a part still has open */
    static Parts of(CompiledRules compiled, int[] state, int[] undecided) {
        int score = 0;
        int cap = 0;
        var open = new int[undecided.length];
        var live = new int[compiled.conditions.length][];
        int opened = 0;
        for (int r : undecided) {
            var questionsLeft = new CompiledCondition.Live();
            int truth = compiled.conditions[r].scan(state, questionsLeft);
            if (truth == TRUE) {
                score += compiled.scores[r];
                cap = Math.max(cap, compiled.caps[r]);
            } else if (truth == UNKNOWN) {
                open[opened++] = r;
                live[r] = questionsLeft.toArray();
            }
        }
        var openRules = Arrays.copyOf(open, opened);
        return new Parts(state, Tally.point(score, cap, 1), openRules, live, join(state, openRules, live));
    }

    /** Union-find over the open questions, joined by each open rule: each maps to its part's root. */
    private static int[] join(int[] state, int[] open, int[][] live) {
        var parent = new int[state.length];
        for (int q = 0; q < parent.length; q++) {
            parent[q] = q;
        }
        for (int r : open) {
            int first = -1;
            for (int q : live[r]) {
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

    /** Whether the question is open and the root of its part. */
    boolean isRoot(int q) {
        return state[q] == OPEN && partOf[q] == q;
    }

    /** Whether an open rule still reads the question: if not, its answers all count alike. */
    boolean linked(int q) {
        for (int r : open) {
            if (contains(live[r], q)) {
                return true;
            }
        }
        return false;
    }

    /** The part's open rules: those reading one of its open questions. */
    int[] rulesOf(int root) {
        var ruleIds = new int[open.length];
        int found = 0;
        for (int r : open) {
            for (int q : live[r]) {
                if (state[q] == OPEN && partOf[q] == root) {
                    ruleIds[found++] = r;
                    break;
                }
            }
        }
        return Arrays.copyOf(ruleIds, found);
    }

    /** The state with only this part's questions open: the other parts are counted on their own. */
    int[] closedOutside(int root) {
        var own = state.clone();
        for (int q = 0; q < own.length; q++) {
            if (own[q] == OPEN && partOf[q] != root) {
                own[q] = 0; // closed here; this part's rules never read it
            }
        }
        return own;
    }
}
