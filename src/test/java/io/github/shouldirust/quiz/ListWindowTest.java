package io.github.shouldirust.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A list longer than its window: every combination of length, height, cursor and earlier position. */
class ListWindowTest {

    @Test
    void theCursorAlwaysShowsAndTheWindowNeverTakesMoreLinesThanItHas() {
        for (int rows = 1; rows <= 25; rows++) {
            for (int height = 1; height <= 27; height++) {
                for (int cursor = 0; cursor < rows; cursor++) {
                    for (int previous = 0; previous < rows; previous++) {
                        var window = ListWindow.of(rows, cursor, height, previous);
                        var what = "rows %d, height %d, cursor %d, previous %d: %s"
                                .formatted(rows, height, cursor, previous, window);
                        assertThat(window.shown()).as(what).isPositive();
                        assertThat(cursor).as(what).isBetween(window.top(), window.top() + window.shown() - 1);
                        int markers = (window.above() > 0 ? 1 : 0) + (window.below() > 0 ? 1 : 0);
                        assertThat(window.shown() + markers).as(what).isLessThanOrEqualTo(height);
                        assertThat(window.top() + window.shown() + window.below())
                                .as(what)
                                .isEqualTo(
                                        markers > 0 || height >= 3 || rows <= height
                                                ? rows
                                                : window.top() + window.shown());
                        if (height >= 3 || rows <= height) {
                            assertThat(window.above()).as(what).isEqualTo(window.top());
                        }
                    }
                }
            }
        }
    }

    @Test
    void aListThatFitsShowsWhole() {
        assertThat(ListWindow.of(5, 4, 5, 3)).isEqualTo(new ListWindow(0, 5, 0, 0));
    }

    @Test
    void movingDownPastTheBottomScrollsAndSaysWhatIsAbove() {
        // 17 rows in 8 lines: 7 rows and a "more below" line at the top of the list.
        var first = ListWindow.of(17, 6, 8, 0);
        assertThat(first).isEqualTo(new ListWindow(0, 7, 0, 10));
        var next = ListWindow.of(17, 7, 8, first.top());
        // Now rows hide on both sides: a line for each, six rows, the cursor at the bottom.
        assertThat(next).isEqualTo(new ListWindow(2, 6, 2, 9));
        assertThat(ListWindow.of(17, 6, 8, next.top()))
                .as("moving back up stays put")
                .isEqualTo(next);
    }

    @Test
    void aWindowThatGrowsFillsFromAbove() {
        assertThat(ListWindow.of(17, 16, 8, 10)).isEqualTo(new ListWindow(10, 7, 10, 0));
        assertThat(ListWindow.of(17, 16, 12, 10)).isEqualTo(new ListWindow(6, 11, 6, 0));
    }

    @Test
    void underThreeLinesThereIsNoRoomToSayWhatIsHidden() {
        assertThat(ListWindow.of(17, 9, 2, 0)).isEqualTo(new ListWindow(8, 2, 0, 0));
        assertThat(ListWindow.of(17, 9, 1, 0)).isEqualTo(new ListWindow(9, 1, 0, 0));
    }
}
