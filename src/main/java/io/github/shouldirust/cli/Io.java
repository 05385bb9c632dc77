package io.github.shouldirust.cli;

import io.github.shouldirust.render.Style;
import java.io.InputStream;
import java.io.PrintWriter;

/** Where a command reads and writes: never System.in/out/err directly, so every path is testable. */
record Io(PrintWriter out, PrintWriter err, InputStream in, Environment env) {
    static final int DEFAULT_WIDTH = 100;

    /** Prints one diagnostic line on stderr. */
    void error(String message) {
        err.println("should-i-rust: " + message);
        err.flush();
    }

    /** Text output wraps at $COLUMNS when set (shells export it), else at a width that reads well. */
    int width() {
        try {
            var columns = Integer.parseInt(env.variable("COLUMNS") == null ? "" : env.variable("COLUMNS").strip());
            return columns <= 0 ? DEFAULT_WIDTH : Math.max(40, Math.min(columns, 160));
        } catch (NumberFormatException e) {
            return DEFAULT_WIDTH;
        }
    }

    /** Colour only for a terminal, never with NO_COLOR (https://no-color.org) or --no-color. */
    Style style(boolean noColorFlag) {
        return colourAllowed(noColorFlag) && env.stdoutIsTerminal() ? Style.colour() : Style.plain();
    }

    /** Whether colour is allowed at all, wherever it would be drawn: not with NO_COLOR, --no-color or TERM=dumb. */
    boolean colourAllowed(boolean noColorFlag) {
        var noColor = env.variable("NO_COLOR");
        return !noColorFlag && (noColor == null || noColor.isEmpty()) && !"dumb".equals(env.variable("TERM"));
    }
}
