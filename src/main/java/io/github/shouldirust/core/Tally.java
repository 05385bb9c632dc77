package io.github.shouldirust.core;

import java.util.Arrays;

/**
 * How much weight of some answer completions lands on each (score, cap) pair: a small distribution. The
 * cap is the strictest verdict cap that fired, as a {@link Verdict} ordinal (0: none). Held densely, one
 * slot per score from the lowest to the highest and per cap, so that adding and combining never search.
 */
final class Tally {
    private static final int CAPS = 3;

    /** The score of slot 0; meaningless while empty. */
    private int lowest;
    /** Slot (score - lowest) * CAPS + cap. */
    private double[] weights = new double[0];

    static Tally point(int score, int cap, double weight) {
        var tally = new Tally();
        tally.add(score, cap, weight);
        return tally;
    }

    void add(int score, int cap, double weight) {
        if (weights.length == 0) {
            lowest = score;
            weights = new double[CAPS];
        } else if (score < lowest) {
            var grown = new double[weights.length + (lowest - score) * CAPS];
            System.arraycopy(weights, 0, grown, (lowest - score) * CAPS, weights.length);
            weights = grown;
            lowest = score;
        } else if ((score - lowest) * CAPS >= weights.length) {
            weights = Arrays.copyOf(weights, (score - lowest + 1) * CAPS);
        }
        weights[(score - lowest) * CAPS + cap] += weight;
    }

    /** Adds another tally's weights, each multiplied by {@code factor}. */
    void addAll(Tally other, double factor) {
        for (int i = 0; i < other.weights.length; i++) {
            if (other.weights[i] != 0) {
                add(other.lowest + i / CAPS, i % CAPS, other.weights[i] * factor);
            }
        }
    }

    /** The distribution of the sum of two independent parts: scores add, the stricter cap holds. */
    Tally combine(Tally other) {
        var result = new Tally();
        if (weights.length == 0 || other.weights.length == 0) {
            return result;
        }
        result.lowest = lowest + other.lowest;
        result.weights = new double[weights.length + other.weights.length - CAPS];
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] == 0) {
                continue;
            }
            for (int j = 0; j < other.weights.length; j++) {
                if (other.weights[j] != 0) {
                    int score = i / CAPS + j / CAPS;
                    result.weights[score * CAPS + Math.max(i % CAPS, j % CAPS)] += weights[i] * other.weights[j];
                }
            }
        }
        return result;
    }

    Tally scaled(double factor) {
        var result = new Tally();
        result.lowest = lowest;
        result.weights = weights.clone();
        for (int i = 0; i < result.weights.length; i++) {
            result.weights[i] *= factor;
        }
        return result;
    }

    /** The verdict, as an ordinal, of a score under the strictest cap that fired (0: none). */
    static int verdictOf(Thresholds thresholds, int score, int cap) {
        return Math.max(thresholds.verdictFor(score).ordinal(), cap);
    }

    /** The weight that lands on each verdict, indexed by {@link Verdict#ordinal()}. */
    double[] byVerdict(Thresholds thresholds) {
        var byVerdict = new double[Verdict.values().length];
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] != 0) {
                int verdict = verdictOf(thresholds, lowest + i / CAPS, i % CAPS);
                byVerdict[verdict] += weights[i];
            }
        }
        return byVerdict;
    }

    /**
     * This tally ready to be combined, many times over, with small ones and read as verdicts only: the
     * weight at or above each score, per cap, so that each combination costs the small tally's size.
     */
    Sums sums() {
        int slots = weights.length / CAPS;
        var atLeast = new double[CAPS][slots + 1];
        for (int slot = slots - 1; slot >= 0; slot--) {
            for (int cap = 0; cap < CAPS; cap++) {
                atLeast[cap][slot] = atLeast[cap][slot + 1] + weights[slot * CAPS + cap];
            }
        }
        return new Sums(lowest, atLeast);
    }

    /** Suffix sums of a tally's weights by score, per cap. */
    static final class Sums {
        private final int lowest;
        private final double[][] atLeast;

        private Sums(int lowest, double[][] atLeast) {
            this.lowest = lowest;
            this.atLeast = atLeast;
        }

        /** {@code combine(other).byVerdict(thresholds)} of the tally these sums came from. */
        double[] byVerdictCombined(Tally other, Thresholds thresholds) {
            var byVerdict = new double[Verdict.values().length];
            for (int j = 0; j < other.weights.length; j++) {
                double weight = other.weights[j];
                if (weight == 0) {
                    continue;
                }
                int score = other.lowest + j / CAPS;
                for (int cap = 0; cap < CAPS; cap++) {
                    int floor = Math.max(cap, j % CAPS);
                    double useRust = from(atLeast[cap], thresholds.useRust() - score - lowest);
                    double fromConsider = from(atLeast[cap], thresholds.considerRust() - score - lowest);
                    byVerdict[floor] += weight * useRust;
                    byVerdict[Math.max(floor, 1)] += weight * (fromConsider - useRust);
                    byVerdict[Math.max(floor, 2)] += weight * (atLeast[cap][0] - fromConsider);
                }
            }
            return byVerdict;
        }

        /** The weight at or above a slot, clamped to the tally's ends. */
        private static double from(double[] atLeast, int slot) {
            return slot <= 0 ? atLeast[0] : slot >= atLeast.length ? 0 : atLeast[slot];
        }
    }
}
