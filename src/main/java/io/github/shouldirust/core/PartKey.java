package io.github.shouldirust.core;

import static io.github.shouldirust.core.CompiledRules.OPEN;

import java.util.Arrays;

/**
 * What a part's count depends on: its open questions, its rules, and how each test of those rules on an
 * answered question came out. Keyed on the tests' outcomes rather than the answers, branches that differ
 * only in answers these rules do not tell apart share one count.
 */
record PartKey(int[] key) {
    static PartKey of(Parts parts, int root, int[] ruleIds, CompiledCondition[][] testsOf, boolean withUnanswered) {
        var state = parts.state();
        int words = 0;
        for (int r : ruleIds) {
            words += 1 + (testsOf[r].length + 15) / 16;
        }
        var key = new int[2 + state.length + words];
        int at = 0;
        key[at++] = withUnanswered ? 1 : 0;
        for (int q = 0; q < state.length; q++) {
            if (state[q] == OPEN && parts.partOf()[q] == root) {
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

    @Override
    public boolean equals(Object other) {
        return other instanceof PartKey k && Arrays.equals(k.key, key);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(key);
    }
}
