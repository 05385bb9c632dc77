package io.github.shouldirust.cli;

import static io.github.shouldirust.support.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.shouldirust.load.OutputFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One output policy for every file the tool writes (--output, --save, --junit), a test per rule: only
 * regular files, never through a symbolic link, never a file the same run reads, --force for every
 * existing target, identity by what a path resolves to.
 */
class OutputPolicyTest {
    private static final List<String> ANSWERS = List.of("--no-input", "-a", "building=os");

    @TempDir
    Path dir;

    private static String[] advise(String... more) {
        var args = new ArrayList<>(ANSWERS);
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    @ParameterizedTest
    @ValueSource(strings = {"--output", "--save"})
    void aDeviceIsNeverReplacedEvenWithForce(String option) {
        var result = run(advise(option, "/dev/null", "--force"));

        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.stderr())
                .isEqualTo("should-i-rust: " + option + " /dev/null: is not a regular file "
                        + "(a device, pipe or socket); write to a regular file, or to stdout\n");
        assertThat(Path.of("/dev/null"))
                .as("still the device")
                .satisfies(p -> assertThat(Files.isRegularFile(p)).isFalse());
    }

    @Test
    void aPipeIsNeverReplacedEvenWithForce() throws Exception {
        var fifo = dir.resolve("pipe");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor())
                .isZero();

        var result = run(advise("--output", fifo.toString(), "--force"));

        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.stderr()).contains("is not a regular file");
        assertThat(Files.isRegularFile(fifo)).isFalse();
    }

    @Test
    void aSymbolicLinkIsNeverReplacedAndItsTargetIsLeftAlone() throws Exception {
        var target = Files.writeString(dir.resolve("decision.md"), "keep me\n");
        var link = Files.createSymbolicLink(dir.resolve("link.md"), target);

        var result = run(advise("--format", "markdown", "--output", link.toString(), "--force"));

        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.stderr()).contains("is a symbolic link; name the file itself");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(target)).isEqualTo("keep me\n");
    }

    @Test
    void aDanglingSymbolicLinkIsRefusedWithoutForceToo() throws Exception {
        var link = Files.createSymbolicLink(dir.resolve("answers.yaml"), dir.resolve("nowhere.yaml"));

        var result = run(advise("--save", link.toString()));

        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.stderr()).contains("is a symbolic link");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(dir.resolve("nowhere.yaml")).doesNotExist();
    }

    @Test
    void theSameFileSpelledThroughALinkedDirectoryIsOneFile() throws Exception {
        var real = Files.createDirectory(dir.resolve("real"));
        var alias = Files.createSymbolicLink(dir.resolve("alias"), real);

        var result = run(advise(
                "--output",
                real.resolve("x").toString(),
                "--save",
                alias.resolve("x").toString(),
                "--force"));

        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.stderr()).contains("--save and --output name the same file");
        assertThat(real.resolve("x")).doesNotExist();
    }

    @Test
    void aFileThisRunReadsIsNeverWritten() throws Exception {
        var answers = Files.writeString(dir.resolve("answers.yaml"), "building: os\n");

        var result = run(
                "--no-input",
                "--answers",
                answers.toString(),
                "--save",
                dir.resolve(".").resolve("answers.yaml").toString(),
                "--force");

        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.stderr()).contains("is also read by this run");
        assertThat(Files.readString(answers)).isEqualTo("building: os\n");
    }

    @Test
    void junitNeedsForceForAnExistingFileAndNeverReplacesTheRulesUnderTest() throws Exception {
        var rules = Files.copy(
                io.github.shouldirust.support.Project.root().resolve("rules/rust.yaml"), dir.resolve("rules.yaml"));
        var report = Files.writeString(dir.resolve("report.xml"), "<old/>");
        var before = Files.readString(rules);

        var exists = run("rules", "test", rules.toString(), "--junit", report.toString());
        var input = run("rules", "test", rules.toString(), "--junit", rules.toString(), "--force");
        var forced = run("rules", "test", rules.toString(), "--junit", report.toString(), "--force");

        assertThat(exists.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(exists.stderr())
                .isEqualTo("should-i-rust: --junit " + report + ": file exists; add --force to " + "replace it\n");
        assertThat(input.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(input.stderr()).contains("is also read by this run");
        assertThat(Files.readString(rules)).isEqualTo(before);
        assertThat(forced.exitCode()).as(forced.stderr()).isZero();
        assertThat(Files.readString(report)).startsWith("<?xml");
    }

    @Test
    void theWriteChecksAgainJustBeforeItRenames() throws Exception {
        var target = Files.writeString(dir.resolve("target.txt"), "keep me\n");
        var link = Files.createSymbolicLink(dir.resolve("late-link.txt"), target);

        assertThatThrownBy(() -> OutputFiles.write(link, "new", true))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("symbolic link");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(target)).isEqualTo("keep me\n");
        try (var files = Files.list(dir)) {
            assertThat(files).as("no temporary file left behind").containsExactlyInAnyOrder(target, link);
        }
    }
}
