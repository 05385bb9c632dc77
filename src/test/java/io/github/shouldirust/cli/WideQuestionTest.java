package io.github.shouldirust.cli;

import static io.github.shouldirust.support.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.shouldirust.support.CheckedRulesFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A multi-choice question with many options: the checks count its answers by what the rules tell apart,
 * never by listing all 2^n tick sets (24 options took 41 s and 3.8 GB; at 32, 1 << n overflowed and a
 * rule was wrongly reported as never firing).
 */
class WideQuestionTest {
    @TempDir
    Path dir;

    /** checked.yaml with deployment widened to {@code width} options, the embedded rule testing the last. */
    private Path widened(int width) throws Exception {
        var lines = new ArrayList<>(CheckedRulesFile.lines());
        int at = lines.indexOf("      - { value: embedded, label: Embedded }");
        lines.set(at, "      - { value: embedded, label: Embedded }");
        for (int i = 0; i < width - 3; i++) {
            lines.add(at + 1 + i, "      - { value: extra" + i + ", label: Extra " + i + " }");
        }
        var text = String.join("\n", lines) + "\n";
        text = text.replace("    when: { deployment: embedded }", "    when: { deployment: extra" + (width - 4) + " }");
        return Files.writeString(dir.resolve("wide.yaml"), text);
    }

    @ParameterizedTest
    @ValueSource(ints = {24, 32, 40})
    void rulesCheckCountsWhatTheRulesTellApartAndStaysExact(int width) throws Exception {
        var rules = widened(width);

        var result = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> run("rules", "check", rules.toString()));

        assertThat(result.stdout()).doesNotContain("never fire").doesNotContain("can never");
        assertThat(result.stderr()).isEmpty();
        var evaluated = run(
                "--no-input", "--rules", rules.toString(), "-a", "deployment=extra" + (width - 4), "--format", "json");
        assertThat(evaluated.exitCode()).as(evaluated.stderr()).isZero();
        assertThat(evaluated.stdout()).contains("\"rule\": \"embedded\"");
    }

    @org.junit.jupiter.api.Test
    void aHugeAnswerEndsWithinTheWhatIfBudgetAndSaysItRanOut() throws Exception {
        var rules = widened(3_000);
        var all = new StringBuilder("extra0");
        for (int i = 1; i < 2_997; i++) {
            all.append(",extra").append(i);
        }

        var result = assertTimeoutPreemptively(
                Duration.ofSeconds(20),
                () -> run("--no-input", "--rules", rules.toString(), "-a", "deployment=" + all, "--format", "json"));

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.stdout()).contains("\"whatIfSearchRanOut\": true");
    }
}
