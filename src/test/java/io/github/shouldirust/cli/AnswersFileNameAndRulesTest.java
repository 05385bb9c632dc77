package io.github.shouldirust.cli;

import static io.github.shouldirust.support.Diagnostics.assertCleanFailure;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.shouldirust.support.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An answers file says whose answers they are ({@code name:}, for compare) and which rules they answer
 * ({@code rules:}), issue 16. --answers reads both everywhere; answers for other rules are refused by name.
 */
class AnswersFileNameAndRulesTest {
    @TempDir
    Path dir;

    @Test
    void aNamedFileIsReadByAnswersAndTheNameSurvivesAResave() throws Exception {
        var file = Files.writeString(dir.resolve("ana.yaml"), "name: Ana\nrules: why-rust\nbuilding: os\n");
        var again = dir.resolve("again.yaml");

        var result = Cli.run("--no-input", "--answers", file.toString(), "--save", again.toString());

        assertThat(result.exitCode()).as("%s", result).isZero();
        assertThat(Files.readString(again)).contains("\nname: \"Ana\"\nrules: \"why-rust\"\nbuilding: \"os\"\n");
    }

    @Test
    void nameOnTheCommandLineWinsOverTheFiles() throws Exception {
        var file = Files.writeString(dir.resolve("ana.yaml"), "name: Ana\nbuilding: os\n");

        var result = Cli.run("--no-input", "--answers", file.toString(), "--name", "Bo", "--save", "-", "-q");

        assertThat(result.stdout()).contains("\nname: \"Bo\"\n");
    }

    @Test
    void aBlankOrOverlongNameIsAUsageError() {
        var blank = Cli.run("--no-input", "--name", " ", "--save", "-", "-q");
        var longName = Cli.run("--no-input", "--name", "x".repeat(101), "--save", "-", "-q");

        assertCleanFailure(blank, 2);
        assertThat(blank.stderr())
                .isEqualTo("should-i-rust: --name: expected whose answers these are, as text (e.g. --name Ana)\n");
        assertCleanFailure(longName, 2);
        assertThat(longName.stderr()).isEqualTo("should-i-rust: --name: longer than 100 characters\n");
    }

    @Test
    void aNameThatIsNotTextIsNamedWhereItIs() throws Exception {
        var file = Files.writeString(dir.resolve("bad.yaml"), "building: os\nname: [a, b]\n");

        var result = Cli.run("--no-input", "--answers", file.toString());

        assertCleanFailure(result, 2);
        assertThat(result.stderr())
                .isEqualTo("should-i-rust: " + file
                        + ":2:7: name: expected whose answers these are, as text (e.g. name: Ana)\n");
    }

    @Test
    void answersForOtherRulesAreRefusedByName() throws Exception {
        var file = Files.writeString(dir.resolve("acme.yaml"), "rules: acme-policy\nplatform: edge\n");

        var result = Cli.run("--no-input", "--answers", file.toString());

        assertCleanFailure(result, 2);
        assertThat(result.stderr())
                .isEqualTo("should-i-rust: " + file + ":1:8: these answers are for the rules "
                        + "'acme-policy', not why-rust 1.0.0; give those rules with --rules\n");
    }

    @Test
    void answersForTheRulesALayerExtendsAreAccepted() throws Exception {
        var essay = Files.writeString(dir.resolve("essay.yaml"), "rules: why-rust\nbuilding: os\n");
        var acme = Files.writeString(dir.resolve("acme.yaml"), "rules: acme-policy\nplatform: edge\n");
        var layer = Path.of("rules/examples/acme-policy.yaml").toString();

        assertThat(Cli.run("--no-input", "--rules", layer, "--answers", essay.toString())
                        .exitCode())
                .isZero();
        assertThat(Cli.run("--no-input", "--rules", layer, "--answers", acme.toString())
                        .exitCode())
                .isZero();
    }

    @Test
    void aRulesFileMayNotNameAQuestionNameOrRules() throws Exception {
        var rules = io.github.shouldirust.support.TinyRulesFile.withLine(dir, 19, "  - id: speed", "  - id: name");

        var result = Cli.run("rules", "check", rules.toString());

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.stdout())
                .contains("'name' is reserved: answers files use it to say whose answers they "
                        + "are; name the question otherwise");
    }
}
