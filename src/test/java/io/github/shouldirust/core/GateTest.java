package io.github.shouldirust.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The gate on a report: the floor on confidence, the failing verdicts, and their order. */
class GateTest {
    private static final Evaluation RESULT = evaluate();

    private static Evaluation evaluate() {
        try {
            var rules = TinyRules.builder()
                    .questions(TinyRules.latency())
                    .rules(TinyRules.rule("fast", TinyRules.is("latency", "critical"), 7, "c"))
                    .build();
            return Evaluator.evaluate(rules, Answers.none());
        } catch (InvalidRulesException e) {
            throw new AssertionError(e);
        }
    }

    private static Report withConfidence(double confidence) {
        var outlook = new Outlook(false, confidence, Optional.empty(), Optional.empty(), false);
        return new Report(RESULT, List.of(), false, Analysis.openQuestions(RESULT), outlook);
    }

    @Test
    void confidenceIsRoundedDownSoAlmostEnoughIsNotEnough() {
        var gate = new Gate(Set.of(), OptionalInt.of(80));

        assertThat(gate.check(withConfidence(0.7999)))
                .singleElement()
                .isEqualTo(new Gate.TooUnsure(79, 80, List.of("latency")));
        assertThat(gate.check(withConfidence(0.80))).isEmpty();
        assertThat(gate.check(withConfidence(1.0))).isEmpty();
    }

    @Test
    void noMinimumNeverFailsOnConfidence() {
        assertThat(new Gate(Set.of(), OptionalInt.empty()).check(withConfidence(0.0)))
                .isEmpty();
        assertThat(new Gate(Set.of(), OptionalInt.of(0)).check(withConfidence(0.0)))
                .isEmpty();
    }

    @Test
    void anUnsureVerdictIsReportedBeforeAFailingOne() {
        var verdict = RESULT.verdict();
        var failures = new Gate(Set.of(verdict), OptionalInt.of(50)).check(withConfidence(0.3));

        assertThat(failures).hasSize(2);
        assertThat(failures.get(0)).isInstanceOf(Gate.TooUnsure.class);
        assertThat(failures.get(1)).isEqualTo(new Gate.FailingVerdict(verdict));
    }
}
