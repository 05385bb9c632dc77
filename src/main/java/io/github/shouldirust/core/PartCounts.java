package io.github.shouldirust.core;

import java.util.List;

/**
 * The complete answers' count of a state, split into its parts, kept for the state last asked about:
 * the next question's gains ask for every question of one state in turn, and each needs everything
 * but its own part, which prefix and suffix products give for all parts in a few combinations.
 */
final class PartCounts {
    private final Parts parts;
    /** The weight of the open questions no open rule reads: every answer to them counts alike. */
    private final double unlinked;
    /** The part roots in order, and the product of the decided point with every part but each. */
    private final int[] roots;

    private final Tally.Sums[] rest;

    PartCounts(Parts parts, List<Integer> roots, List<Tally> tallies, double unlinked) {
        this.parts = parts;
        var decided = parts.decided();
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

    Parts parts() {
        return parts;
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
