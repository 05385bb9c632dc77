package io.github.shouldirust.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThresholdsTest {

    @ParameterizedTest(name = "use-rust from 6, consider-rust from 0: score {0} -> {1}")
    @CsvSource({
        "100, use-rust",
        "7, use-rust",
        "6, use-rust",
        "5, consider-rust",
        "1, consider-rust",
        "0, consider-rust",
        "-1, avoid-rust",
        "-100, avoid-rust",
    })
    void verdictForScoresAtAndAroundTheBoundaries(int score, String verdict) {
        assertThat(new Thresholds(6, 0).verdictFor(score).id()).isEqualTo(verdict);
    }

    @ParameterizedTest(name = "use-rust from -2, consider-rust from -5: score {0} -> {1}")
    @CsvSource({
        "-1, use-rust",
        "-2, use-rust",
        "-3, consider-rust",
        "-5, consider-rust",
        "-6, avoid-rust",
    })
    void verdictForNegativeThresholds(int score, String verdict) {
        assertThat(new Thresholds(-2, -5).verdictFor(score).id()).isEqualTo(verdict);
    }

    @ParameterizedTest(name = "both thresholds at 3: score {0} -> {1}")
    @CsvSource({
        "4, use-rust",
        "3, use-rust",
        "2, avoid-rust",
    })
    void equalThresholdsLeaveNoRoomForConsider(int score, String verdict) {
        assertThat(new Thresholds(3, 3).verdictFor(score).id()).isEqualTo(verdict);
    }
}
