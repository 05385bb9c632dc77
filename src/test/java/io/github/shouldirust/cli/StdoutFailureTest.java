package io.github.shouldirust.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What happens when stdout stops taking the output part-way: never a stack trace, never a false success. */
class StdoutFailureTest {
    private static final String[] ARGS = {"--no-input", "-a", "building=network-service", "--format", "json"};

    @ParameterizedTest
    @ValueSource(ints = {0, 20, 4096})
    void aReaderThatStopsEarlyEndsTheRunQuietlyAsSigpipeWould(int acceptedBytes) {
        var run = runWithStdout(new FailsAfter(acceptedBytes, "Broken pipe"));

        assertThat(run.code).isEqualTo(ExitCode.STDOUT_CLOSED_BY_READER);
        assertThat(run.stderr).isEmpty();
    }

    @Test
    void aFullDiskIsReportedInOneLineAndFailsTheRun() {
        var run = runWithStdout(new FailsAfter(100, "No space left on device"));

        assertThat(run.code).isEqualTo(ExitCode.OUTPUT_FAILED);
        assertThat(run.stderr).isEqualTo("should-i-rust: cannot write the output to stdout: No space left on device\n");
    }

    @Test
    void aClosedStdoutIsReportedInOneLineAndFailsTheRun() {
        var run = runWithStdout(new FailsAfter(0, "Bad file descriptor"));

        assertThat(run.code).isEqualTo(ExitCode.OUTPUT_FAILED);
        assertThat(run.stderr).isEqualTo("should-i-rust: cannot write the output to stdout: Bad file descriptor\n");
    }

    @Test
    void aStdoutThatTakesEverythingChangesNothing() {
        var run = runWithStdout(OutputStream.nullOutputStream());

        assertThat(run.code).isZero();
        assertThat(run.stderr).isEmpty();
    }

    private static Run runWithStdout(OutputStream stdout) {
        var err = new StringWriter();
        int code = ShouldIRust.run(
                Stdout.of(stdout),
                new PrintWriter(err),
                new ByteArrayInputStream(new byte[0]),
                Environment.none(),
                ARGS);
        return new Run(code, err.toString());
    }

    record Run(int code, String stderr) {}

    /** Takes some bytes, then fails every write as the OS would. */
    private static final class FailsAfter extends OutputStream {
        private int room;
        private final String reason;

        FailsAfter(int room, String reason) {
            this.room = room;
            this.reason = reason;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            if (length > room) {
                room = 0;
                throw new IOException(reason);
            }
            room -= length;
        }
    }
}
