package io.github.shouldirust.quiz;

import io.github.shouldirust.cli.Environment;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jline.builtins.ScreenTerminal;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.ExternalTerminal;

/**
 * A person at a terminal: stdin and stderr are ttys, stdout is captured as if piped. The terminal is a
 * pure-Java one over byte streams (no pty, no native code, the same on every machine); what it is sent
 * can be played on a terminal emulator to see the screen as the person would.
 */
final class PersonAtTerminal implements Environment {
    private final Typing typing;
    private final String type;
    private final Charset encoding;
    private final List<Resize> resizes = new ArrayList<>();
    private Size size;
    private Size startSize;
    private Runnable onStop = () -> {};
    private volatile ExternalTerminal terminal;
    final ByteArrayOutputStream screen = new ByteArrayOutputStream();
    boolean opened;

    /** Where in the output the window took a new size. */
    private record Resize(int offset, Size size) {}

    PersonAtTerminal(Typing typing, String type) {
        this(typing, type, new Size(100, 40), StandardCharsets.UTF_8);
    }

    PersonAtTerminal(Typing typing, String type, Size size, Charset encoding) {
        this.typing = typing;
        this.type = type;
        this.size = size;
        this.encoding = encoding;
    }

    /** What Ctrl-Z's stop does here: the JVM running the tests must not really stop. */
    PersonAtTerminal onStop(Runnable action) {
        this.onStop = action;
        return this;
    }

    Terminal terminal() {
        return terminal;
    }

    /** The window takes a new size, and the program is told (SIGWINCH). */
    void resize(int columns, int rows) {
        synchronized (screen) {
            size = new Size(columns, rows);
            resizes.add(new Resize(screen.size(), size));
        }
        terminal.setSize(size);
        terminal.raise(Terminal.Signal.WINCH);
    }

    /** How much has been sent to the terminal so far: the screen at this point can be seen later. */
    int sent() {
        synchronized (screen) {
            return screen.size();
        }
    }

    /** The screen as it looked once the first {@code length} bytes were shown, one string per row. */
    List<String> screenAt(int length) {
        var bytes = screen.toByteArray();
        int end = Math.min(length, bytes.length);
        var emulator = new ScreenTerminal(startSize.getColumns(), startSize.getRows());
        int from = 0;
        for (var resize : resizes) {
            if (resize.offset() >= end) {
                break;
            }
            emulator.write(new String(bytes, from, resize.offset() - from, encoding));
            emulator.setSize(resize.size().getColumns(), resize.size().getRows());
            from = resize.offset();
        }
        emulator.write(new String(bytes, from, end - from, encoding));
        return emulator.toString().lines().map(String::stripTrailing).toList();
    }

    /**
     * Waits until the screen shows {@code text} on a line (the quiz draws on its own thread), for at most
     * five seconds, and returns how much had been sent then. Waiting for what the screen shows, not for a
     * fixed time, keeps the tests right on a slow or busy machine. It never throws: it runs where the
     * keys are read, and the keys after it (a Ctrl-C) must still come, or a failing quiz would wait for
     * them forever; the test's own assertion on the screen says what went wrong.
     */
    int awaitLine(String text) {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (true) {
            int sent = sent();
            if (screenAt(sent).stream().anyMatch(line -> line.equals(text)) || System.nanoTime() > deadline) {
                return sent;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return sent;
            }
        }
    }

    /** The screen at the end. */
    List<String> finalScreen() {
        return screenAt(Integer.MAX_VALUE);
    }

    @Override
    public String variable(String name) {
        return Map.of("TERM", type).get(name);
    }

    @Override
    public boolean stdoutIsTerminal() {
        return false;
    }

    @Override
    public boolean canPrompt() {
        return true;
    }

    @Override
    public Terminal openTerminal() throws IOException {
        opened = true;
        startSize = size;
        terminal = new ExternalTerminal("test", type, typing, screen, encoding);
        terminal.setSize(size);
        return terminal;
    }

    @Override
    public void stopJob() {
        onStop.run();
    }
}
