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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    @Test
    void malformedYaml() throws IOException {
        var file = withLine(dir, 9, "    section: Speed", "    section: Speed: fast");

        assertOneProblem(advise(file), file, "9:19", "malformed YAML: mapping values are not allowed here");
    }

    @Test
    void malformedFlowSequence() throws IOException {
        var file = withLine(dir, 32, "    claims: [fast]", "    claims: [fast");

        var result = advise(file);

        assertCleanFailure(result, 3);
        assertThat(result.stderrLines())
                .singleElement()
                .asString()
                .startsWith("should-i-rust: " + file + ":33:9: malformed YAML: expected ',' or ']'")
                .contains("flow sequence that starts at line 32");
    }

    @Test
    void unknownKey() throws IOException {
        var file = withLine(dir, 29, "    score: 7", "    scores: 7");

        assertOneProblem(
                advise(file),
                file,
                "29:5",
                "unknown key 'scores' in a rule (known: cap, claims, id, languages, picks, score, text, when)");
    }

    @Test
    void unknownTopLevelKey() throws IOException {
        var file = withLine(dir, 5, "source: tiny.txt", "sauce: tiny.txt");

        var result = advise(file);

        assertCleanFailure(result, 3);
        assertThat(result.stderrLines())
                .singleElement()
                .asString()
                .startsWith("should-i-rust: " + file + ":5:1: unknown key 'sauce' in the rules file");
    }

    @Test
    void wrongType() throws IOException {
        var file = withLine(dir, 29, "    score: 7", "    score: lots");

        assertOneProblem(advise(file), file, "29:12", "rule 1 'score' must be an integer, not a string");
    }

    @Test
    void wrongTypeListForAMapping() throws IOException {
        var file = withLine(dir, 30, "    languages: { go: 1 }", "    languages: [go]");

        assertOneProblem(
                advise(file),
                file,
                "30:16",
                "rule 1 'languages' must be a mapping of language to effect, " + "not a list");
    }

    @Test
    void unknownClaimReference() throws IOException {
        var file = withLine(dir, 32, "    claims: [fast]", "    claims: [fast, slow-claim]");

        assertOneProblem(advise(file), file, "32:20", "unknown claim 'slow-claim'");
    }

    @Test
    void unknownQuestionInACondition() throws IOException {
        var file = withLine(dir, 28, "    when: { speed: fast }", "    when: { sped: fast }");

        var result = advise(file);

        assertCleanFailure(result, 3);
        assertThat(result.stderrLines())
                .singleElement()
                .asString()
                .startsWith("should-i-rust: " + file + ":28:")
                .contains("unknown question 'sped' (questions: speed)");
    }

    @Test
    void unknownValueInACondition() throws IOException {
        var file = withLine(dir, 28, "    when: { speed: fast }", "    when: { speed: [fast, warp] }");

        var result = advise(file);

        assertCleanFailure(result, 3);
        assertThat(result.stderrLines())
                .singleElement()
                .asString()
                .startsWith("should-i-rust: " + file + ":28:")
                .endsWith("'warp' is not an option of 'speed' (allowed: fast, slow)");
    }

    @Test
    void unknownLanguageInEffects() throws IOException {
        var file = withLine(dir, 30, "    languages: { go: 1 }", "    languages: { go: 1, cobol: 2 }");

        var result = advise(file);

        assertCleanFailure(result, 3);
        assertThat(result.stderrLines())
                .singleElement()
                .asString()
                .startsWith("should-i-rust: " + file + ":30:")
                .endsWith(": unknown language 'cobol' (languages: rust, go)");
    }

    @Test
    void unknownLanguageIsLocatedAtItsName() throws IOException {
        var file = withLine(dir, 30, "    languages: { go: 1 }", "    languages: { go: 1, cobol: 2 }");

        assertOneProblem(advise(file), file, "30:25", "unknown language 'cobol' (languages: rust, go)");
    }

    @Test
    void duplicateKey() throws IOException {
        var file = withLine(dir, 30, "    languages: { go: 1 }", "    score: 8");

        assertOneProblem(advise(file), file, "30:5", "duplicate key 'score' (first at line 29)");
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
    void useRustBelowConsiderRust() throws IOException {
        var file = withLine(dir, 34, "  use-rust: 6", "  use-rust: -1");

        assertOneProblem(advise(file), file, "34:13", "use-rust (-1) must not be below consider-rust (0)");
    }

    @Test
    void unsupportedSchema() throws IOException {
        var file = withLine(dir, 1, "schema: 1", "schema: 2");

        assertOneProblem(advise(file), file, "1:9", "schema 2 is not supported (this version reads schema 1)");
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
