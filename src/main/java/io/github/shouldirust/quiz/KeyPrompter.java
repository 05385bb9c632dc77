package io.github.shouldirust.quiz;

import io.github.shouldirust.core.Question;
import io.github.shouldirust.render.Printable;
import java.util.List;
import java.util.function.BiFunction;
import org.jline.keymap.BindingReader;
import org.jline.keymap.KeyMap;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.InfoCmp.Capability;

/**
 * Arrow-key prompts: a list to move through for a single choice, a checkbox list for several. Keys are
 * read one at a time in raw mode ({@link RawMode}), so Ctrl-C and Ctrl-Z arrive as keys. The prompt fits
 * the window (a long list scrolls) and is drawn again when the window is resized.
 */
final class KeyPrompter implements Prompter {
    private enum Key {
        UP,
        DOWN,
        TOGGLE,
        ENTER,
        HELP,
        BACK,
        CANCEL,
        SUSPEND,
        NOTHING
    }

    private static final String ESC = "\u001b";

    private final Terminal terminal;
    private final boolean colour;
    private final BindingReader reader;
    private final KeyMap<Key> keys;
    private final RawMode mode;

    /** @param stopJob stops this program as Ctrl-Z does, returning once it is continued */
    KeyPrompter(Terminal terminal, boolean colour, Runnable stopJob) {
        this.terminal = terminal;
        this.colour = colour;
        this.reader = new BindingReader(terminal.reader());
        this.keys = keyMap(terminal);
        this.mode = new RawMode(terminal, stopJob);
    }

    private static KeyMap<Key> keyMap(Terminal terminal) {
        var map = new KeyMap<Key>();
        bind(map, terminal, Key.UP, Capability.key_up, ESC + "[A", ESC + "OA", "k", KeyMap.ctrl('P'));
        bind(map, terminal, Key.DOWN, Capability.key_down, ESC + "[B", ESC + "OB", "j", KeyMap.ctrl('N'), "\t");
        bind(map, terminal, Key.BACK, Capability.key_left, ESC + "[D", ESC + "OD", "h", "b", "\u007f", "\b");
        map.bind(Key.TOGGLE, " ");
        map.bind(Key.ENTER, "\r", "\n");
        map.bind(Key.HELP, "?");
        map.bind(Key.CANCEL, KeyMap.ctrl('C'), KeyMap.ctrl('D'));
        map.bind(Key.SUSPEND, KeyMap.ctrl('Z'));
        // Esc alone, and any key or sequence not bound, does nothing, but at once: unbound, the reader held
        // it and then waited for one more key before it looked again, so the screen stayed a key behind.
        map.bind(Key.NOTHING, ESC);
        map.setNomatch(Key.NOTHING);
        map.setUnicode(Key.NOTHING);
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
    public Step ask(Question question, Progress progress, Step start, boolean canGoBack) throws QuizCancelledException {
        var screen = new QuestionScreen(new Choices(question, start), progress, colour);
        var shown = open(screen::lines);
        while (true) {
            var key = readKey(shown);
            var choices = screen.choices();
            switch (key) {
                case UP -> shown.change(choices::up);
                case DOWN -> shown.change(choices::down);
                case TOGGLE -> shown.change(choices::toggle);
                case HELP -> shown.change(screen::toggleHelp);
                case BACK -> {
                    if (canGoBack) {
                        close(shown);
                        eraseLineAbove();
                        return new Step.Back();
                    }
                    bell();
                }
                case ENTER -> {
                    var step = choices.choose();
                    close(shown).replaceWith(screen.transcript(step));
                    return step;
                }
                default -> {}
            }
        }
    }

    /**
     * The settled notice and its two rows: see the verdict (the cursor starts there) or answer the rest;
     * left goes back to the last question.
     */
    @Override
    public Settled settled(String message, int remaining, boolean canGoBack) throws QuizCancelledException {
        var screen = new SettledScreen(message, remaining, canGoBack, colour);
        var shown = open(screen::lines);
        while (true) {
            switch (readKey(shown)) {
                case UP, DOWN -> shown.change(screen::move);
                case BACK -> {
                    if (canGoBack) {
                        close(shown);
                        eraseLineAbove();
                        return Settled.BACK;
                    }
                    bell();
                }
                case ENTER -> {
                    close(shown).replaceWith(screen.transcript());
                    return screen.choice();
                }
                default -> {}
            }
        }
    }

    private ScreenFrame open(BiFunction<Integer, Integer, List<AttributedString>> lines) {
        var shown = new ScreenFrame(terminal, lines);
        mode.showing(shown);
        shown.draw();
        return shown;
    }

    private ScreenFrame close(ScreenFrame shown) {
        mode.showing(null);
        shown.erase();
        return shown;
    }

    /** The next key that means something here; Ctrl-C or the end of input cancels, Ctrl-Z suspends. */
    private Key readKey(ScreenFrame shown) throws QuizCancelledException {
        while (true) {
            var key = nextKey();
            if (key == null || key == Key.CANCEL) {
                close(shown);
                throw new QuizCancelledException();
            }
            if (key == Key.SUSPEND) {
                mode.suspend();
            } else {
                return key;
            }
        }
    }

    /** The next key; null at the end of input, which cancels like Ctrl-D. */
    private Key nextKey() {
        try {
            return reader.readBinding(keys);
        } catch (EndOfFileException | java.io.IOError e) {
            return null;
        }
    }

    private void bell() {
        terminal.puts(Capability.bell);
        terminal.flush();
    }

    /** Going back: the earlier question's transcript line goes, since it is about to be answered again. */
    private void eraseLineAbove() {
        terminal.puts(Capability.cursor_up);
        terminal.puts(Capability.carriage_return);
        terminal.puts(Capability.clr_eos);
        terminal.flush();
    }

    @Override
    public String askLine(String prompt) throws QuizCancelledException {
        mode.restore();
        try {
            var lineReader = LineReaderBuilder.builder().terminal(terminal).build();
            return lineReader.readLine(prompt).strip();
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
        mode.restore();
    }
}
