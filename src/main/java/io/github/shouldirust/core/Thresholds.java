package io.github.shouldirust.core;

/** The lowest score for each verdict; anything below {@code considerRust} is avoid-rust. */
public record Thresholds(int useRust, int considerRust) {

    public Verdict verdictFor(int score) {
        if (score >= useRust) {
            return Verdict.USE_RUST;
        }
        return score >= considerRust ? Verdict.CONSIDER_RUST : Verdict.AVOID_RUST;
    }
}
