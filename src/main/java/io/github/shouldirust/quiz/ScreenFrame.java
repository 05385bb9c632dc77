package io.github.shouldirust.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.Display;
import org.jline.utils.InfoCmp.Capability;

/**
 * The lines a prompt takes at the bottom of the terminal. They are made from the terminal's size each
 * time, so a resize draws them again to the new size. Synchronized: the resize and continue signals
 * arrive on threads of their own while the quiz waits for a key.
 */
final class ScreenFrame {
    private static final Size FALLBACK = new Size(80, 24);

    private final Terminal terminal;
    /** The prompt's lines for a height and a width; never more lines than the height, none as wide. */
    private final BiFunction<Integer, Integer, List<AttributedString>> content;

    private Display display;
    private List<AttributedString> drawn = List.of();

    ScreenFrame(Terminal terminal, BiFunction<Integer, Integer, List<AttributedString>> content) {
        this.terminal = terminal;
        this.content = content;
    }

    /** Applies a change to what the prompt shows and draws the result. */
    synchronized void change(Runnable change) {
        change.run();
        draw();
    }

    /** Draws the prompt as it is now, sending only what changed; the cursor ends after the last line. */
    synchronized void draw() {
        var size = size();
        if (display == null) {
            display = new Display(terminal, false);
        }
        display.resize(size.getRows(), size.getColumns());
        // A row short of the window: filling it would start Display's scrolling of the whole screen.
        // A copy it may change, as it does the list it is given.
        var lines = new ArrayList<>(content.apply(Math.max(1, size.getRows() - 1), size.getColumns()));
        display.update(
                lines,
                size.cursorPos(lines.size() - 1, lines.get(lines.size() - 1).columnLength()));
        drawn = lines;
        terminal.flush();
    }

    /** After a resize: what was drawn may have been rewrapped to the new width, so it goes and comes back. */
    synchronized void redraw() {
        erase();
        draw();
    }

    /** Forgets what was drawn (the shell wrote below it while the quiz was stopped) and draws it again. */
    synchronized void drawAfresh() {
        drawn = List.of();
        display = null;
        draw();
    }

    /** Takes the prompt off the screen; the cursor goes back to where its first line started. */
    synchronized void erase() {
        if (drawn.isEmpty()) {
            return;
        }
        for (int row = rowsAboveCursor(drawn, size().getColumns()); row > 0; row--) {
            terminal.puts(Capability.cursor_up);
        }
        terminal.puts(Capability.carriage_return);
        terminal.puts(Capability.clr_eos);
        terminal.flush();
        drawn = List.of();
        display = null;
    }

    /** Replaces the prompt with one line that stays on screen, such as the question and its answer. */
    synchronized void replaceWith(AttributedString line) {
        erase();
        terminal.writer().print(PromptLayout.fit(line, size().getColumns()).toAnsi(terminal));
        terminal.puts(Capability.carriage_return);
        terminal.writer().print("\n");
        terminal.flush();
    }

    /**
     * How far above the cursor (at the end of the last line) the first line starts, at a width that may
     * be narrower than the one drawn at: terminals that rewrap on resize (most do) fold a line that no
     * longer fits onto more rows.
     */
    static int rowsAboveCursor(List<AttributedString> lines, int width) {
        int rows = 0;
        for (int i = 0; i < lines.size() - 1; i++) {
            rows += Math.max(1, (lines.get(i).columnLength() + width - 1) / width);
        }
        return rows + lines.get(lines.size() - 1).columnLength() / width;
    }

    private Size size() {
        var size = terminal.getSize();
        return size.getRows() > 0 && size.getColumns() > 0 ? size : FALLBACK;
    }
}
