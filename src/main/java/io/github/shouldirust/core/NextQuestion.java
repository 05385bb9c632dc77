package io.github.shouldirust.core;

import java.util.List;
import java.util.Optional;

/**
 * Which open question to ask next: one that says what is being built first, then the one whose answer
 * tells most about the final verdict (the expected fall in the verdict's entropy over the complete
 * answers, every answer equally likely). Ties go to the question written first, so the same answers
 * always give the same question.
 */
final class NextQuestion {
    /** Gains closer than this are equal: the sums behind them differ only in rounding. */
    private static final double SAME = 1e-9;

    private NextQuestion() {}

    /** @param askable indices of the open questions that may be asked, in file order */
    static Optional<Integer> choose(Completions completions, int[] state, List<Integer> askable) {
        var questions = completions.questions();
        for (int q : askable) {
            if (questions.get(q).fixed()) {
                return Optional.of(q);
            }
        }
        int best = -1;
        double bestGain = SAME;
        try {
            for (int q : askable) {
                if (!completions.matters(state, q)) {
                    continue;
                }
                double gain = gain(completions, state, q);
                if (gain > bestGain + SAME) {
                    best = q;
                    bestGain = gain;
                }
            }
        } catch (CountBudget.OutOfBudget e) {
            best = -1; // the gains are incomplete: fall back on file order below
        }
        if (best >= 0) {
            return Optional.of(best);
        }
        // No answer alone tells anything (or the count ran out): ask what an undecided rule still reads.
        for (int q : askable) {
            if (completions.matters(state, q)) {
                return Optional.of(q);
            }
        }
        return Optional.empty();
    }

    /** H(verdict) minus the expected H(verdict) once this question is answered. */
    private static double gain(Completions completions, int[] state, int question) throws CountBudget.OutOfBudget {
        var groups = completions.groups(question);
        if (!groups.countable()) {
            throw new CountBudget.OutOfBudget();
        }
        var byAnswer = completions.verdictsByAnswer(state, question);
        if (byAnswer == null) {
            return 0;
        }
        double total = groups.total();
        var list = groups.groups(false);
        var before = new double[Verdict.values().length];
        double after = 0;
        for (int g = 0; g < list.size(); g++) {
            var byVerdict = byAnswer[g];
            double weight = list.get(g).weight() / total;
            after += weight * entropy(byVerdict);
            double sum = sumOf(byVerdict);
            for (int v = 0; v < before.length; v++) {
                before[v] += weight * byVerdict[v] / sum;
            }
        }
        return entropy(before) - after;
    }

    private static double sumOf(double[] weights) {
        double sum = 0;
        for (double weight : weights) {
            sum += weight;
        }
        return sum;
    }

    private static double entropy(double[] weights) {
        double sum = sumOf(weights);
        double entropy = 0;
        for (double weight : weights) {
            if (weight > 0) {
                double p = weight / sum;
                entropy -= p * Math.log(p);
            }
        }
        return entropy;
    }
}
