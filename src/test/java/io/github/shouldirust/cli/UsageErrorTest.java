package io.github.shouldirust.cli;

import static io.github.shouldirust.support.Cli.cli;
import static io.github.shouldirust.support.Diagnostics.assertCleanFailure;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.shouldirust.support.Cli;
import io.github.shouldirust.support.RunResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit code 2: usage errors and bad answers, each one line on stderr naming what is allowed. */
class UsageErrorTest {
    private static final String QUESTIONS = "building, lifespan, latency, performance, safety, concurrency, "
            + "deployment, experience, rust-experience, team-languages, codebase, iteration-speed, hiring, ai-written";

    @TempDir
    Path dir;

    private static RunResult usageError(RunResult result) {
        assertCleanFailure(result, 2);
        assertThat(result.stderrLines()).hasSize(1);
        return result;
    }

    @Test
    void unknownOption() {
        var result = usageError(Cli.run("--bogus"));

        assertThat(result.stderr()).contains("'--bogus'").contains("--help");
    }

    @Test
    void unknownFormat() {
        var result = usageError(Cli.run("--format", "xml"));

        assertThat(result.stderr())
                .contains("--format")
                .contains("xml")
                .contains("text")
                .contains("json");
    }

    @Test
    void unknownFormatForQuestions() {
        var result = usageError(Cli.run("questions", "--format", "yaml"));

        assertThat(result.stderr()).contains("yaml").contains("questions --help");
    }

    @Test
    void answerWithoutAValue() {
        var result = usageError(Cli.run("-a"));

        assertThat(result.stderr()).contains("--answer");
    }

    @Test
    void unknownQuestionListsTheQuestions() {
        var result = usageError(Cli.run("-a", "speed=fast"));

        assertThat(result.stderr()).contains("unknown question 'speed'").contains(QUESTIONS);
    }

    @Test
    void badValueListsTheAllowedValues() {
        var result = usageError(Cli.run("-a", "latency=fast"));

        assertThat(result.stderr().strip())
                .isEqualTo("should-i-rust: --answer latency=fast: 'fast' is not an answer "
                        + "to 'latency' (allowed: critical, important, unimportant)");
    }

    @Test
    void answerWithoutEquals() {
        var result = usageError(Cli.run("-a", "latency"));

        assertThat(result.stderr()).contains("'latency'").contains("ID=VALUE");
    }

    @Test
    void answerWithAnEmptyId() {
        var result = usageError(Cli.run("-a", "=critical"));

        assertThat(result.stderr()).contains("ID=VALUE");
    }

    @Test
    void sameQuestionTwice() {
        var result = usageError(Cli.run("-a", "latency=critical", "-a", "latency=important"));

        assertThat(result.stderr()).contains("latency").contains("answered twice");
    }

    @Test
    void sameMultiChoiceQuestionTwiceSuggestsCommas() {
        var result = usageError(Cli.run("-a", "deployment=browser", "-a", "deployment=constrained"));

        assertThat(result.stderr()).contains("answered twice").contains("comma-separated");
    }

    @Test
    void singleChoiceQuestionWithTwoValues() {
        var result = usageError(Cli.run("-a", "latency=critical,important"));

        assertThat(result.stderr())
                .contains("'latency' takes one value, got 2")
                .contains("allowed: critical, important, unimportant");
    }

    @Test
    void exclusiveValueCombinedWithAnother() {
        var result = usageError(Cli.run("-a", "deployment=none,browser"));

        assertThat(result.stderr()).contains("'none' cannot be combined");
    }

    @Test
    void emptyValue() {
        var result = usageError(Cli.run("-a", "latency="));

        assertThat(result.stderr()).contains("allowed: critical, important, unimportant");
    }

    @Test
    void missingAnswersFile() {
        var missing = dir.resolve("missing.yaml");

        var result = usageError(Cli.run("--answers", missing.toString()));

        assertThat(result.stderr().strip()).isEqualTo("should-i-rust: " + missing + ": no such file");
    }

    @Test
    void answersFileThatIsADirectory() {
        var result = usageError(Cli.run("--answers", dir.toString()));

        assertThat(result.stderr().strip()).isEqualTo("should-i-rust: " + dir + ": is a directory, not a file");
    }

    @Test
    void malformedAnswersFileIsLocatedAtItsLineAndColumn() throws IOException {
        var file = Files.writeString(dir.resolve("answers.yaml"), "building: os\nlatency: [critical\nhiring: no\n");

        var result = usageError(Cli.run("--answers", file.toString()));

        assertThat(result.stderr())
                .startsWith("should-i-rust: " + file + ":3:7: malformed YAML: ")
                .contains("flow sequence that starts at line 2");
    }

    @Test
    void malformedJsonAnswersFileIsLocatedAtItsLineAndColumn() throws IOException {
        var file = Files.writeString(
                dir.resolve("answers.json"), "{\n  \"building\": \"os\",\n  \"latency\" \"critical\"\n}\n");

        var result = usageError(Cli.run("--answers", file.toString()));

        assertThat(result.stderr()).startsWith("should-i-rust: " + file + ":3:13: ");
    }

    @Test
    void answersFileThatIsAList() throws IOException {
        var file = Files.writeString(dir.resolve("answers.yaml"), "- building: os\n- latency: critical\n");

        var result = usageError(Cli.run("--answers", file.toString()));

        assertThat(result.stderr().strip())
                .isEqualTo("should-i-rust: " + file
                        + ":1:1: an answers file must be a mapping of question id to answer, not a list");
    }

    @Test
    void answersFileWithABadValueIsLocatedAtTheValue() throws IOException {
        var file = Files.writeString(dir.resolve("answers.yaml"), "building: os\nlatency:   fast\nhiring: \"no\"\n");

        var result = usageError(Cli.run("--answers", file.toString()));

        assertThat(result.stderr().strip())
                .isEqualTo("should-i-rust: " + file + ":2:12: 'fast' is not an answer to "
                        + "'latency' (allowed: critical, important, unimportant)");
    }

    @Test
    void answersFileWithAnUnknownQuestionIsLocatedAtTheKey() throws IOException {
        var file = Files.writeString(dir.resolve("answers.yaml"), "building: os\n  \nspeed: fast\n");

        var result = usageError(Cli.run("--answers", file.toString()));

        assertThat(result.stderr()).startsWith("should-i-rust: " + file + ":3:1: unknown question 'speed'");
    }

    @Test
    void answersFileWithAMappingAsAnAnswer() throws IOException {
        var file = Files.writeString(dir.resolve("answers.yaml"), "building:\n  kind: os\n");

        var result = usageError(Cli.run("--answers", file.toString()));

        assertThat(result.stderr())
                .startsWith("should-i-rust: " + file + ":2:3: ")
                .contains("'building'")
                .contains("must be a string, not a mapping");
    }

    @Test
    void malformedAnswersOnStdinNameStdin() {
        var result = usageError(cli().stdin("building: [os\n").execute("--answers", "-"));

        assertThat(result.stderr()).startsWith("should-i-rust: <stdin>:");
    }

    @Test
    void emptyAnswersFile() throws IOException {
        var file = Files.writeString(dir.resolve("answers.yaml"), "");

        var result = usageError(Cli.run("--answers", file.toString()));

        assertThat(result.stderr()).contains("file is empty");
    }

    @Test
    void failOnWithABadVerdict() {
        var result = usageError(Cli.run("--fail-on", "rust"));

        assertThat(result.stderr()).contains("'rust' is not a verdict").contains("use-rust, consider-rust, avoid-rust");
    }

    @Test
    void failOnWithABadVerdictInAList() {
        var result = usageError(Cli.run("--fail-on", "avoid-rust,maybe"));

        assertThat(result.stderr()).contains("'maybe' is not a verdict");
    }

    @Test
    void unknownSubcommandOrStrayArgument() {
        var result = usageError(Cli.run("advise"));

        assertThat(result.stderr()).contains("advise");
    }

    @Test
    void aMistypedOptionSuggestsTheOneMeant() {
        var result = usageError(Cli.run("--formt", "json"));

        assertThat(result.stderr()).contains("Unknown options: '--formt', 'json'; did you mean '--format'");
    }

    @Test
    void anUnknownCommandIsCalledOneAndSuggestsTheOneMeant() {
        var top = usageError(Cli.run("qestions"));
        var rules = usageError(Cli.run("rules", "chek"));

        assertThat(top.stderr())
                .isEqualTo("should-i-rust: unknown command 'qestions'; did you mean 'questions'? "
                        + "(see 'should-i-rust --help')\n");
        assertThat(rules.stderr())
                .isEqualTo("should-i-rust: unknown command 'chek'; did you mean 'check'? "
                        + "(see 'should-i-rust rules --help')\n");
    }

    @Test
    void aMistypedAnswerOrQuestionSuggestsTheOneMeant() {
        assertThat(usageError(Cli.run("-a", "latency=critcal")).stderr()).endsWith("; did you mean 'critical'?\n");
        assertThat(usageError(Cli.run("-a", "latnecy=critical")).stderr()).endsWith("; did you mean 'latency'?\n");
        assertThat(usageError(Cli.run("-a", "latency=zzz")).stderr()).doesNotContain("did you mean");
    }

    @Test
    void aSingleValuedOptionGivenTwiceTakesTheLast() {
        var result = Cli.run("-a", "building=os", "--format", "json", "--format", "text");

        assertThat(result.exitCode()).isZero();
        assertThat(result.stdout()).startsWith("Verdict:");
    }

    @Test
    void rulesAloneIsAUsageErrorWithItsUsageOnStderr() {
        var result = Cli.run("rules");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stdout()).isEmpty();
        assertThat(result.stderr()).startsWith("Usage: should-i-rust rules").contains("check", "test");
    }
}
