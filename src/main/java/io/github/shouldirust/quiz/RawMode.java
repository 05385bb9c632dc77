package io.github.shouldirust.quiz;

import java.util.List;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.terminal.Terminal.Signal;
import org.jline.terminal.Terminal.SignalHandler;
import org.jline.utils.InfoCmp.Capability;

/**
 * The terminal held in raw mode for the quiz: no echo, no line editing, no signals from keys (Ctrl-C
 * and Ctrl-Z arrive as keys we can clean up after), keypad keys, no cursor. It is given back as it was on
 * every way out: the end of the quiz, SIGTERM or SIGHUP, and a suspend (Ctrl-Z, SIGTSTP), after which it
 * is taken again when the job is continued. Synchronized: signals arrive on threads of their own.
 */
final class RawMode {
    /** How long a resumed quiz waits for SIGCONT before it takes the terminal back itself. */
    private static final long CONTINUE_WAIT_NANOS = 500_000_000L;

    private final Terminal terminal;
    private final Runnable stopJob;
    private final Attributes original;
    private final Attributes raw;
    private boolean restored;
    private boolean suspended;
    /** The prompt on screen, redrawn on resize and continue; null between prompts. */
    private volatile ScreenFrame frame;
    /** Gives the terminal back if the JVM is ended (SIGTERM, SIGHUP) while a question is on screen. */
    private final Thread restoreOnExit = new Thread(this::restore, "quiz-terminal-restore");

    /** @param stopJob stops this program as Ctrl-Z does, returning once it is continued */
    RawMode(Terminal terminal, Runnable stopJob) {
        this.terminal = terminal;
        this.stopJob = stopJob;
        this.original = terminal.enterRawMode();
        this.raw = terminal.getAttributes();
        raw.setLocalFlag(Attributes.LocalFlag.ISIG, false);
        take();
        terminal.handle(Signal.WINCH, signal -> redraw());
        terminal.handle(Signal.CONT, signal -> continued());
        Runtime.getRuntime().addShutdownHook(restoreOnExit);
    }

    /** The prompt now on screen, or null. */
    void showing(ScreenFrame shown) {
        frame = shown;
    }

    /** Gives the terminal back for good; idempotent. */
    synchronized void restore() {
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
        for (var signal : List.of(Signal.WINCH, Signal.CONT, Signal.TSTP)) {
            terminal.handle(signal, SignalHandler.SIG_DFL);
        }
        give();
    }

    /**
     * Ctrl-Z, or SIGTSTP from elsewhere: the prompt goes, the terminal is given back as it was, and the
     * program stops as any job does. When it is continued ({@code fg}) the terminal is taken again and the
     * prompt drawn afresh; where it cannot be stopped, that happens at once.
     */
    void suspend() {
        synchronized (this) {
            if (restored || suspended) {
                return;
            }
            suspended = true;
            var shown = frame;
            if (shown != null) {
                shown.erase();
            }
            terminal.handle(Signal.TSTP, SignalHandler.SIG_DFL);
            give();
        }
        stopJob.run();
        awaitContinue();
        resume();
    }

    /**
     * Once stopJob returns, SIGCONT is on its way if the job was stopped, and its handler resumes; it is
     * waited for a moment so that the prompt is drawn once. Where the job was never stopped, none comes.
     */
    private synchronized void awaitContinue() {
        long deadline = System.nanoTime() + CONTINUE_WAIT_NANOS;
        try {
            for (long left = CONTINUE_WAIT_NANOS; suspended && left > 0; left = deadline - System.nanoTime()) {
                wait(left / 1_000_000 + 1);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized void resume() {
        if (suspended && !restored) {
            retake();
        }
    }

    /**
     * SIGCONT: after our own suspend, the resume; after a stop we did not see (SIGSTOP), the shell may have
     * put the terminal back in line mode and written below the prompt, so raw mode again and the prompt
     * drawn anew below what the shell wrote: the same either way.
     */
    private synchronized void continued() {
        if (!restored) {
            retake();
        }
    }

    /** No longer suspended (a waiting suspend wakes): raw mode again, and the prompt drawn afresh. */
    private void retake() {
        suspended = false;
        notifyAll();
        take();
        var shown = frame;
        if (shown != null) {
            shown.drawAfresh();
        }
    }

    private void redraw() {
        var shown = frame;
        if (shown != null) {
            shown.redraw();
        }
    }

    /** Raw mode, keypad keys, no cursor; and SIGTSTP from elsewhere handled as Ctrl-Z is. */
    private void take() {
        terminal.setAttributes(raw);
        terminal.puts(Capability.keypad_xmit);
        terminal.puts(Capability.cursor_invisible);
        terminal.flush();
        terminal.handle(Signal.TSTP, signal -> suspend());
    }

    private void give() {
        terminal.puts(Capability.cursor_normal);
        terminal.puts(Capability.keypad_local);
        terminal.setAttributes(original);
        terminal.flush();
    }
}
