package io.github.shouldirust.quiz;

/**
 * The rows of a list that show in a window too short for all of them: the cursor always in view, the
 * window moved as little as it can from where it was, and a line saying how many rows are hidden above
 * or below wherever some are (those lines come out of the window's height).
 *
 * @param top the first row shown
 * @param shown how many rows show from {@code top}
 * @param above rows hidden above ({@code top}); a line says so when more than zero
 * @param below rows hidden below; a line says so when more than zero
 */
record ListWindow(int top, int shown, int above, int below) {

    /**
     * @param rows the list's length
     * @param cursor the row that must show
     * @param height the lines the window may take, markers included; at least 1
     * @param previousTop where the window started last time, so that it scrolls rather than jumps
     */
    static ListWindow of(int rows, int cursor, int height, int previousTop) {
        if (rows <= height) {
            return new ListWindow(0, rows, 0, 0);
        }
        // Under three lines there is no room to say what is hidden: show rows only.
        boolean markers = height >= 3;
        int top = Math.max(0, Math.min(previousTop, Math.min(cursor, rows - 1)));
        while (cursor >= top + shown(rows, top, height, markers)) {
            top++;
        }
        // A window that grew (the terminal did) fills with rows from above rather than leave lines empty.
        while (top > 0 && top - 1 + shown(rows, top - 1, height, markers) >= rows) {
            top--;
        }
        int shown = shown(rows, top, height, markers);
        return new ListWindow(top, shown, markers ? top : 0, markers ? rows - top - shown : 0);
    }

    /** Rows that fit from {@code top}: the height less a line for each side with rows hidden. */
    private static int shown(int rows, int top, int height, boolean markers) {
        if (!markers) {
            return Math.min(height, rows - top);
        }
        int room = height - (top > 0 ? 1 : 0);
        return rows - top <= room ? rows - top : room - 1;
    }
}
