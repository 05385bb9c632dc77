package io.github.shouldirust.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.shouldirust.support.Cli;
import io.github.shouldirust.support.TinyRulesFile;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A rules file may put a line break or a bidi control in a name, a label or a claim id. On a terminal or
 * in a CI log that must show as an escape: a line break would start a line the file wrote (one a CI
 * runner reads as "::error::..."), a bidi control would reorder what is shown.
 */
class UntrustedTextOnATerminalTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"card", "full report", "decision record", "questions"})
    void aLineBreakOrABidiControlFromARulesFileShowsEscaped(String output) throws Exception {
        var rules = TinyRulesFile.withUntrustedText(dir);
        var args = switch (output) {
            case "card" -> new String[] {"--rules", rules.toString(), "--no-input"};
            case "full report" -> new String[] {"--rules", rules.toString(), "--no-input", "--full", "--explain"};
            case "decision record" -> new String[] {"--rules", rules.toString(), "--no-input", "--format", "markdown"};
            default -> new String[] {"questions", "--rules", rules.toString()};
        };

        var result = Cli.run(args);

        assertThat(result.exitCode()).as("%s", result).isZero();
        assertThat(result.stdout().lines()).noneMatch(line -> line.startsWith("::"));
        assertThat(result.stdout()).doesNotContain("\u202E", "\u200B");
        // Wrapped prose folds a line break into a space; anything printed as it is shows it escaped
        // (Markdown escapes the escape's backslash too).
        assertThat(result.stdout()).contains(output.equals("questions") ? "Fast\\u000A::error::label" : "u202Eevil");
    }
}
