package io.github.shouldirust.cli;

import static io.github.shouldirust.support.Diagnostics.assertCleanFailure;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.shouldirust.core.Question;
import io.github.shouldirust.core.VerdictFlips;
import io.github.shouldirust.load.RulesLoader;
import io.github.shouldirust.support.Cli;
import io.github.shouldirust.support.Golden;
import io.github.shouldirust.support.RunResult;
import io.github.shouldirust.support.TinyRulesFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code rules diff OLD NEW} end to end: the reports (golden files), what it promises of any two rule
 * sets, and how it refuses bad input. tiny-edited.yaml is tiny.yaml with fast-wins weighing less and a
 * new question whose Linux answer costs and caps: 15 profiles, all tried.
 */
class RulesDiffCommandTest {
    static final String TINY = "src/test/resources/rules/tiny.yaml";
    static final String TINY_EDITED = "src/test/resources/rules/tiny-edited.yaml";
    static final String BUNDLED = "rules/rust.yaml";
    static final String ACME = "rules/examples/acme-policy.yaml";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    static RunResult diff(String... args) {
        var all = new ArrayList<>(List.of("rules", "diff"));
        all.addAll(List.of(args));
        return Cli.run(all.toArray(String[]::new));
    }

    @ParameterizedTest(name = "{0} {1} --format {2}")
    @CsvSource({
        "tiny, " + TINY + ", " + TINY_EDITED + ", text, txt",
        "tiny, " + TINY + ", " + TINY_EDITED + ", json, json",
        "tiny, " + TINY + ", " + TINY_EDITED + ", markdown, md",
        "acme, " + BUNDLED + ", " + ACME + ", text, txt",
        "acme, " + BUNDLED + ", " + ACME + ", json, json",
        "acme, " + BUNDLED + ", " + ACME + ", markdown, md"
    })
    void reportsMatchTheGoldenFiles(String name, String old, String changed, String format, String extension)
            throws IOException {
        var result = diff(old, changed, "--format", format);

        assertThat(result.exitCode()).as("%s", result).isEqualTo(1);
        assertThat(result.stderr()).isEmpty();
        Golden.assertMatches("diff-" + name + "." + extension, result.stdout());
        if (format.equals("text")) {
            assertThat(result.stdout().lines()).allMatch(line -> line.length() <= 80, "at most 80 columns");
        }
    }

    @Test
    void theTextReportOpensWithTheHeadlineAndStatesTheSample() {
        var sampled = diff(BUNDLED, ACME).stdout().lines().toList();
        var exhaustive = diff(TINY, TINY_EDITED).stdout().lines().toList();

        assertThat(sampled.get(0)).matches("\\d+\\.\\d% of 100,000 sampled profiles change verdict");
        assertThat(String.join(" ", sampled)).contains("Sampled with seed 1 from");
        assertThat(exhaustive.get(0)).isEqualTo("60.0% of all 15 profiles change verdict");
        assertThat(String.join(
                        " ",
                        diff(BUNDLED, ACME, "--seed", "7", "--samples", "200000")
                                .stdout()
                                .lines()
                                .toList()))
                .contains("of 200,000 sampled profiles", "seed 7");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                BUNDLED,
                ACME,
                TINY,
                TINY_EDITED,
                "src/test/resources/rules/checked.yaml",
                "src/test/resources/rules/markup-layer.yaml"
            })
    void aRulesFileAgainstItselfChangesNothing(String file) throws IOException {
        var result = diff(file, file, "--format", "json");

        assertThat(result.exitCode()).as("%s", result).isZero();
        var json = JSON.readTree(result.stdout());
        assertThat(json.at("/profiles/changed").asLong()).isZero();
        assertThat(json.get("rules")).isEmpty();
        assertThat(json.get("examples")).isEmpty();
        assertThat(diff(file, file).stdout()).startsWith("No verdict changes over ");
    }

    /** Each direction's example, run through the advisor under each file, changes verdict that way. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({BUNDLED + ", " + ACME, TINY + ", " + TINY_EDITED, ACME + ", " + BUNDLED})
    void theCountsAddUpAndEachSmallestExampleChangesItsWay(String old, String changed) throws Exception {
        var json = JSON.readTree(diff(old, changed, "--format", "json").stdout());

        long sum = 0;
        for (var direction : json.at("/profiles/directions")) {
            sum += direction.get("count").asLong();
            if (direction.get("count").asLong() == 0) {
                assertThat(direction.get("example").isNull()).isTrue();
                continue;
            }
            var args = new ArrayList<String>();
            direction.at("/example/args").forEach(arg -> args.add(arg.asText()));
            assertThat(verdict(old, args))
                    .as("%s under %s", args, old)
                    .isEqualTo(direction.get("from").asText());
            assertThat(verdict(changed, args))
                    .as("%s under %s", args, changed)
                    .isEqualTo(direction.get("to").asText());
        }
        assertThat(sum).isEqualTo(json.at("/profiles/changed").asLong()).isPositive();
    }

    /** The advisor's verdict; answers to questions the file lacks are left out, as the diff leaves them. */
    private static String verdict(String rules, List<String> answers) throws Exception {
        var questions =
                RulesLoader.load(List.of(new RulesLoader.Source(rules, Files.readAllBytes(Path.of(rules)))))
                        .questions()
                        .stream()
                        .map(Question::id)
                        .toList();
        var args = new ArrayList<>(List.of("--no-input", "--format", "json", "--rules", rules));
        for (int i = 0; i < answers.size(); i += 2) {
            if (questions.contains(answers.get(i + 1).split("=")[0])) {
                args.addAll(answers.subList(i, i + 2));
            }
        }
        var result = Cli.run(args.toArray(String[]::new));
        assertThat(result.exitCode()).as("%s", result).isZero();
        return JSON.readTree(result.stdout()).get("verdict").asText();
    }

    @Test
    void aMissingOrUnreadableFileExitsThreeWithNothingOnStdout() throws IOException {
        var missing = dir.resolve("missing.yaml").toString();
        assertCleanFailure(diff(missing, TINY), ExitCode.BAD_RULES);
        assertCleanFailure(diff(TINY, missing), ExitCode.BAD_RULES);
        assertThat(diff(TINY, missing).stderr()).contains(missing + ": no such file");
        assertCleanFailure(diff(TINY, dir.toString()), ExitCode.BAD_RULES);
        var empty = Files.writeString(dir.resolve("empty.yaml"), "", StandardCharsets.UTF_8)
                .toString();
        assertCleanFailure(diff(empty, TINY), ExitCode.BAD_RULES);
    }

    @Test
    void anInvalidFileIsReportedAtItsLineAndColumn() throws IOException {
        var broken = TinyRulesFile.withLine(dir, 28, "    when: { speed: fast }", "    when: { speed: quick }");

        var result = diff(TINY, broken.toString());

        assertCleanFailure(result, ExitCode.BAD_RULES);
        assertThat(result.stderr()).containsPattern(java.util.regex.Pattern.quote(broken.toString()) + ":28:\\d+: ");
        var both = diff(broken.toString(), broken.toString());
        assertThat(both.stderrLines()).as("both files' problems").hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void tooFewSamplesIsAUsageErrorNamingTheLeast() {
        var result = diff("--samples", "10", TINY, TINY_EDITED);

        assertCleanFailure(result, ExitCode.USAGE);
        assertThat(result.stderr()).contains("--samples 10").contains("at least 100,000");
        assertCleanFailure(diff(TINY), ExitCode.USAGE);
        assertCleanFailure(diff(TINY, TINY, "--format", "yaml"), ExitCode.USAGE);
    }

    @Test
    void textFromAFileReachesTheTerminalEscaped() throws IOException {
        var lines = new ArrayList<>(Files.readAllLines(Path.of(TINY_EDITED)));
        // Control characters the loader refuses; an invisible one it lets through, to be shown escaped.
        lines.replaceAll(line -> line.replace("fast | <b>quick</b> *now*", "fast\\u200b[2J"));
        var file = Files.write(dir.resolve("escape.yaml"), lines, StandardCharsets.UTF_8);

        var result = diff(TINY, file.toString());

        assertThat(result.stdout()).doesNotContain("\u200b").contains("fast\\u200B[2J");
    }

    /** A number as the help writes it, in groups of three digits: 1,000,000. */
    private static String grouped(long number) {
        return String.format(Locale.ROOT, "%,d", number);
    }

    @Test
    void theHelpDefinesAProfileAndTheExitCodes() {
        var help = diff("--help").stdout().replaceAll("\\s+", " ");

        assertThat(help)
                .contains(
                        "A profile answers every question of either file, or leaves it unanswered",
                        "at most " + grouped(VerdictFlips.EXHAUSTIVE_LIMIT) + " ",
                        "at most " + grouped(VerdictFlips.WORK_BUDGET) + " rule evaluations",
                        "0 no verdict changes",
                        "1 some verdict changes; also an internal " + "error, which prints \"internal error\"",
                        "3 a rules file cannot be loaded");
    }

    @Test
    void theJsonOfAnExhaustiveRunHasNoSeed() throws IOException {
        JsonNode json =
                JSON.readTree(diff(TINY, TINY_EDITED, "--format", "json").stdout());

        assertThat(json.at("/profiles/exhaustive").asBoolean()).isTrue();
        assertThat(json.at("/profiles/seed").isNull()).isTrue();
        assertThat(json.at("/profiles/tried").asLong()).isEqualTo(15);
    }

    @Test
    void aQuestionTooBigForAProfileIsABadRulesFileNamingBothFiles() throws IOException {
        var options = new StringBuilder();
        for (int i = 0; i < 63; i++) {
            options.append("      - { value: o")
                    .append(i)
                    .append(", label: O")
                    .append(i)
                    .append(" }\n");
        }
        var layer = java.nio.file.Files.writeString(
                dir.resolve("wide.yaml"),
                "schema: 1\nid: wide\nversion: 1.0.0\n"
                        + "title: wide\nextends: why-rust\nquestions:\n  - id: wide\n    type: single\n    prompt: \"Which?\"\n"
                        + "    help: \"Many.\"\n    options:\n" + options);

        var result = diff(BUNDLED, layer.toString());

        io.github.shouldirust.support.Diagnostics.assertCleanFailure(result, 3);
        assertThat(result.stderr())
                .isEqualTo("should-i-rust: " + BUNDLED + ", " + layer
                        + ": question 'wide' has 63 options; rules diff handles at most 62\n");
    }
}
