package io.github.shouldirust.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.shouldirust.support.Cli;
import org.junit.jupiter.api.Test;

/** Exit code 4: CI fails a job on a verdict with --fail-on, and the result is still printed. */
class FailOnTest {

    @Test
    void matchingVerdictExitsFourAndStillPrintsTheResult() {
        var result = Cli.run("-a", "building=script", "-a", "lifespan=run-once", "--fail-on", "avoid-rust");

        assertThat(result.exitCode()).isEqualTo(4);
        assertThat(result.stdout()).startsWith("Verdict:").contains("avoid-rust");
        assertThat(result.stderr()).isEmpty();
    }

    @Test
    void matchingVerdictInJsonStillPrintsTheDocument() {
        var result = Cli.run("-a", "building=script", "--fail-on", "avoid-rust", "--format", "json");

        assertThat(result.exitCode()).isEqualTo(4);
        assertThat(result.stdout()).contains("\"verdict\": \"avoid-rust\"");
    }

    @Test
    void listFormMatchesAnyOfItsVerdicts() {
        var consider = Cli.run("--fail-on", "use-rust,consider-rust");
        var use = Cli.run("-a", "building=os", "-a", "safety=critical", "--fail-on", "use-rust,consider-rust");

        assertThat(consider.exitCode()).as("empty answers are consider-rust").isEqualTo(4);
        assertThat(use.exitCode()).as("building=os, safety=critical is use-rust").isEqualTo(4);
    }

    @Test
    void repeatedFlagsAddUp() {
        var result = Cli.run("--fail-on", "use-rust", "--fail-on", "consider-rust");

        assertThat(result.exitCode()).isEqualTo(4);
    }

    @Test
    void verdictNotInTheListExitsZero() {
        var result = Cli.run("-a", "building=script", "-a", "lifespan=run-once", "--fail-on", "use-rust,consider-rust");

        assertThat(result.exitCode()).isZero();
        assertThat(result.stdout()).contains("avoid-rust");
    }
}
