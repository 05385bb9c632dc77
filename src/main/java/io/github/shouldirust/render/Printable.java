package io.github.shouldirust.render;

import io.github.shouldirust.core.Characters;

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

    private static String escape(String text, boolean keepLineBreaks) {
        if (text == null) {
            return null;
        }
        StringBuilder escaped = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean kept = keepLineBreaks && (c == '\n' || c == '\t');
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
