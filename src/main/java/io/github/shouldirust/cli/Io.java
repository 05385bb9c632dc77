package io.github.shouldirust.cli;

import io.github.shouldirust.render.Printable;
import io.github.shouldirust.render.Style;
import java.io.InputStream;
import java.io.PrintWriter;

/** Where a command reads and writes: never System.in/out/err directly, so every path is testable. */
record Io(PrintWriter out, PrintWriter err, InputStream in, Environment env) {
    static final int DEFAULT_WIDTH = 100;

    /** Longer than any real path, id or value: a word of a diagnostic this long is cut (see {@link #cut}). */
    static final int MAX_WORD = 1000;
    /** How much of a cut word is kept at each end. */
    static final int KEPT = 40;

    /** At most this many problems are printed; a file with thousands has one cause worth fixing first. */
    static final int PROBLEMS_SHOWN = 20;

    /** Prints each problem on a line of its own, the first {@link #PROBLEMS_SHOWN}, then how many more. */
    void errors(java.util.List<?> problems) {
        problems.stream().limit(PROBLEMS_SHOWN).forEach(problem -> error(problem.toString()));
        if (problems.size() > PROBLEMS_SHOWN) {
            error("... and " + (problems.size() - PROBLEMS_SHOWN) + " more problems not shown");
        }
    }

    /**
     * Prints one diagnostic line on stderr: one line whatever the message holds, since a newline or a
     * terminal sequence from a flag or a file name must not forge a log line or act on a terminal.
     */
    void error(String message) {
        err.println("should-i-rust: " + Printable.line(cut(message)));
        err.flush();
    }

    /**
     * Diagnostics echo what was typed; a 1 MB argument must not become a 1 MB (or, quoted twice, 2 MB)
     * line of stderr. Each run of non-space characters longer than {@link #MAX_WORD} keeps its ends.
     */
    static String cut(String message) {
        var result = new StringBuilder();
        int start = 0;
        while (start < message.length()) {
            int end = start;
            while (end < message.length() && !Character.isWhitespace(message.charAt(end))) {
                end++;
            }
            if (end - start > MAX_WORD) {
                result.append(message, start, start + KEPT)
                        .append(" [...")
                        .append(end - start - 2 * KEPT)
                        .append(" characters...] ")
                        .append(message, end - KEPT, end);
            } else {
                result.append(message, start, end);
            }
            if (end < message.length()) {
                result.append(message.charAt(end));
            }
            start = end + 1;
        }
        return result.toString();
    }

    /** Text output wraps at $COLUMNS when set (shells export it), else at a width that reads well. */
    int width() {
        try {
            var columns = Integer.parseInt(
                    env.variable("COLUMNS") == null
                            ? ""
                            : env.variable("COLUMNS").strip());
            return columns <= 0 ? DEFAULT_WIDTH : Math.max(40, Math.min(columns, 160));
        } catch (NumberFormatException e) {
            return DEFAULT_WIDTH;
        }
    }

    /** Colour for a terminal (auto), always or never; auto never with NO_COLOR (https://no-color.org). */
    Style style(ColorMode mode) {
        if (!colourAllowed(mode) || mode == ColorMode.AUTO && !env.stdoutIsTerminal()) {
            return Style.plain();
        }
        return unicodeLocale() ? Style.colour() : Style.colourAscii();
    }

    /**
     * Whether the terminal's locale is UTF-8, as the C library decides it: LC_ALL, else LC_CTYPE, else
     * LANG; none set is the C locale. Block characters on a Latin-1 terminal print as mojibake.
     */
    boolean unicodeLocale() {
        for (var name : new String[] {"LC_ALL", "LC_CTYPE", "LANG"}) {
            var value = env.variable(name);
            if (value != null && !value.isEmpty()) {
                return value.toUpperCase(java.util.Locale.ROOT).replace("-", "").contains("UTF8");
            }
        }
        return false;
    }

    /**
     * Whether colour is allowed at all, wherever it would be drawn: always, or auto without NO_COLOR or
     * TERM=dumb.
     */
    boolean colourAllowed(ColorMode mode) {
        if (mode != ColorMode.AUTO) {
            return mode == ColorMode.ALWAYS;
        }
        var noColor = env.variable("NO_COLOR");
        return (noColor == null || noColor.isEmpty()) && !"dumb".equals(env.variable("TERM"));
    }
}
