package io.github.shouldirust.cli;

import static io.github.shouldirust.support.Diagnostics.assertCleanFailure;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.shouldirust.support.Cli;
import io.github.shouldirust.support.Golden;
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
 * {@code compare} (issue 16) end to end: a team of three (src/test/resources/compare: Ana and Bo name
 * themselves, cy is named by the file) in each format, the gate on the combined verdict, and bad input.
 */
class CompareCommandTest {
    private static final String TEAM = "src/test/resources/compare/";

    @TempDir
    Path dir;

    private static List<String> team(String... more) {
        var args = new ArrayList<>(List.of("compare", TEAM + "ana.yaml", TEAM + "bo.yaml", TEAM + "cy.yaml"));
        args.addAll(List.of(more));
        return args;
    }

    @ParameterizedTest(name = "compare.{0}")
    @ValueSource(strings = {"text", "json", "markdown"})
    void eachFormatMatchesItsGoldenFile(String format) throws IOException {
        var result = Cli.run(team("--format", format).toArray(String[]::new));

        assertThat(result.exitCode()).as("%s", result).isZero();
        assertThat(result.stderr()).isEmpty();
        Golden.assertMatches("compare." + Map.EXTENSIONS.get(format), result.stdout());
    }

    private static final class Map {
        static final java.util.Map<String, String> EXTENSIONS =
                java.util.Map.of("text", "txt", "json", "json", "markdown", "md");
    }

    @Test
    void theTextFitsEightyColumns() {
        var result = Cli.run(team().toArray(String[]::new));

        assertThat(result.stdout().lines())
                .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
    }

    @Test
    void aDisagreementMattersWhenItsAnswersGiveDifferentVerdicts() {
        var result = Cli.run(team().toArray(String[]::new));

        assertThat(result.stdout())
                .contains("  latency (team: important) can change the verdict\n"
                        + "    critical                    Ana                             -> use-rust\n")
                .contains("  hiring (team: yes) does not change the verdict\n");
    }

    @Test
    void failOnGatesOnTheCombinedVerdict() {
        var result = Cli.run(team("--fail-on", "consider-rust").toArray(String[]::new));

        assertThat(result.exitCode()).isEqualTo(4);
        assertThat(result.stdout()).startsWith("Team verdict: consider-rust");
        assertThat(result.stderr())
                .isEqualTo("should-i-rust: verdict consider-rust matches --fail-on consider-rust " + "(exit 4)\n");
    }

    @Test
    void minConfidenceGatesOnTheCombinedConfidence() {
        assertThat(Cli.run(team("--min-confidence", "90").toArray(String[]::new))
                        .exitCode())
                .isEqualTo(6);
    }

    @Test
    void aFileComparedWithItselfShowsNoDisagreement() {
        var result = Cli.run("compare", TEAM + "ana.yaml", TEAM + "ana.yaml");

        assertThat(result.exitCode()).isZero();
        assertThat(result.stdout())
                .contains(
                        "  Ana                     use-rust",
                        "  Ana (2)                 use-rust",
                        "They agree on every question they all answered.");
    }

    @Test
    void stdinIsReadOnceAndNamedStdin() throws IOException {
        var result = Cli.cli().stdin("building: os\n").execute("compare", "-", TEAM + "cy.yaml");

        assertThat(result.exitCode()).as("%s", result).isZero();
        assertThat(result.stdout()).contains("  stdin  ");
        assertCleanFailure(Cli.run("compare", "-", "-"), 2);
    }

    @Test
    void aBadFileAmongSeveralIsNamedAndNothingIsPrinted() throws IOException {
        var empty = Files.writeString(dir.resolve("empty.yaml"), "");
        var bad = Files.writeString(dir.resolve("bad.yaml"), "building: spaceship\n");
        var missing = dir.resolve("missing.yaml");

        var result = Cli.run("compare", TEAM + "ana.yaml", empty.toString(), bad.toString(), missing.toString());

        assertCleanFailure(result, 2);
        assertThat(result.stdout()).isEmpty();
        assertThat(result.stderrLines())
                .hasSize(3)
                .anySatisfy(l -> assertThat(l).startsWith("should-i-rust: " + empty))
                .anySatisfy(l -> assertThat(l).startsWith("should-i-rust: " + bad + ":1:11: "))
                .anySatisfy(l -> assertThat(l).startsWith("should-i-rust: " + missing));
    }

    @Test
    void answersForOtherRulesAreRefusedWithWhichRules() throws IOException {
        var acme = Files.writeString(dir.resolve("acme.yaml"), "name: Di\nrules: acme-policy\nplatform: edge\n");

        var result = Cli.run("compare", TEAM + "ana.yaml", acme.toString());

        assertCleanFailure(result, 2);
        assertThat(result.stderr())
                .isEqualTo("should-i-rust: " + acme + ":2:8: these answers are for the rules "
                        + "'acme-policy', not why-rust 1.0.0; give those rules with --rules\n");
        assertThat(Cli.run("compare", "--rules", "rules/examples/acme-policy.yaml", TEAM + "ana.yaml", acme.toString())
                        .exitCode())
                .as("with the layer they answer")
                .isZero();
    }

    @Test
    void aControlCharacterInANameIsRefusedWhereItIs() throws IOException {
        var odd = Files.writeString(dir.resolve("odd.yaml"), "name: \"Eve\\e]0;owned\\a\"\nbuilding: os\n");

        var result = Cli.run("compare", odd.toString(), TEAM + "cy.yaml");

        assertCleanFailure(result, 2);
        assertThat(result.stderr())
                .isEqualTo("should-i-rust: " + odd + ":1:7: a control character (U+001B) is not allowed in a value\n");
    }

    @Test
    void markupInANameStaysTextInMarkdown() throws IOException {
        var odd = Files.writeString(dir.resolve("odd.yaml"), "name: \"Eve *bold* <b> | x\"\nbuilding: os\n");

        var markdown = Cli.run("compare", "--format", "markdown", odd.toString(), TEAM + "cy.yaml");

        assertThat(markdown.stdout())
                .contains("| Eve \\*bold\\* &lt;b&gt; \\| x | `consider-rust` |")
                .doesNotContain("<b>");
    }

    @Test
    void noFileIsAUsageError() {
        assertCleanFailure(Cli.run("compare"), 2);
    }
}
