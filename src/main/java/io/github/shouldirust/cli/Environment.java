package io.github.shouldirust.cli;

import io.github.shouldirust.quiz.QuizTerminal;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jline.terminal.Terminal;

/** What the program learns from its surroundings, behind an interface so tests can set it. */
public interface Environment {

    String variable(String name);

    /** Whether stdout goes to a terminal, where colour makes sense. */
    boolean stdoutIsTerminal();

    /**
     * Whether a person can be asked: stdin and stderr (where the quiz draws) are terminals. False by
     * default, so a run never prompts unless the environment says someone is there.
     */
    default boolean canPrompt() {
        return false;
    }

    /** The terminal for the quiz; only called when {@link #canPrompt()} is true. */
    default Terminal openTerminal() throws IOException {
        throw new IOException("no terminal");
    }

    /** Stops the program as Ctrl-Z does, returning once it is continued; by default it cannot be stopped. */
    default void stopJob() {}

    /**
     * Whether stdin was closed when the program started ({@code <&-}): the JVM then hands fd 0 to the
     * first file it opens, and reading "stdin" would read that (the jar, a JDK module file).
     */
    default boolean stdinClosed() {
        return false;
    }

    /** The terminal's height in rows; 0 when it cannot be told. */
    default int terminalRows() {
        return 0;
    }

    /** Shows text through a pager command; false when the pager could not run. */
    default boolean page(String command, String text) {
        return false;
    }

    /** No terminal and no variables: no prompt and no colour, as for generated documentation. */
    static Environment none() {
        return new Environment() {
            @Override
            public String variable(String name) {
                return null;
            }

            @Override
            public boolean stdoutIsTerminal() {
                return false;
            }
        };
    }

    static Environment system() {
        return new Environment() {
            @Override
            public String variable(String name) {
                return System.getenv(name);
            }

            @Override
            public boolean stdoutIsTerminal() {
                return Terminals.isTerminal(1).orElseGet(Terminals::isInteractive);
            }

            @Override
            public boolean canPrompt() {
                return Terminals.isTerminal(0).orElseGet(Terminals::isInteractive)
                        && Terminals.isTerminal(2).orElse(true);
            }

            @Override
            public Terminal openTerminal() throws IOException {
                return QuizTerminal.openSystem();
            }

            @Override
            public void stopJob() {
                QuizTerminal.stopJob();
            }

            @Override
            public boolean stdinClosed() {
                return Terminals.closedStdin();
            }

            @Override
            public int terminalRows() {
                return Terminals.rows(System.getenv("LINES"));
            }

            @Override
            public boolean page(String command, String text) {
                return Pager.run(command, text);
            }
        };
    }

    /** Terminal detection without touching JLine, which costs tens of milliseconds to start. */
    final class Terminals {
        private Terminals() {}

        /** Both stdin and stdout are terminals, as far as the JDK can tell. */
        static boolean isInteractive() {
            var console = System.console();
            if (console == null) {
                return false;
            }
            // From JDK 22 System.console() exists even when redirected; Console.isTerminal() tells the truth.
            try {
                Method isTerminal = java.io.Console.class.getMethod("isTerminal");
                return (Boolean) isTerminal.invoke(console);
            } catch (ReflectiveOperationException | RuntimeException e) {
                return true;
            }
        }

        /** fd 0 is gone, or is a file of the JVM's own (its class path, its runtime image). */
        static boolean closedStdin() {
            try {
                var target = Files.readSymbolicLink(Path.of("/proc/self/fd/0")).toString();
                var own = java.util.List.of(
                        System.getProperty("java.class.path", "").split(java.io.File.pathSeparator));
                return own.contains(target)
                        || target.startsWith(System.getProperty("java.home", "/nonexistent") + "/")
                        || target.endsWith(".jsa")
                        || target.endsWith(".aot");
            } catch (java.nio.file.NoSuchFileException e) {
                return true;
            } catch (IOException | UnsupportedOperationException | SecurityException e) {
                return false; // no /proc: cannot tell, so trust it
            }
        }

        /** $LINES where the shell exported it, else what `stty size` says of the terminal; 0 if neither. */
        static int rows(String lines) {
            try {
                if (lines != null && !lines.isBlank()) {
                    return Math.max(0, Integer.parseInt(lines.strip()));
                }
                var stty = new ProcessBuilder("stty", "size")
                        .redirectInput(new java.io.File("/dev/tty"))
                        .redirectError(ProcessBuilder.Redirect.DISCARD)
                        .start();
                var size = new String(stty.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII);
                return stty.waitFor() == 0 ? Integer.parseInt(size.strip().split(" ")[0]) : 0;
            } catch (IOException | RuntimeException e) {
                return 0;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 0;
            }
        }

        /**
         * Whether one file descriptor is a terminal, read from /proc where there is one (Linux); empty
         * where it cannot be told that way.
         */
        static java.util.Optional<Boolean> isTerminal(int fd) {
            try {
                var target =
                        Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
                return java.util.Optional.of(target.startsWith("/dev/pts/")
                        || target.startsWith("/dev/tty")
                        || target.equals("/dev/console"));
            } catch (IOException | UnsupportedOperationException | SecurityException e) {
                return java.util.Optional.empty();
            }
        }
    }
}
