package io.github.shouldirust.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs an outside program (bash, groff) for the tests that check what the build writes for them. */
public final class Shell {
    private Shell() {}

    /** Whether {@code program} is on PATH; tests that need it are skipped where it is not. */
    public static boolean has(String program) {
        var path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (var directory : path.split(java.io.File.pathSeparator)) {
            if (!directory.isEmpty() && Files.isExecutable(Path.of(directory, program))) {
                return true;
            }
        }
        return false;
    }

    /** Runs the command with no stdin and the given extra environment, for at most 30 seconds. */
    public static RunResult run(Map<String, String> env, String... command) {
        var builder = new ProcessBuilder(List.of(command));
        builder.environment().putAll(env);
        return run(builder, 30);
    }

    /**
     * Runs the command in {@code directory} with only {@code environment} (nothing inherited, as on a
     * machine set up otherwise) and no stdin, for at most {@code seconds}.
     */
    public static RunResult runIn(Path directory, Map<String, String> environment, long seconds, List<String> command) {
        var builder = new ProcessBuilder(command).directory(directory.toFile());
        builder.environment().clear();
        builder.environment().putAll(environment);
        return run(builder, seconds);
    }

    private static RunResult run(ProcessBuilder builder, long seconds) {
        builder.redirectInput(ProcessBuilder.Redirect.from(nullFile()));
        var command = builder.command().toArray(String[]::new);
        try {
            var process = builder.start();
            var out = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
            var err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
            if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("timed out: " + String.join(" ", command));
            }
            return new RunResult(process.exitValue(), out.join(), err.join());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted: " + String.join(" ", command), e);
        }
    }

    public static RunResult run(String... command) {
        return run(Map.of(), command);
    }

    /** {@code args} with {@code first} in front, for building a command line. */
    public static String[] concat(List<String> first, List<String> args) {
        var all = new ArrayList<>(first);
        all.addAll(args);
        return all.toArray(String[]::new);
    }

    private static java.io.File nullFile() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    private static String read(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
