package io.github.shouldirust.core;

import java.util.Arrays;

/**
 * How much weight of some answer completions lands on each (score, cap) pair: a small sparse
 * distribution. The cap is the strictest verdict cap that fired, as a {@link Verdict} ordinal (0: none).
 * Pairs are few (a handful of distinct scores), so a linear scan beats any map here.
 */
final class Tally {
    private long[] keys = new long[8];
    private double[] weights = new double[8];
    private int size;

    static Tally point(int score, int cap, double weight) {
        var tally = new Tally();
        tally.add(score, cap, weight);
        return tally;
    }

    private static long key(int score, int cap) {
        return ((long) score << 2) | cap;
    }

    void add(int score, int cap, double weight) {
        add(key(score, cap), weight);
    }

    private void add(long key, double weight) {
        for (int i = 0; i < size; i++) {
            if (keys[i] == key) {
                weights[i] += weight;
                return;
            }
        }
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            weights = Arrays.copyOf(weights, size * 2);
        }
        keys[size] = key;
        weights[size++] = weight;
    }

    /** Adds another tally's weights, each multiplied by {@code factor}. */
    void addAll(Tally other, double factor) {
        for (int i = 0; i < other.size; i++) {
            add(other.keys[i], other.weights[i] * factor);
        }
    }

    /** The distribution of the sum of two independent parts: scores add, the stricter cap holds. */
    Tally combine(Tally other) {
        var result = new Tally();
        for (int i = 0; i < size; i++) {
            for (int j = 0; j < other.size; j++) {
                result.add(score(keys[i]) + score(other.keys[j]), Math.max(cap(keys[i]), cap(other.keys[j])),
                        weights[i] * other.weights[j]);
            }
        }
        return result;
    }

    Tally scaled(double factor) {
        var result = new Tally();
        result.addAll(this, factor);
        return result;
    }

    /** The weight that lands on each verdict, indexed by {@link Verdict#ordinal()}. */
    double[] byVerdict(Thresholds thresholds) {
        var byVerdict = new double[Verdict.values().length];
        for (int i = 0; i < size; i++) {
            int verdict = Math.max(thresholds.verdictFor(score(keys[i])).ordinal(), cap(keys[i]));
            byVerdict[verdict] += weights[i];
        }
        return byVerdict;
    }

    private static int score(long key) {
        return (int) (key >> 2);
    }

    private static int cap(long key) {
        return (int) (key & 3);
    }
}
