package io.github.shouldirust.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.shouldirust.support.ScriptingContract;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The suggestion for a mistyped name: a typo away or a prefix, never a guess from far off. */
class ClosestTest {
    /** The values of "What are you building?": sixteen names of the kind a person mistypes. */
    private static final List<String> VALUES = ScriptingContract.values("building");

    @Test
    void everySingleTypoOfAValueSuggestsAValueThatClose() {
        for (var value : VALUES) {
            for (var typo : typos(value)) {
                var suggested = Closest.to(typo, VALUES);
                assertThat(suggested).as("%s typed as %s", value, typo).isPresent();
                assertThat(Closest.distance(typo, suggested.get())).as(typo).isLessThanOrEqualTo(1);
            }
        }
    }

    @Test
    void aPrefixOfThreeOrMoreLettersSuggestsTheName() {
        assertThat(Closest.to("netw", VALUES)).contains("network-service");
        assertThat(Closest.to("os", List.of("os", "osx"))).contains("os");
    }

    @Test
    void nothingCloseMeansNoSuggestion() {
        assertThat(Closest.to("zzz", VALUES)).isEmpty();
        assertThat(Closest.to("", VALUES)).isEmpty();
        assertThat(Closest.to("x".repeat(Closest.LONGEST + 1), List.of("x".repeat(Closest.LONGEST + 1))))
                .isEmpty();
    }

    @Test
    void distanceCountsASwapAsOne() {
        assertThat(Closest.distance("critcial", "critical")).isEqualTo(1);
        assertThat(Closest.distance("critcal", "critical")).isEqualTo(1);
        assertThat(Closest.distance("critical", "critical")).isZero();
    }

    /** One letter deleted, doubled or swapped with the next, at every position. */
    private static List<String> typos(String value) {
        var typos = new java.util.ArrayList<String>();
        for (int i = 0; i < value.length(); i++) {
            typos.add(value.substring(0, i) + value.substring(i + 1));
            typos.add(value.substring(0, i + 1) + value.charAt(i) + value.substring(i + 1));
            if (i + 1 < value.length()) {
                typos.add(value.substring(0, i) + value.charAt(i + 1) + value.charAt(i) + value.substring(i + 2));
            }
        }
        typos.removeIf(String::isEmpty);
        return typos;
    }
}
