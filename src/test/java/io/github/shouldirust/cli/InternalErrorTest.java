package io.github.shouldirust.cli;

import static io.github.shouldirust.support.Cli.cli;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import org.junit.jupiter.api.Test;

/**
 * Exit code 1. Nothing a user types triggers it; a stdin that fails with an unchecked exception stands in
 * for a bug below the command, to show that a bug still ends in one line and a documented exit code.
 */
class InternalErrorTest {

    /** A stream that fails the way a bug would: with an unchecked exception. */
    private static final class BrokenStdin extends InputStream {
        @Override
        public int read() {
            throw new IllegalStateException("simulated bug");
        }

        @Override
        public int read(byte[] b, int off, int len) {
            throw new IllegalStateException("simulated bug");
        }
    }

    @Test
    void aBugExitsOneWithOneLineAndNoStackTrace() {
        var result = cli().stdin(new BrokenStdin()).execute("--answers", "-");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stdout()).isEmpty();
        // The one line names the exception's type (so "Exception" may appear), but holds no stack trace.
        assertThat(result.stderr()).doesNotContain("\tat ");
        assertThat(result.stderrLines())
                .singleElement()
                .asString()
                .startsWith("should-i-rust: internal error: ")
                .contains("please report it");
    }

    @Test
    void debugVariableAddsTheStackTrace() {
        var result =
                cli().stdin(new BrokenStdin()).env("SHOULD_I_RUST_DEBUG", "1").execute("--answers", "-");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stdout()).isEmpty();
        assertThat(result.stderr()).contains("\tat ");
    }
}
