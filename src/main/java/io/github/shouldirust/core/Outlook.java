package io.github.shouldirust.core;

import java.util.ArrayList;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * How firmly a verdict holds while questions are open, and which question to ask next.
 *
 * <p>Every open question is taken to be answered in any of its allowed ways with equal likelihood (each
 * option of a single choice; each allowed set of ticks of a multi-choice question).
 *
 * @param settled no answers to the open questions, in any combination and with any of them left
 *     unanswered, can change the verdict: exact, never sampled; false when the search ran out
 * @param confidence the share of the complete answers to the open questions that keep the verdict; 1 when
 *     settled
 * @param estimate present when the confidence was sampled rather than counted, with its error
 * @param nextQuestion the open question whose answer tells most about the verdict (a question saying what
 *     is being built comes first); empty when settled or when nothing left to ask can matter
 * @param ranOut a search stopped at its budget: settled and the next question are then conservative
 */
public record Outlook(
        boolean settled,
        double confidence,
        Optional<Estimate> estimate,
        Optional<Question> nextQuestion,
        boolean ranOut) {

    /** Search steps for all the counts of one outlook together. */
    static final long BUDGET = 400_000;
    /** Complete answers drawn when the confidence cannot be counted exactly. */
    public static final int SAMPLES = 20_000;
    /** The same seed every time: the same answers always give the same estimate. */
    public static final long SEED = 20_261_129L;

    /**
     * A sampled confidence.
     *
     * @param samples how many complete answers were drawn
     * @param margin the half-width of its 95% interval
     */
    public record Estimate(int samples, double margin) {}

    /** Everything answered: nothing can change the verdict. */
    public static Outlook closed() {
        return new Outlook(true, 1.0, Optional.empty(), Optional.empty(), false);
    }

    /** @param dontKnow questions answered "don't know": open for the verdict, but not asked again */
    public static Outlook of(Evaluation result, Set<String> dontKnow) {
        return of(result.rules(), result.answers(), result.verdict(), dontKnow);
    }

    static Outlook of(RuleSet rules, Answers answers, Verdict verdict, Set<String> dontKnow) {
        var budget = new CountBudget(BUDGET);
        var completions = new Completions(rules, answers, budget);
        var state = completions.state();
        if (!anyOpen(state)) {
            return closed();
        }
        // The complete answers first: where one of them already gives another verdict, it is not settled,
        // and the wider count (questions left unanswered too) is not needed.
        Optional<Estimate> estimate = Optional.empty();
        double confidence;
        try {
            confidence = share(completions.verdicts(state, false), verdict);
        } catch (CountBudget.OutOfBudget e) {
            confidence = sampled(completions, verdict);
            estimate = Optional.of(new Estimate(SAMPLES, margin(confidence)));
        }
        if (confidence == 1.0 && estimate.isEmpty() && settled(completions, state, verdict)) {
            return closed();
        }
        var askable = new ArrayList<Integer>();
        var questions = completions.questions();
        for (int q = 0; q < state.length; q++) {
            if (state[q] == CompiledRules.OPEN
                    && !dontKnow.contains(questions.get(q).id())) {
                askable.add(q);
            }
        }
        var chosen = NextQuestion.choose(completions, state, askable);
        Optional<Question> next = chosen.isPresent() ? Optional.of(questions.get(chosen.get())) : Optional.empty();
        return new Outlook(false, round(confidence), estimate, next, budget.ranOut());
    }

    /** Exact: no combination, questions left unanswered included, gives another verdict. */
    private static boolean settled(Completions completions, int[] state, Verdict verdict) {
        try {
            return onlyThis(completions.verdicts(state, true), verdict);
        } catch (CountBudget.OutOfBudget e) {
            return false; // not settled as far as we can tell: the quiz goes on asking
        }
    }

    private static boolean anyOpen(int[] state) {
        for (int group : state) {
            if (group == CompiledRules.OPEN) {
                return true;
            }
        }
        return false;
    }

    private static boolean onlyThis(double[] byVerdict, Verdict verdict) {
        for (int v = 0; v < byVerdict.length; v++) {
            if (v != verdict.ordinal() && byVerdict[v] > 0) {
                return false;
            }
        }
        return true;
    }

    static double share(double[] byVerdict, Verdict verdict) {
        double total = 0;
        for (double weight : byVerdict) {
            total += weight;
        }
        return total == 0 ? 1.0 : byVerdict[verdict.ordinal()] / total;
    }

    /** The share of {@link #SAMPLES} complete answers, drawn with {@link #SEED}, that keep the verdict. */
    private static double sampled(Completions completions, Verdict verdict) {
        var random = new Random(SEED);
        int kept = 0;
        for (int i = 0; i < SAMPLES; i++) {
            if (completions.sampledVerdict(random) == verdict.ordinal()) {
                kept++;
            }
        }
        return (double) kept / SAMPLES;
    }

    /** 95% normal interval; at 0 or 1, where it would be empty, the rule of three. */
    private static double margin(double share) {
        double margin = share == 0 || share == 1 ? 3.0 / SAMPLES : 1.96 * Math.sqrt(share * (1 - share) / SAMPLES);
        return Math.round(margin * 10_000) / 10_000.0;
    }

    /** Three decimals: enough to tell 99.9% from settled, few enough to print the same everywhere. */
    private static double round(double share) {
        return Math.round(share * 1000) / 1000.0;
    }
}
