package io.github.shouldirust.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.shouldirust.support.Cli;
import io.github.shouldirust.support.TinyRulesFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --format github: one annotation a GitHub Actions runner reads, whatever a rules file says. */
class GitHubFormatTest {
    @TempDir
    Path dir;

    /**
     * The runner ends a command's message at a line break and reads a line that starts with {@code ::} as
     * a command of its own; a {@code %} it would decode. Text from a rules file can do none of these.
     */
    @Test
    void textFromARulesFileCannotEndTheAnnotationOrForgeAnother() throws Exception {
        var lines = new ArrayList<>(TinyRulesFile.lines());
        lines.replaceAll(line ->
                line.equals("    text: \"Fast wins.\"") ? "    text: \"100% fast\\n::error::forged, really\"" : line);
        var rules = Files.writeString(dir.resolve("rules.yaml"), String.join("\n", lines) + "\n");

        var result = Cli.run("--rules", rules.toString(), "-a", "speed=fast", "--format", "github");

        assertThat(result.exitCode()).as("%s", result).isZero();
        assertThat(result.stdout().lines())
                .singleElement()
                .asString()
                .startsWith("::notice title=should-i-rust%3A ")
                .contains("100%25 fast\\u000A::error::forged, really");
    }

    @Test
    void aLanguageNameCannotEndTheTitle() throws Exception {
        var lines = new ArrayList<>(TinyRulesFile.lines());
        lines.replaceAll(line -> switch (line) {
            case "    name: Go" -> "    name: \"Go: the, language\"";
            case "    score: 7" -> "    score: -7"; // so that Go is the language to use
            default -> line;
        });
        var rules = Files.writeString(dir.resolve("rules.yaml"), String.join("\n", lines) + "\n");

        var result = Cli.run("--rules", rules.toString(), "-a", "speed=fast", "--format", "github");

        assertThat(result.stdout()).startsWith("::notice title=should-i-rust%3A avoid-rust%2C Go%3A the%2C language::");
    }

    /** Every piece a rules file supplies, not only the rule's text: names, claim ids, what-if answers. */
    @Test
    void everyPieceFromARulesFileStaysOnOneVisibleLine() throws Exception {
        var rules = TinyRulesFile.withUntrustedText(dir);

        var result = Cli.run("--rules", rules.toString(), "-a", "speed=fast", "--format", "github");

        assertThat(result.exitCode()).as("%s", result).isZero();
        assertThat(result.stdout().lines())
                .singleElement()
                .asString()
                .contains("Go\\u000A::error::forged \\u202Eevil", "fa\\u200Bst")
                .doesNotContain("\u202E", "\u200B");
    }

    @Test
    void itIsAFormatLikeAnyOtherForTheGateAndForOutputFiles() throws Exception {
        var file = dir.resolve("annotation.txt");

        var result = Cli.run(
                "--no-input",
                "-a",
                "building=script",
                "--format",
                "github",
                "--fail-on",
                "avoid-rust",
                "-o",
                file.toString());

        assertThat(result.exitCode()).as("the gate still fails the job").isEqualTo(ExitCode.FAILED_ON_VERDICT);
        assertThat(result.stdout()).isEmpty();
        assertThat(Files.readString(file)).startsWith("::notice title=should-i-rust%3A avoid-rust%2C ");
    }
}
