package io.github.shouldirust.render;

import io.github.shouldirust.core.Characters;
import java.io.PrintWriter;

/**
 * Text from files and flags made safe to show: every character a terminal or a log would act on, or that
 * a reader cannot see, is written as an escape ({@code \u001B}, {@code \u200B}). A title-setting or
 * screen-clearing sequence then shows as text, a newline cannot forge a second log line, and "unknown
 * question 'latency\u200B'" never reads as a question that exists.
 */
public final class Printable {
    private Printable() {}

    /** For one line: line breaks and tabs are escaped too. */
    public static String line(String text) {
        return escape(text, false);
    }

    /** For prose that may run over lines: newlines and tabs are kept, everything else as {@link #line}. */
    public static String text(String text) {
        return escape(text, true);
    }

    /**
     * A writer for a text output: what each {@code print} puts on a line shows as {@link #line} does, so a
     * line break or a bidi control in a name from a rules file cannot start a line or reorder one; the line
     * ends come from {@code println}. The ANSI styling the renderers add is kept: its ESC is ours, since
     * the loader refuses control characters in every value.
     */
    public static PrintWriter lines(PrintWriter out) {
        return new PrintWriter(out) {
            @Override
            public void print(String text) {
                super.print(escape(text, false, true));
            }
        };
    }

    private static String escape(String text, boolean keepLineBreaks) {
        return escape(text, keepLineBreaks, false);
    }

    private static String escape(String text, boolean keepLineBreaks, boolean keepStyling) {
        if (text == null) {
            return null;
        }
        StringBuilder escaped = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean kept = keepLineBreaks && (c == '\n' || c == '\t') || keepStyling && c == '\u001b';
            if (!kept && Characters.unprintable(c)) {
                if (escaped == null) {
                    escaped = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                escaped.append(String.format("\\u%04X", (int) c));
            } else if (escaped != null) {
                escaped.append(c);
            }
        }
        return escaped == null ? text : escaped.toString();
    }
}
