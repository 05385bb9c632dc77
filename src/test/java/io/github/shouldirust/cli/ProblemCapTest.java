package io.github.shouldirust.cli;

import static io.github.shouldirust.support.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file with thousands of problems gets a readable report: the first ones, then how many more. */
class ProblemCapTest {
    @TempDir
    Path dir;

    @Test
    void stderrShowsTheFirstTwentyProblemsThenTheCount() throws Exception {
        var file = Files.writeString(dir.resolve("keys.yaml"), keys(35));

        var result = run("--no-input", "--rules", file.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCode.BAD_RULES);
        // 35 unknown keys, and the keys a rules file needs that this one lacks
        assertThat(result.stderrLines())
                .hasSize(Io.PROBLEMS_SHOWN + 1)
                .last()
                .asString()
                .matches("should-i-rust: \\.\\.\\. and (1[5-9]|[2-9]\\d) more problems not shown");
        assertThat(result.stderrLines().get(0)).startsWith("should-i-rust: " + file + ":1:1: unknown key 'k0'");
    }

    @Test
    void rulesCheckReportsTheFirstHundredThenTheCountAndTheTotal() throws Exception {
        var file = Files.writeString(dir.resolve("keys.yaml"), keys(130));

        var result = run("rules", "check", file.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCode.BAD_RULES);
        var lines = result.stdout().lines().toList();
        var summary = lines.get(lines.size() - 1);
        assertThat(summary).matches(java.util.regex.Pattern.quote(file.toString()) + ": \\d+ errors");
        int total = Integer.parseInt(summary.replaceAll(".*: (\\d+) errors", "$1"));
        assertThat(total).isGreaterThanOrEqualTo(130);
        assertThat(lines).hasSize(100 + 2).contains("... and " + (total - 100) + " more problems not shown");
    }

    private static String keys(int count) {
        return IntStream.range(0, count).mapToObj(i -> "k" + i + ": v\n").collect(Collectors.joining());
    }
}
