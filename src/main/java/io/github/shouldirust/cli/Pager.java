package io.github.shouldirust.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The full report through a pager, as git shows long output: $PAGER, else {@code less -FRX} (quit when
 * it fits one screen, keep colour, leave the text on screen). Only for a person at a terminal.
 */
final class Pager {
    static final String DEFAULT = "less -FRX";

    private Pager() {}

    /** Only when stdout is a terminal, someone may be asked, and no CI runner set $CI. */
    static boolean wanted(Environment env, boolean noInput) {
        var ci = env.variable("CI");
        return !noInput && env.stdoutIsTerminal() && env.canPrompt() && (ci == null || ci.isEmpty());
    }

    /**
     * Shows the text through the pager when it is longer than the terminal; false when it was not
     * paged (short enough, no pager wanted, or none could start), so the caller prints it.
     */
    static boolean page(Environment env, String text) {
        int rows = env.terminalRows();
        if (rows > 0 && text.lines().count() < rows) {
            return false;
        }
        var command = command(env);
        return !command.isEmpty() && env.page(command, text);
    }

    /** $PAGER as set (empty or "cat": no pager), else the default. */
    static String command(Environment env) {
        var pager = env.variable("PAGER");
        if (pager == null) {
            return DEFAULT;
        }
        var stripped = pager.strip();
        return stripped.equals("cat") ? "" : stripped;
    }

    /** Runs the pager through the shell, as git does, feeding it the text; false if it cannot start. */
    static boolean run(String command, String text) {
        var builder = new ProcessBuilder("/bin/sh", "-c", command)
                .redirectOutput(ProcessBuilder.Redirect.INHERIT)
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().putIfAbsent("LESS", "FRX");
        builder.environment().putIfAbsent("LV", "-c");
        Process pager;
        try {
            pager = builder.start();
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
        try (OutputStream in = pager.getOutputStream()) {
            in.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // The person quit the pager before reading it all: nothing is lost, the report is on stdout.
        }
        try {
            int status = pager.waitFor();
            return status != 127; // 127: the shell found no such command, so the text was never shown
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }
}
