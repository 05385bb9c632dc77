package io.github.shouldirust.quiz;

import java.util.ArrayList;
import java.util.List;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * Lays a prompt out in the lines the terminal has: its heading, the list (scrolled when it does not fit),
 * help when asked for, and the keys line. Every line fits the width, since a line that wrapped would throw
 * the redraw off by a row, and there are never more lines than rows: the list's row under the cursor shows
 * first, then the heading, the keys and the rest of the list, then help.
 */
final class PromptLayout {
    /** Rows of the list kept in view before help may take the space. */
    private static final int LIST_ROWS_BEFORE_HELP = 3;

    private final AttributedStyle faint;
    /** Where the list's window started on the last draw, so that it scrolls rather than jumps. */
    private int top;

    PromptLayout(boolean colour) {
        this.faint = colour ? AttributedStyle.DEFAULT.faint() : AttributedStyle.DEFAULT;
    }

    List<AttributedString> lines(
            int height,
            int width,
            AttributedString heading,
            List<AttributedString> rows,
            int cursor,
            List<AttributedString> help,
            AttributedString keys) {
        int room = Math.max(1, height);
        int listMinimum = Math.min(rows.size(), LIST_ROWS_BEFORE_HELP);
        boolean showHeading = room >= 2;
        room -= showHeading ? 1 : 0;
        boolean showKeys = room > listMinimum;
        room -= showKeys ? 1 : 0;
        int helpShown = Math.min(help.size(), Math.max(0, room - listMinimum));
        room -= helpShown;

        var window = ListWindow.of(rows.size(), cursor, room, top);
        top = window.top();
        var lines = new ArrayList<AttributedString>();
        if (showHeading) {
            lines.add(heading);
        }
        if (window.above() > 0) {
            lines.add(note("(" + window.above() + " more above)"));
        }
        lines.addAll(rows.subList(window.top(), window.top() + window.shown()));
        if (window.below() > 0) {
            lines.add(note("(" + window.below() + " more below)"));
        }
        for (int i = 0; i < helpShown; i++) {
            var line = help.get(i);
            lines.add(
                    i == helpShown - 1 && helpShown < help.size()
                            ? new AttributedStringBuilder()
                                    .append(line)
                                    .append(" ...")
                                    .toAttributedString()
                            : line);
        }
        if (showKeys) {
            lines.add(keys);
        }
        return lines.stream().map(line -> fit(line, width)).toList();
    }

    private AttributedString note(String text) {
        return new AttributedStringBuilder().append("    ").styled(faint, text).toAttributedString();
    }

    /** One screen line, cut with "..." where it would reach the last column. */
    static AttributedString fit(AttributedString line, int width) {
        if (line.columnLength() < width) {
            return line;
        }
        if (width < 5) {
            return line.columnSubSequence(0, Math.max(1, width - 1));
        }
        return new AttributedStringBuilder()
                .append(line.columnSubSequence(0, width - 4))
                .append("...")
                .toAttributedString();
    }
}
