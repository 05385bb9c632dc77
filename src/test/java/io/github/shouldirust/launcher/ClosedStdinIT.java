package io.github.shouldirust.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * --answers - with stdin closed ({@code <&-}): the JVM gives fd 0 to the first file it opens, so reading
 * "stdin" read the jar and reported it as "larger than 1 MiB". It must say that stdin is closed.
 */
class ClosedStdinIT {
    @Test
    void aClosedStdinIsReportedAsClosed() throws Exception {
        var jar = Path.of("target/should-i-rust.jar").toAbsolutePath();
        var java = Path.of(System.getProperty("java.home"), "bin", "java");
        var process = new ProcessBuilder(
                        "bash",
                        "-c",
                        "exec \"$0\" -cp \"$1\" io.github.shouldirust.cli.ShouldIRust " + "--no-input --answers - <&-",
                        java.toString(),
                        jar.toString())
                .start();
        var stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        var stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(stdout).isEmpty();
        assertThat(stderr).isEqualTo("should-i-rust: <stdin>: stdin is closed; pipe the answers in, or name a file\n");
    }
}
