package io.github.shouldirust.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.shouldirust.support.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** '-' means stdout for every file a command writes, as it means stdin for --answers; never a file named '-'. */
class DashIsStdoutTest {

    @AfterEach
    void noFileNamedDash() {
        assertThat(Path.of("-")).as("a file named '-' in the working directory").doesNotExist();
    }

    @Test
    void outputDashIsStdout() {
        var result = Cli.run("-a", "building=os", "--format", "json", "-o", "-");

        assertThat(result.exitCode()).isZero();
        assertThat(result.stdout())
                .isEqualTo(Cli.run("-a", "building=os", "--format", "json").stdout());
    }

    @Test
    void saveDashWritesTheAnswersToStdoutWhenTheResultGoesElsewhere(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        var quiet = Cli.run("-a", "building=os", "--save", "-", "--quiet");
        var result = dir.resolve("result.json");
        var toFile = Cli.run("-a", "building=os", "--save", "-", "-o", result.toString(), "--format", "json");

        assertThat(quiet.exitCode()).isZero();
        assertThat(quiet.stdout()).contains("building: \"os\"").startsWith("# Answers for should-i-rust");
        assertThat(toFile.stdout()).isEqualTo(quiet.stdout());
        assertThat(Files.readString(result)).contains("\"verdict\"");
    }

    @Test
    void saveDashAndTheResultCannotBothHaveStdout() {
        var result = Cli.run("-a", "building=os", "--save", "-");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stdout()).isEmpty();
        assertThat(result.stderr())
                .isEqualTo("should-i-rust: --save - and the result would both go to stdout; write "
                        + "the result with -o FILE, or leave it out with --quiet\n");
    }

    @Test
    void junitDashIsTheXmlOnStdoutWithTheLinesForPeopleOnStderr() {
        var result = Cli.run("rules", "test", "--junit", "-");

        assertThat(result.exitCode()).isZero();
        assertThat(result.stdout()).startsWith("<?xml").contains("<testsuites>").endsWith("</testsuites>\n");
        assertThat(result.stderr()).contains("PASS", "coverage");
    }
}
