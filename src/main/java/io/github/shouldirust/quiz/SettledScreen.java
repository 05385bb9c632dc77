package io.github.shouldirust.quiz;

import io.github.shouldirust.quiz.QuestionScreen.Styles;
import java.util.List;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/** The notice that the verdict is settled, with its two rows: see the verdict, or answer the rest. */
final class SettledScreen {
    private final String message;
    private final List<String> rows;
    private final boolean canGoBack;
    private final Styles styles;
    private final PromptLayout layout;
    private int cursor;

    SettledScreen(String message, int remaining, boolean canGoBack, boolean colour) {
        this.message = message;
        this.rows = List.of("See the verdict", "Answer the other " + remaining + " anyway");
        this.canGoBack = canGoBack;
        this.styles = new Styles(colour);
        this.layout = new PromptLayout(colour);
    }

    void move() {
        cursor = 1 - cursor;
    }

    Settled choice() {
        return cursor == 0 ? Settled.FINISH : Settled.ANSWER_THE_REST;
    }

    List<AttributedString> lines(int height, int width) {
        var shown = new java.util.ArrayList<AttributedString>();
        for (int row = 0; row < rows.size(); row++) {
            var here = row == cursor;
            shown.add(new AttributedStringBuilder()
                    .append(here ? "  > " : "    ")
                    .styled(here ? styles.selected() : AttributedStyle.DEFAULT, rows.get(row))
                    .toAttributedString());
        }
        var keys = new AttributedStringBuilder()
                .styled(
                        styles.faint(),
                        "  up/down move, enter choose" + (canGoBack ? ", left back" : "") + ", ctrl-c quit")
                .toAttributedString();
        return layout.lines(height, width, transcript(), shown, cursor, List.of(), keys);
    }

    /** The notice itself, which stays on screen once a row is chosen. */
    AttributedString transcript() {
        return new AttributedStringBuilder()
                .styled(styles.of(AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN)), "* ")
                .styled(styles.of(AttributedStyle.BOLD), message)
                .toAttributedString();
    }
}
