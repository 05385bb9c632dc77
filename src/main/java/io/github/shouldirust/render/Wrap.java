package io.github.shouldirust.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Word-wraps styled text, measuring only what is visible (ANSI escapes take no columns). */
public final class Wrap {
    private static final Pattern ANSI = Pattern.compile("\u001b\\[[0-9;]*m");

    private Wrap() {}

    static int visibleLength(String text) {
        return ANSI.matcher(text).replaceAll("").length();
    }

    /**
     * Breaks {@code text} at spaces so no line is wider than {@code width}. The first line starts with
     * {@code prefix}, the others with {@code indent}. A word longer than a line stays whole.
     */
    public static List<String> lines(String prefix, String text, int width, String indent) {
        var lines = new ArrayList<String>();
        var line = new StringBuilder(prefix);
        int used = visibleLength(prefix);
        int start = used;
        // A line break or a tab in prose from a rules file is a space here: only we break lines.
        for (var word : text.strip().split("[ \t\n]+")) {
            int length = visibleLength(word);
            if (used > start && used + 1 + length > width) {
                lines.add(line.toString());
                line = new StringBuilder(indent);
                used = indent.length();
                start = used;
            } else if (used > start) {
                line.append(' ');
                used++;
            }
            line.append(word);
            used += length;
        }
        lines.add(line.toString());
        return lines;
    }
}
