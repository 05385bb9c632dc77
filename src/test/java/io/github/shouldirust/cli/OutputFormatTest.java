package io.github.shouldirust.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.shouldirust.support.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * ResultWriter picks the renderer with a switch statement, which Java 17 does not hold to every constant:
 * a format added to OutputFormat without its case would print nothing and exit 0. This catches it.
 */
class OutputFormatTest {
    @ParameterizedTest(name = "--format {0}")
    @EnumSource(OutputFormat.class)
    void everyFormatPrintsTheVerdict(OutputFormat format) {
        var result = Cli.run("--no-input", "-a", "building=script", "--format", format.name());

        assertThat(result.exitCode()).as("%s", result).isZero();
        assertThat(result.stdout()).contains("avoid-rust");
    }

    private static final String TEAM = "src/test/resources/compare/";

    /** compare and rules diff have switch statements over their own formats too. */
    @ParameterizedTest(name = "compare and rules diff --format {0}")
    @EnumSource(ReportFormat.class)
    void compareAndRulesDiffPrintEachOfTheirFormats(ReportFormat format) {
        var compare = Cli.run("compare", "--format", format.name(), TEAM + "ana.yaml", TEAM + "bo.yaml");
        var diff = Cli.run(
                "rules", "diff", "--format", format.name(), "rules/rust.yaml", "rules/examples/acme-policy.yaml");

        assertThat(compare.exitCode()).as("%s", compare).isZero();
        assertThat(compare.stdout()).contains("consider-rust");
        assertThat(diff.exitCode()).as("verdicts change: %s", diff).isEqualTo(ExitCode.VERDICTS_CHANGE);
        assertThat(diff.stdout()).contains("acme-policy");
    }

    /** A format added for the advice is not offered by commands that cannot write it. */
    @Test
    void compareAndRulesDiffRefuseTheAdvisorsOwnFormats() {
        var compare = Cli.run("compare", "--format", "github", TEAM + "ana.yaml");
        var diff = Cli.run("rules", "diff", "--format", "github", "rules/rust.yaml", "rules/rust.yaml");

        assertThat(compare.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(compare.stderr()).contains("expected one of [text, json, markdown]");
        assertThat(diff.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(diff.stdout()).isEmpty();
    }
}
