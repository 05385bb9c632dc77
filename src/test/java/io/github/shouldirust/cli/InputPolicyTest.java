package io.github.shouldirust.cli;

import static io.github.shouldirust.support.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files named on the command line are read only when they are regular files: nothing waits on a pipe. */
class InputPolicyTest {
    @TempDir
    Path dir;

    private Path fifo() throws Exception {
        var fifo = dir.resolve("pipe.yaml");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor())
                .isZero();
        return fifo;
    }

    @Test
    void aPipeAsAnswersOrRulesIsRefusedAtOnceInsteadOfWaitingForAWriter() throws Exception {
        var fifo = fifo();

        var answers =
                assertTimeoutPreemptively(Duration.ofSeconds(5), () -> run("--no-input", "--answers", fifo.toString()));
        var rules =
                assertTimeoutPreemptively(Duration.ofSeconds(5), () -> run("--no-input", "--rules", fifo.toString()));

        assertThat(answers.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(answers.stderr())
                .isEqualTo("should-i-rust: " + fifo
                        + ": is not a regular file (a device, pipe or socket); for stdin, write -\n");
        assertThat(rules.exitCode()).isEqualTo(ExitCode.BAD_RULES);
        assertThat(rules.stderr()).contains("is not a regular file");
    }
}
