package io.github.shouldirust.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.shouldirust.support.Cli;
import org.junit.jupiter.api.Test;

/**
 * The CI gate: exit 4 on a verdict --fail-on names, exit 6 on a verdict less sure than --min-confidence,
 * each saying why on stderr; the result is still printed, unless --quiet.
 */
class FailOnTest {

    @Test
    void matchingVerdictExitsFourAndStillPrintsTheResult() {
        var result = Cli.run("-a", "building=script", "-a", "lifespan=run-once", "--fail-on", "avoid-rust");

        assertThat(result.exitCode()).isEqualTo(4);
        assertThat(result.stdout()).startsWith("Verdict:").contains("avoid-rust");
        assertThat(result.stderr())
                .isEqualTo("should-i-rust: verdict avoid-rust matches --fail-on avoid-rust (exit 4)\n");
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
        assertThat(use.exitCode())
                .as("building=os, safety=critical is use-rust")
                .isEqualTo(4);
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

    @Test
    void aVerdictOnTooFewAnswersFailsMinConfidenceAndNamesTheOpenQuestions() {
        // Nothing answered: consider-rust, and far from sure. Without the floor it would pass the gate.
        var result = Cli.run("--fail-on", "avoid-rust", "--min-confidence", "80");

        assertThat(Cli.run("--fail-on", "avoid-rust").exitCode())
                .as("without it")
                .isZero();
        assertThat(result.exitCode()).isEqualTo(6);
        assertThat(result.stdout()).startsWith("Verdict:     consider-rust");
        assertThat(result.stderr())
                .matches("should-i-rust: confidence [0-9]% is below --min-confidence 80% \\(exit 6\\); "
                        + "answer the open questions \\(building, [a-z-]+, [a-z-]+, [a-z-]+, [a-z-]+ and 9 more\\), "
                        + "or lower --min-confidence\n");
    }

    @Test
    void aSettledVerdictMeetsAnyMinimumAndTheOpenQuestionsThatMatterComeFirst() {
        var settled = Cli.run("-a", "building=script", "--min-confidence", "100%");
        var unsure = Cli.run("-a", "building=network-service", "--min-confidence", "100");

        assertThat(settled.exitCode()).as(settled.stderr()).isZero();
        assertThat(settled.stderr()).isEmpty();
        assertThat(unsure.exitCode()).isEqualTo(6);
        assertThat(unsure.stderr()).doesNotContain("building");
    }

    @Test
    void bothFailingSaysBothAndExitsSixSinceTheVerdictItselfIsInDoubt() {
        var result = Cli.run("-a", "iteration-speed=critical", "--fail-on", "avoid-rust", "--min-confidence", "100");

        assertThat(result.stdout()).contains("avoid-rust");
        assertThat(result.stderrLines()).hasSize(2);
        assertThat(result.stderrLines().get(0)).startsWith("should-i-rust: confidence ");
        assertThat(result.stderrLines().get(1))
                .isEqualTo("should-i-rust: verdict avoid-rust matches --fail-on avoid-rust (exit 4)");
        assertThat(result.exitCode()).isEqualTo(6);
    }

    @Test
    void quietPrintsNoResultOnlyWhyTheGateFailed() {
        var passed = Cli.run("-a", "building=script", "-q");
        var failed = Cli.run("-a", "building=script", "--quiet", "--fail-on", "avoid-rust", "--format", "json");

        assertThat(passed.exitCode()).isZero();
        assertThat(passed.stdout()).isEmpty();
        assertThat(passed.stderr()).isEmpty();
        assertThat(failed.exitCode()).isEqualTo(4);
        assertThat(failed.stdout()).isEmpty();
        assertThat(failed.stderr())
                .isEqualTo("should-i-rust: verdict avoid-rust matches --fail-on avoid-rust (exit 4)\n");
    }

    @Test
    void quietStillWritesTheOutputFileItWasAskedFor(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        var output = dir.resolve("verdict.json");

        var result = Cli.run("-a", "building=script", "-q", "--format", "json", "-o", output.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.stdout()).isEmpty();
        assertThat(java.nio.file.Files.readString(output)).contains("\"verdict\": \"avoid-rust\"");
    }
}
