package io.github.shouldirust.quiz;

import io.github.shouldirust.render.Printable;
import io.github.shouldirust.render.Wrap;
import java.util.ArrayList;
import java.util.List;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/** What one question looks like on screen: its prompt, the options with the cursor, help, the keys. */
final class QuestionScreen {
    private static final String KEYS = "up/down move, space tick, enter choose, left back, ? why we ask, ctrl-c quit";

    private final Choices choices;
    private final Progress progress;
    private final Styles styles;
    private final PromptLayout layout;
    private boolean help;

    QuestionScreen(Choices choices, Progress progress, boolean colour) {
        this.choices = choices;
        this.progress = progress;
        this.styles = new Styles(colour);
        this.layout = new PromptLayout(colour);
    }

    Choices choices() {
        return choices;
    }

    void toggleHelp() {
        help = !help;
    }

    List<AttributedString> lines(int height, int width) {
        var question = choices.question();
        var heading = new AttributedStringBuilder()
                .styled(styles.of(AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN)), "? ")
                .styled(styles.of(AttributedStyle.BOLD), Printable.line(question.prompt()))
                .styled(
                        styles.faint(),
                        "  (" + progress.text() + (question.isMulti() ? ", tick one or more" : "") + ")")
                .toAttributedString();
        var rows = new ArrayList<AttributedString>();
        for (int row = 0; row < choices.rows(); row++) {
            rows.add(row(row));
        }
        var helpLines = new ArrayList<AttributedString>();
        if (help) {
            for (var text : Wrap.lines("", question.help(), Math.max(20, width - 4), "")) {
                helpLines.add(new AttributedStringBuilder()
                        .append("  ")
                        .styled(styles.of(AttributedStyle.DEFAULT.italic()), text)
                        .toAttributedString());
            }
        }
        var keys = new AttributedStringBuilder()
                .styled(styles.faint(), "  " + KEYS)
                .toAttributedString();
        return layout.lines(height, width, heading, rows, choices.cursor(), helpLines, keys);
    }

    private AttributedString row(int row) {
        var here = row == choices.cursor();
        var line = new AttributedStringBuilder().append(here ? "  > " : "    ");
        if (choices.question().isMulti() && row != choices.dontKnowRow()) {
            line.append(choices.isTicked(row) ? "[x] " : "[ ] ");
        }
        var labelStyle =
                here ? styles.selected() : row == choices.dontKnowRow() ? styles.faint() : AttributedStyle.DEFAULT;
        line.styled(labelStyle, choices.label(row));
        if (choices.isDefault(row)) {
            line.styled(styles.faint(), " (default)");
        }
        return line.toAttributedString();
    }

    /** The line that stays once the question is answered: the question and what was chosen. */
    AttributedString transcript(Step step) {
        var question = choices.question();
        return new AttributedStringBuilder()
                .styled(styles.of(AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN)), "* ")
                .append(Printable.line(question.prompt()))
                .append(" ")
                .styled(
                        styles.of(AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN)),
                        Choices.describe(question, step))
                .toAttributedString();
    }

    /** The quiz's styles, or none at all where colour is off. */
    record Styles(boolean colour) {
        AttributedStyle of(AttributedStyle style) {
            return colour ? style : AttributedStyle.DEFAULT;
        }

        AttributedStyle faint() {
            return of(AttributedStyle.DEFAULT.faint());
        }

        AttributedStyle selected() {
            return of(AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN).bold());
        }
    }
}
