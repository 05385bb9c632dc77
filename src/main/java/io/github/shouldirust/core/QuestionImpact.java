package io.github.shouldirust.core;

import java.util.List;

/**
 * How much answering one open question could move the result.
 *
 * @param minScore the lowest score any answer to it gives, the others unchanged
 * @param maxScore the highest
 * @param verdicts the verdicts its answers can give, most in favour of Rust first
 */
public record QuestionImpact(Question question, int minScore, int maxScore, List<Verdict> verdicts) {
    public QuestionImpact {
        verdicts = List.copyOf(verdicts);
    }

    /** Whether some answer to it gives a verdict other than {@code current}. */
    public boolean couldChange(Verdict current) {
        return verdicts.stream().anyMatch(v -> v != current);
    }
}
