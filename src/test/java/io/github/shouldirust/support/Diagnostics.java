package io.github.shouldirust.support;

import static org.assertj.core.api.Assertions.assertThat;

/** What every failed run must look like: nothing on stdout, one-line diagnostics, no stack trace. */
public final class Diagnostics {
    private Diagnostics() {}

    /** The run failed with {@code exitCode}, printed nothing on stdout and no stack trace on stderr. */
    public static void assertCleanFailure(RunResult result, int exitCode) {
        assertThat(result.exitCode()).as("exit code of %s", result).isEqualTo(exitCode);
        assertThat(result.stdout()).as("stdout of a failed run").isEmpty();
        assertNoStackTrace(result.stderr());
        assertThat(result.stderrLines())
                .as("stderr")
                .isNotEmpty()
                .allSatisfy(line -> assertThat(line).startsWith("should-i-rust: "));
    }

    public static void assertNoStackTrace(String stderr) {
        assertThat(stderr)
                .as("stderr must hold no stack trace")
                .doesNotContain("\tat ")
                .doesNotContain("Exception");
    }
}
