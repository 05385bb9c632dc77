package io.github.shouldirust.cli;

import static io.github.shouldirust.support.Cli.cli;
import static io.github.shouldirust.support.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --output FILE: the result in a file, whole or not at all, never replacing a file unasked. */
class OutputFileTest {
    private static final String[] ANSWERS = {"--no-input", "-a", "building=network-service", "-a", "latency=critical"};

    @TempDir
    Path dir;

    @Test
    void theFileHoldsExactlyWhatStdoutWouldAndStdoutStaysEmpty() throws Exception {
        var file = dir.resolve("verdict.json");

        var toFile = run(args("--format", "json", "--output", file.toString()));
        var toStdout = run(args("--format", "json"));

        assertThat(toFile.exitCode()).isZero();
        assertThat(toFile.stdout()).isEmpty();
        assertThat(toFile.stderr()).isEmpty();
        assertThat(Files.readString(file)).isEqualTo(toStdout.stdout());
    }

    @Test
    void anExistingFileIsLeftAloneWithoutForceAndReplacedWithIt() throws Exception {
        var file = Files.writeString(dir.resolve("verdict.md"), "the team's earlier decision record\n");

        var refused = run(args("--format", "markdown", "-o", file.toString()));

        assertThat(refused.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(refused.stderr())
                .isEqualTo("should-i-rust: --output " + file + ": file exists; add --force to replace it\n");
        assertThat(refused.stdout()).isEmpty();
        assertThat(Files.readString(file)).isEqualTo("the team's earlier decision record\n");

        var replaced = run(args("--format", "markdown", "-o", file.toString(), "--force"));

        assertThat(replaced.exitCode()).isZero();
        assertThat(Files.readString(file)).startsWith("---\nstatus: proposed\n").contains("\n# Use Rust");
        try (var leftovers = Files.list(dir)) {
            assertThat(leftovers).as("no temporary file left behind").containsExactly(file);
        }
    }

    @Test
    void aFileNeverGetsColourCodesEvenFromATerminal() throws Exception {
        var file = dir.resolve("verdict.txt");

        var result = cli().terminal().execute(args("--output", file.toString()));

        assertThat(result.exitCode()).isZero();
        assertThat(Files.readString(file)).startsWith("Verdict:").doesNotContain("\u001b[");
    }

    @Test
    void aTargetThatCannotBeWrittenIsRefusedBeforeAnything() {
        var result = run(args("--output", dir.toString()));

        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.stderr()).isEqualTo("should-i-rust: --output " + dir + ": is a directory, not a file\n");
        assertThat(result.stdout()).isEmpty();
    }

    @Test
    void theAnswersAndTheResultCannotShareAFile() {
        var file = dir.resolve("both.yaml");

        var result = run(args("--output", file.toString(), "--save", file.toString()));

        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.stderr())
                .isEqualTo("should-i-rust: --save and --output name the same file, " + file
                        + "; the answers and the result need a file each\n");
        assertThat(file).doesNotExist();
    }

    private static String[] args(String... more) {
        var all = new String[ANSWERS.length + more.length];
        System.arraycopy(ANSWERS, 0, all, 0, ANSWERS.length);
        System.arraycopy(more, 0, all, ANSWERS.length, more.length);
        return all;
    }
}
