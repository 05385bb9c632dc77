package io.github.shouldirust.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.shouldirust.support.Shell;
import java.nio.file.Path;
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
        var result = Shell.run(
                "bash",
                "-c",
                "exec \"$0\" -cp \"$1\" io.github.shouldirust.cli.ShouldIRust " + "--no-input --answers - <&-",
                java.toString(),
                jar.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stdout()).isEmpty();
        assertThat(result.stderr())
                .isEqualTo("should-i-rust: <stdin>: stdin is closed; pipe the answers in, or name a file\n");
    }
}
