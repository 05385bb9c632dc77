package io.github.shouldirust.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.shouldirust.support.Cli;
import io.github.shouldirust.support.Project;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The docs' worked examples are what the program prints, so they cannot drift: each shown output
 * (up to a "..." line) is compared with a run of the command it follows, on the files in
 * src/test/resources that the example's files stand for.
 */
class ReadmeExamplesTest {
    private static List<String> shownAfter(String page, String command) throws IOException {
        var readme = Files.readString(Project.root().resolve(page), StandardCharsets.UTF_8);
        var at = readme.indexOf(command);
        assertThat(at).as("%s shows '%s'", page, command).isNotNegative();
        var start = readme.indexOf("```text\n", at) + "```text\n".length();
        var end = readme.indexOf("```", start);
        return readme.substring(start, end).lines().takeWhile(line -> !line.equals("...")).toList();
    }

    @Test
    void theTeamExampleIsWhatCompareSays() throws IOException {
        var shown = shownAfter("docs/team.md", "bin/should-i-rust compare ana.yaml bo.yaml cy.yaml");
        var team = "src/test/resources/compare/";

        var result = Cli.run("compare", team + "ana.yaml", team + "bo.yaml", team + "cy.yaml");

        assertThat(result.stdout().lines().limit(shown.size()).toList()).isEqualTo(shown);
    }

    @Test
    void theRulesChangeExampleIsWhatRulesDiffSays() throws IOException {
        var shown = shownAfter("docs/rules.md",
                "bin/should-i-rust rules diff rules/rust.yaml rules/examples/acme-policy.yaml");

        var result = Cli.run("rules", "diff", "rules/rust.yaml", "rules/examples/acme-policy.yaml");

        assertThat(result.exitCode()).as("verdicts change").isEqualTo(1);
        assertThat(result.stdout().lines().limit(shown.size()).toList()).isEqualTo(shown);
    }
}
