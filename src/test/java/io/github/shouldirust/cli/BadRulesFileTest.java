package io.github.shouldirust.cli;

import static io.github.shouldirust.support.Diagnostics.assertCleanFailure;
import static io.github.shouldirust.support.TinyRulesFile.withLine;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.shouldirust.support.Cli;
import io.github.shouldirust.support.RunResult;
import io.github.shouldirust.support.TinyRulesFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.assertj.core.api.AbstractStringAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Exit code 3: a rules file that cannot be used, each problem as {@code should-i-rust: FILE:LINE:COL: ...}.
 * Each test breaks one line of src/test/resources/rules/tiny.yaml.
 */
class BadRulesFileTest {
    @TempDir
    Path dir;

    private static RunResult advise(Path rules) {
        return Cli.run("--rules", rules.toString(), "-a", "speed=fast");
    }

    /** Exit 3, one diagnostic: the expected location followed by the expected message. */
    private static void assertOneProblem(RunResult result, Path file, String location, String message) {
        assertCleanFailure(result, 3);
        assertThat(result.stderrLines()).containsExactly("should-i-rust: " + file + ":" + location + ": " + message);
    }

    /** Exit 3, one diagnostic, which starts with {@code file}, a colon and {@code start}; the caller checks the rest. */
    private static AbstractStringAssert<?> assertOneProblemStartingWith(RunResult result, Path file, String start) {
        assertCleanFailure(result, 3);
        return assertThat(result.stderrLines())
                .singleElement()
                .asString()
                .startsWith("should-i-rust: " + file + ":" + start);
    }

    @Test
    void theUnbrokenFileIsValid() throws IOException {
        var result = advise(TinyRulesFile.write(dir));

        assertThat(result.exitCode()).as("%s", result).isZero();
        assertThat(result.stderr()).isEmpty();
    }

    @Test
    void missingRulesFile() {
        var missing = dir.resolve("missing.yaml");

        var result = advise(missing);

        assertCleanFailure(result, 3);
        assertThat(result.stderrLines()).containsExactly("should-i-rust: " + missing + ": no such file");
    }

    @Test
    void missingRulesFileForQuestions() {
        var result = Cli.run("questions", "--rules", dir.resolve("missing.yaml").toString());

        assertCleanFailure(result, 3);
    }

    /** One line of tiny.yaml broken; the one problem it makes, at its line and column. */
    static Stream<Arguments> brokenLines() {
        return Stream.of(
                broken(
                        "malformed YAML",
                        9,
                        "    section: Speed",
                        "    section: Speed: fast",
                        "9:19",
                        "malformed YAML: mapping values are not allowed here"),
                broken(
                        "an unknown key",
                        29,
                        "    score: 7",
                        "    scores: 7",
                        "29:5",
                        "unknown key 'scores' in a rule (known: cap, claims, id, languages, picks, score, text, when)"),
                broken(
                        "a wrong type",
                        29,
                        "    score: 7",
                        "    score: lots",
                        "29:12",
                        "rule 1 'score' must be an integer, not a string"),
                broken(
                        "a list for a mapping",
                        30,
                        "    languages: { go: 1 }",
                        "    languages: [go]",
                        "30:16",
                        "rule 1 'languages' must be a mapping of language to effect, not a list"),
                broken(
                        "an unknown claim",
                        32,
                        "    claims: [fast]",
                        "    claims: [fast, slow-claim]",
                        "32:20",
                        "unknown claim 'slow-claim'"),
                broken(
                        "an unknown language in effects, located at its name",
                        30,
                        "    languages: { go: 1 }",
                        "    languages: { go: 1, cobol: 2 }",
                        "30:25",
                        "unknown language 'cobol' (languages: rust, go)"),
                broken(
                        "a duplicate key",
                        30,
                        "    languages: { go: 1 }",
                        "    score: 8",
                        "30:5",
                        "duplicate key 'score' (first at line 29)"),
                broken(
                        "use-rust below consider-rust",
                        34,
                        "  use-rust: 6",
                        "  use-rust: -1",
                        "34:13",
                        "use-rust (-1) must not be below consider-rust (0)"),
                broken(
                        "an option value with a comma, which no answer could give",
                        24,
                        "      - { value: fast, label: Fast }",
                        "      - { value: fast, label: Fast }\n      - { value: \"eu,us\", label: Both }",
                        "25:18",
                        "option 'eu,us' of 'speed' has a comma, which separates answers given together; name it "
                                + "without one"),
                broken(
                        "an unsupported schema",
                        1,
                        "schema: 1",
                        "schema: 2",
                        "1:9",
                        "schema 2 is not supported (this version reads schema 1)"));
    }

    private static Arguments broken(
            String problem, int line, String expectedOld, String replacement, String location, String message) {
        return Arguments.of(problem, line, expectedOld, replacement, location, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenLines")
    void aBrokenLineIsOneProblemAtItsPlace(
            String problem, int line, String expectedOld, String replacement, String location, String message)
            throws IOException {
        var file = withLine(dir, line, expectedOld, replacement);

        assertOneProblem(advise(file), file, location, message);
    }

    @Test
    void malformedFlowSequence() throws IOException {
        var file = withLine(dir, 32, "    claims: [fast]", "    claims: [fast");

        assertOneProblemStartingWith(advise(file), file, "33:9: malformed YAML: expected ',' or ']'")
                .contains("flow sequence that starts at line 32");
    }

    @Test
    void unknownTopLevelKey() throws IOException {
        var file = withLine(dir, 5, "source: tiny.txt", "sauce: tiny.txt");

        assertOneProblemStartingWith(advise(file), file, "5:1: unknown key 'sauce' in the rules file");
    }

    @Test
    void unknownQuestionInACondition() throws IOException {
        var file = withLine(dir, 28, "    when: { speed: fast }", "    when: { sped: fast }");

        assertOneProblemStartingWith(advise(file), file, "28:").contains("unknown question 'sped' (questions: speed)");
    }

    @Test
    void unknownValueInACondition() throws IOException {
        var file = withLine(dir, 28, "    when: { speed: fast }", "    when: { speed: [fast, warp] }");

        assertOneProblemStartingWith(advise(file), file, "28:")
                .endsWith("'warp' is not an option of 'speed' (allowed: fast, slow)");
    }

    @Test
    void duplicateRuleIdIsLocatedAtTheSecondId() throws IOException {
        var lines = new java.util.ArrayList<>(TinyRulesFile.lines());
        lines.addAll(
                32,
                java.util.List.of(
                        "  - id: fast-wins",
                        "    when: { speed: slow }",
                        "    text: \"Again.\"",
                        "    claims: [fast]"));
        var file = Files.writeString(dir.resolve("rules.yaml"), String.join("\n", lines) + "\n");

        assertOneProblem(advise(file), file, "33:9", "duplicate rule id 'fast-wins'");
    }

    @Test
    void everyProblemIsReportedNotOnlyTheFirst() throws IOException {
        var lines = new java.util.ArrayList<>(TinyRulesFile.lines());
        lines.set(28, "    score: lots");
        lines.set(8, "    sektion: Speed");
        var file = Files.writeString(dir.resolve("rules.yaml"), String.join("\n", lines) + "\n");

        var result = advise(file);

        assertCleanFailure(result, 3);
        assertThat(result.stderrLines())
                .hasSizeGreaterThanOrEqualTo(2)
                .anySatisfy(line -> assertThat(line).contains(":9:5: unknown key 'sektion'"))
                .anySatisfy(line -> assertThat(line).contains(":29:12: rule 1 'score' must be an integer"));
    }

    @Test
    void badRulesAreReportedBeforeBadAnswers() throws IOException {
        var file = withLine(dir, 29, "    score: 7", "    score: lots");

        var result = Cli.run("--rules", file.toString(), "-a", "nonsense=1");

        assertCleanFailure(result, 3);
    }
}
