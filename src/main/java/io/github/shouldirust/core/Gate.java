package io.github.shouldirust.core;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What a CI job gates on: verdicts that fail it, and how sure the verdict must be to count at all. A
 * verdict on too little information (an empty answers file gives consider-rust at 0% confidence) must not
 * pass a gate because it happens not to be a failing one.
 *
 * @param failOn the verdicts that fail the gate
 * @param minConfidence the least confidence, in whole percent, a verdict must have; empty for any
 */
public record Gate(Set<Verdict> failOn, OptionalInt minConfidence) {
    /** How many open questions a failure names before it says how many more there are. */
    public static final int OPEN_NAMED = 5;

    public Gate {
        failOn = Set.copyOf(failOn);
    }

    /** Why the gate fails: the verdict is too unsure, or it is one the gate fails on. */
    public sealed interface Failure {}

    /**
     * @param confidence the verdict's confidence, in whole percent (rounded down, so 79.9% never reads
     *     as meeting 80%)
     * @param open the open questions, those that could change the verdict first
     */
    public record TooUnsure(int confidence, int minimum, List<String> open) implements Failure {
        public TooUnsure {
            open = List.copyOf(open);
        }
    }

    public record FailingVerdict(Verdict verdict) implements Failure {}

    /** Every way the report fails the gate, the unsure verdict first: it qualifies the verdict itself. */
    public List<Failure> check(Report report) {
        var failures = new ArrayList<Failure>();
        int confidence = (int) Math.floor(report.outlook().confidence() * 100 + 1e-9);
        if (minConfidence.isPresent() && confidence < minConfidence.getAsInt()) {
            failures.add(new TooUnsure(confidence, minConfidence.getAsInt(), open(report)));
        }
        var verdict = report.result().verdict();
        if (failOn.contains(verdict)) {
            failures.add(new FailingVerdict(verdict));
        }
        return failures;
    }

    private static List<String> open(Report report) {
        var verdict = report.result().verdict();
        var open = new ArrayList<String>();
        report.openQuestions().stream()
                .filter(q -> q.couldChange(verdict))
                .forEach(q -> open.add(q.question().id()));
        report.openQuestions().stream()
                .filter(q -> !q.couldChange(verdict))
                .forEach(q -> open.add(q.question().id()));
        return open;
    }
}
