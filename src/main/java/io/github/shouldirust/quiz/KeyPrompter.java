package io.github.shouldirust.quiz;

import io.github.shouldirust.core.Question;
import io.github.shouldirust.render.Printable;
import io.github.shouldirust.render.Wrap;
import java.util.ArrayList;
import java.util.List;
import org.jline.keymap.BindingReader;
import org.jline.keymap.KeyMap;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;
import org.jline.utils.Display;
import org.jline.utils.InfoCmp.Capability;

/**
 * Arrow-key prompts: a list to move through for a single choice, a checkbox list for several. Keys are
 * read one at a time in raw mode, with signals off so Ctrl-C arrives as a key we can clean up after.
 */
final class KeyPrompter implements Prompter {
    private enum Key { UP, DOWN, TOGGLE, ENTER, HELP, BACK, CANCEL }

    private static final String FOOTER = "up/down move, space tick, enter choose, left back, ? why we ask, ctrl-c quit";

    private final Terminal terminal;
    private final boolean colour;
    private final BindingReader reader;
    private final KeyMap<Key> keys;
    private final Attributes original;
    private boolean restored;
    /** Gives the terminal back if the JVM is ended (SIGTERM, SIGHUP) while a question is on screen. */
    private final Thread restoreOnExit = new Thread(this::restore, "quiz-terminal-restore");

    KeyPrompter(Terminal terminal, boolean colour) {
        this.terminal = terminal;
        this.colour = colour;
        this.reader = new BindingReader(terminal.reader());
        this.keys = keyMap(terminal);
        this.original = terminal.enterRawMode();
        var raw = terminal.getAttributes();
        raw.setLocalFlag(Attributes.LocalFlag.ISIG, false);
        terminal.setAttributes(raw);
        terminal.puts(Capability.keypad_xmit);
        terminal.puts(Capability.cursor_invisible);
        terminal.flush();
        Runtime.getRuntime().addShutdownHook(restoreOnExit);
    }

    private static KeyMap<Key> keyMap(Terminal terminal) {
        var map = new KeyMap<Key>();
        bind(map, terminal, Key.UP, Capability.key_up, "\u001b[A", "\u001bOA", "k", KeyMap.ctrl('P'));
        bind(map, terminal, Key.DOWN, Capability.key_down, "\u001b[B", "\u001bOB", "j", KeyMap.ctrl('N'), "\t");
        bind(map, terminal, Key.BACK, Capability.key_left, "\u001b[D", "\u001bOD", "h", "b", "\u007f", "\b");
        map.bind(Key.TOGGLE, " ");
        map.bind(Key.ENTER, "\r", "\n");
        map.bind(Key.HELP, "?");
        map.bind(Key.CANCEL, KeyMap.ctrl('C'), KeyMap.ctrl('D'));
        map.setAmbiguousTimeout(100);
        return map;
    }

    private static void bind(KeyMap<Key> map, Terminal terminal, Key key, Capability capability, String... sequences) {
        var fromTerminfo = KeyMap.key(terminal, capability);
        if (fromTerminfo != null && !fromTerminfo.isEmpty()) {
            map.bind(key, fromTerminfo);
        }
        map.bind(key, sequences);
    }

    @Override
    public Step ask(Question question, Progress progress, Step start, boolean canGoBack)
            throws QuizCancelledException {
        var choices = new Choices(question, start);
        var display = new Display(terminal, false);
        var size = terminal.getSize();
        display.resize(size.getRows(), size.getColumns());
        var help = false;
        while (true) {
            var key = show(display, screen(choices, progress, help, size.getColumns()), size);
            switch (key) {
                case UP -> choices.up();
                case DOWN -> choices.down();
                case TOGGLE -> choices.toggle();
                case HELP -> help = !help;
                case BACK -> {
                    if (canGoBack) {
                        display.update(List.of(), 0);
                        eraseLineAbove();
                        return new Step.Back();
                    }
                    terminal.puts(Capability.bell);
                }
                case ENTER -> {
                    var step = choices.choose();
                    var line = fit(transcript(question, step), size.getColumns());
                    display.update(List.of(line), line.columnLength());
                    newLine();
                    return step;
                }
            }
        }
    }

    /**
     * The settled notice and its two rows: see the verdict (the cursor starts there) or answer the rest;
     * left goes back to the last question.
     */
    @Override
    public Settled settled(String message, int remaining, boolean canGoBack) throws QuizCancelledException {
        var display = new Display(terminal, false);
        var size = terminal.getSize();
        display.resize(size.getRows(), size.getColumns());
        var rows = List.of("See the verdict", "Answer the other " + remaining + " anyway");
        int cursor = 0;
        while (true) {
            var lines = new ArrayList<AttributedString>();
            lines.add(new AttributedStringBuilder()
                    .styled(style(AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN)), "* ")
                    .styled(style(AttributedStyle.BOLD), message).toAttributedString());
            for (int row = 0; row < rows.size(); row++) {
                var here = row == cursor;
                lines.add(new AttributedStringBuilder().append(here ? "  > " : "    ")
                        .styled(here ? style(AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN).bold())
                                : AttributedStyle.DEFAULT, rows.get(row)).toAttributedString());
            }
            lines.add(new AttributedStringBuilder().styled(style(AttributedStyle.DEFAULT.faint()),
                    "  up/down move, enter choose" + (canGoBack ? ", left back" : "") + ", ctrl-c quit")
                    .toAttributedString());
            var key = show(display, lines.stream().map(line -> fit(line, size.getColumns())).toList(), size);
            switch (key) {
                case UP, DOWN -> cursor = 1 - cursor;
                case BACK -> {
                    if (canGoBack) {
                        display.update(List.of(), 0);
                        eraseLineAbove();
                        return Settled.BACK;
                    }
                    terminal.puts(Capability.bell);
                }
                case ENTER -> {
                    var line = fit(lines.get(0), size.getColumns());
                    display.update(List.of(line), line.columnLength());
                    newLine();
                    return cursor == 0 ? Settled.FINISH : Settled.ANSWER_THE_REST;
                }
                default -> { }
            }
        }
    }

    /** Draws the lines, cursor after the last, and reads a key; Ctrl-C or the end of input cancels. */
    private Key show(Display display, List<AttributedString> lines, org.jline.terminal.Size size)
            throws QuizCancelledException {
        display.update(lines, size.cursorPos(lines.size() - 1, lines.get(lines.size() - 1).columnLength()));
        var key = readKey();
        if (key == null || key == Key.CANCEL) {
            display.update(List.of(), 0);
            throw new QuizCancelledException();
        }
        return key;
    }

    /** The next key; null at the end of input, which cancels like Ctrl-D. */
    private Key readKey() {
        try {
            return reader.readBinding(keys);
        } catch (EndOfFileException | java.io.IOError e) {
            return null;
        }
    }

    private List<AttributedString> screen(Choices choices, Progress progress, boolean help, int width) {
        var question = choices.question();
        var lines = new ArrayList<AttributedString>();
        lines.add(new AttributedStringBuilder()
                .styled(style(AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN)), "? ")
                .styled(style(AttributedStyle.BOLD), Printable.line(question.prompt()))
                .styled(style(AttributedStyle.DEFAULT.faint()), "  (" + progress.text()
                        + (question.isMulti() ? ", tick one or more" : "") + ")")
                .toAttributedString());
        for (int row = 0; row < choices.rows(); row++) {
            var here = row == choices.cursor();
            var line = new AttributedStringBuilder().append(here ? "  > " : "    ");
            if (question.isMulti() && row != choices.dontKnowRow()) {
                line.append(choices.isTicked(row) ? "[x] " : "[ ] ");
            }
            var labelStyle = here ? style(AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN).bold())
                    : row == choices.dontKnowRow() ? style(AttributedStyle.DEFAULT.faint()) : AttributedStyle.DEFAULT;
            line.styled(labelStyle, choices.label(row));
            if (choices.isDefault(row)) {
                line.styled(style(AttributedStyle.DEFAULT.faint()), " (default)");
            }
            lines.add(line.toAttributedString());
        }
        if (help) {
            for (var text : Wrap.lines("", question.help(), Math.max(20, width - 4), "")) {
                lines.add(new AttributedStringBuilder().append("  ")
                        .styled(style(AttributedStyle.DEFAULT.italic()), text).toAttributedString());
            }
        }
        lines.add(new AttributedStringBuilder().styled(style(AttributedStyle.DEFAULT.faint()),
                "  " + FOOTER).toAttributedString());
        return lines.stream().map(line -> fit(line, width)).toList();
    }

    private AttributedString transcript(Question question, Step step) {
        return new AttributedStringBuilder()
                .styled(style(AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN)), "* ")
                .append(Printable.line(question.prompt())).append(" ")
                .styled(style(AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN)), Choices.describe(question, step))
                .toAttributedString();
    }

    /** One screen line: a line that wrapped would throw the redraw off by a row. */
    private static AttributedString fit(AttributedString line, int width) {
        return line.columnLength() < width ? line : new AttributedStringBuilder()
                .append(line.columnSubSequence(0, Math.max(1, width - 4))).append("...").toAttributedString();
    }

    private AttributedStyle style(AttributedStyle style) {
        return colour ? style : AttributedStyle.DEFAULT;
    }

    /** Going back: the earlier question's transcript line goes, since it is about to be answered again. */
    private void eraseLineAbove() {
        terminal.puts(Capability.cursor_up);
        terminal.puts(Capability.carriage_return);
        terminal.puts(Capability.clr_eos);
        terminal.flush();
    }

    private void newLine() {
        terminal.puts(Capability.carriage_return);
        terminal.writer().print("\n");
        terminal.flush();
    }

    @Override
    public String askSavePath() throws QuizCancelledException {
        restore();
        try {
            var lineReader = LineReaderBuilder.builder().terminal(terminal).build();
            return lineReader.readLine("Save these answers to a file for --answers (enter to skip): ").strip();
        } catch (UserInterruptException | EndOfFileException e) {
            throw new QuizCancelledException();
        }
    }

    @Override
    public void say(String line) {
        line = Printable.line(line);
        terminal.writer().print(line + "\r\n");
        terminal.flush();
    }

    @Override
    public void restoreTerminal() {
        restore();
    }

    private synchronized void restore() {
        if (restored) {
            return;
        }
        restored = true;
        if (Thread.currentThread() != restoreOnExit) {
            try {
                Runtime.getRuntime().removeShutdownHook(restoreOnExit);
            } catch (IllegalStateException e) {
                // already shutting down: the hook is running or about to, and finds the work done
            }
        }
        terminal.puts(Capability.cursor_normal);
        terminal.puts(Capability.keypad_local);
        terminal.setAttributes(original);
        terminal.flush();
    }
}
