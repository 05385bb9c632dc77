package io.github.shouldirust.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Under LANG=C the JVM reads a UTF-8 file name with its letters lost (U+FFFD) and can make only ASCII
 * names: a name like that is refused, saying why, rather than written under another name.
 */
class CLocaleIT {
    @TempDir
    Path dir;

    /**
     * Runs the program with C as its locale. The arguments go through printf, so a UTF-8 name arrives as
     * its bytes ({@code \\303\\251} is é) whatever the locale of the JVM running the tests.
     */
    private Result run(String... args) throws Exception {
        var jar = Path.of("target/should-i-rust.jar").toAbsolutePath();
        var java = Path.of(System.getProperty("java.home"), "bin", "java");
        var command = new java.util.ArrayList<>(List.of(
                "bash",
                "-c",
                "args=(); for a in \"${@:3}\"; do "
                        + "args+=(\"$(printf -- \"$a\")\"); done; exec \"$1\" -cp \"$2\" io.github.shouldirust.cli.ShouldIRust "
                        + "\"${args[@]}\"",
                "bash",
                java.toString(),
                jar.toString()));
        command.addAll(List.of(args));
        var builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("LC_") || name.equals("LANG"));
        builder.environment().put("LC_ALL", "C");
        var process = builder.start();
        var stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        var stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), stdout, stderr);
    }

    private record Result(int exitCode, String stdout, String stderr) {}

    @Test
    void aUtf8NameIsRefusedWithTheReasonAndNothingIsWritten() throws Exception {
        var result = run("--no-input", "-a", "building=script", "-o", "caf\\303\\251.txt");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stdout()).isEmpty();
        assertThat(result.stderr())
                .contains("Invalid value for option '--output': not a valid file name: part of it "
                        + "could not be read in the locale's character set (US-ASCII); run under a locale that matches the "
                        + "terminal (such as LANG=C.UTF-8) or use ASCII letters");
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }
}
