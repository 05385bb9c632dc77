package io.github.shouldirust.quiz;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.impl.DumbTerminal;
import org.jline.terminal.impl.jni.JniTerminalProvider;
import org.jline.terminal.spi.SystemStream;
import org.jline.utils.InfoCmp;
import org.jline.utils.InfoCmp.Capability;
import org.jline.utils.OSUtils;

/** Opens the terminal the quiz talks to and picks the prompter it can support. */
public final class QuizTerminal {
    /** Held here: java.util.logging keeps loggers only weakly, and a collected one forgets its level. */
    private static final Logger JLINE_LOG = Logger.getLogger("org.jline");

    private QuizTerminal() {}

    /**
     * The user's terminal, drawn on through stderr so that stdout stays free for the result even when it
     * is piped (`--format json | jq`). Built only on the quiz path: JLine costs tens of milliseconds.
     */
    public static Terminal openSystem() throws IOException {
        // JLine logs through java.util.logging, which would print warnings and stack traces on stderr
        // (an unknown TERM, a missing provider); the quiz copes with any terminal, so keep it quiet.
        JLINE_LOG.setLevel(Level.OFF);
        var known = openKnownType();
        if (known != null) {
            return known;
        }
        useBundledCapabilities(System.getenv("TERM"));
        // JNI alone: on JDK 22+ JLine would pick FFM, whose linker set-up cost the quiz's first question
        // ~70 ms on JDK 25, and given a list it asks every provider about the streams (exec by running
        // processes). Where JNI's native library cannot load, JLine falls back to a dumb terminal: then
        // JLine's own choice, unless the terminal really is dumb.
        Terminal terminal;
        try {
            terminal = builder().provider("jni").build();
        } catch (IOException | RuntimeException | LinkageError e) {
            return builder().build();
        }
        if (terminal instanceof DumbTerminal && !Terminal.TYPE_DUMB.equals(System.getenv("TERM"))) {
            terminal.close();
            return builder().build();
        }
        return terminal;
    }

    /**
     * The common case built directly: a POSIX terminal of a type JLine carries, on stdin and stderr,
     * through JLine's JNI provider. It is what JLine's builder makes there, with the builder's own choice
     * of type and encodings, but with the type's capabilities ready-parsed ({@link KnownTypeTerminal}).
     * Null for anything else (another type or OS, no tty, the native library missing), which the builder
     * then handles as it always has.
     */
    private static Terminal openKnownType() {
        var builder = builder();
        var type = builder.computeType();
        if (OSUtils.IS_WINDOWS || type == null || BundledTerminfo.of(type) == null) {
            return null;
        }
        try {
            var provider = new JniTerminalProvider();
            if (!provider.isSystemStream(SystemStream.Input) || !provider.isSystemStream(SystemStream.Error)) {
                return null;
            }
            return new KnownTypeTerminal(
                    type,
                    provider.current(SystemStream.Error),
                    builder.computeEncoding(),
                    builder.computeStdinEncoding(),
                    builder.computeStderrEncoding());
        } catch (IOException | RuntimeException | LinkageError e) {
            return null;
        }
    }

    /**
     * JLine runs `infocmp` for every terminal type, a process on the quiz's way to its first question
     * (~6 ms), though it carries the same descriptions of the common types (xterm, screen, rxvt and their
     * 256-colour forms; the capabilities the quiz uses are identical to ncurses'). Those are used as they
     * are; any other type is still asked of the system.
     */
    private static void useBundledCapabilities(String type) {
        var bundled = type == null ? null : InfoCmp.getDefaultInfoCmp(type);
        if (bundled != null) {
            InfoCmp.setLoadedInfoCmp(type, bundled);
        }
    }

    /**
     * Opens, for the launcher's class-data archive, what the quiz opens at a real terminal: the archive
     * is recorded where there is none, so through JLine's JNI provider on a pseudo-terminal of its own.
     * The quiz's first question would otherwise load some 60 classes (the builder, the provider, the
     * native library, signal handling) from the jar. Anything that fails only leaves them out.
     */
    public static void openForTraining() {
        try {
            openSystem().close();
            // As openKnownType reaches it at a terminal.
            try (var pty = new JniTerminalProvider().open(null, new Size(80, 24));
                    var terminal = new KnownTypeTerminal("xterm-256color", pty, UTF_8, UTF_8, UTF_8)) {
                supportsCursor(terminal);
            }
        } catch (IOException | RuntimeException | LinkageError e) {
            // fewer classes in the archive: a slower quiz, never a different one
        }
    }

    private static TerminalBuilder builder() {
        return TerminalBuilder.builder()
                .system(true)
                .systemOutput(TerminalBuilder.SystemOutput.SysErr)
                .dumb(true) // a dumb terminal is fine (we fall back to numbers), so no warning about one
                .nativeSignals(true);
    }

    /**
     * Stops this program's job as the terminal does on Ctrl-Z (SIGTSTP to the process group, so a wrapper
     * stops with it), returning once it is continued, or at once where the job cannot be stopped (an
     * orphaned process group, no shell).
     */
    public static void stopJob() {
        try {
            new ProcessBuilder("/bin/sh", "-c", "kill -TSTP 0")
                    .redirectInput(ProcessBuilder.Redirect.PIPE)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start()
                    .waitFor();
        } catch (IOException e) {
            // no shell to stop us: the quiz carries on
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Arrow keys where the terminal can move the cursor; numbered choices where it cannot. */
    static boolean supportsCursor(Terminal terminal) {
        if (terminal instanceof DumbTerminal
                || terminal.getType() == null
                || terminal.getType().startsWith(Terminal.TYPE_DUMB)) {
            return false;
        }
        return terminal.getStringCapability(Capability.cursor_up) != null
                && terminal.getStringCapability(Capability.clr_eol) != null;
    }
}
