package io.github.shouldirust.cli;

import static io.github.shouldirust.support.Cli.cli;
import static io.github.shouldirust.support.Diagnostics.assertCleanFailure;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.shouldirust.support.Cli;
import io.github.shouldirust.support.RunResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

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

    /** Arguments that are a usage error, and what its one line on stderr must say. */
    static Stream<Arguments> usageErrors() {
        return Stream.of(
                usage("an unknown option", "--bogus", "'--bogus'", "--help"),
                usage("an unknown format", "--format xml", "--format", "xml", "text", "json"),
                usage("an unknown format for questions", "questions --format yaml", "yaml", "questions --help"),
                usage("--answer without a value", "-a", "--answer"),
                usage(
                        "an unknown question, with the questions listed",
                        "-a speed=fast",
                        "unknown question 'speed'",
                        QUESTIONS),
                usage("an answer without =", "-a latency", "'latency'", "ID=VALUE"),
                usage("an answer with an empty id", "-a =critical", "ID=VALUE"),
                usage(
                        "the same question twice",
                        "-a latency=critical -a latency=important",
                        "latency",
                        "answered twice"),
                usage(
                        "the same multi-choice question twice suggests commas",
                        "-a deployment=browser -a deployment=constrained",
                        "answered twice",
                        "comma-separated"),
                usage(
                        "a single-choice question with two values",
                        "-a latency=critical,important",
                        "'latency' takes one value, got 2",
                        "allowed: critical, important, unimportant"),
                usage(
                        "an exclusive value combined with another",
                        "-a deployment=none,browser",
                        "'none' cannot be combined"),
                usage("an empty value", "-a latency=", "allowed: critical, important, unimportant"),
                usage(
                        "--fail-on with a bad verdict",
                        "--fail-on rust",
                        "'rust' is not a verdict",
                        "use-rust, consider-rust, avoid-rust"),
                usage(
                        "--fail-on with a bad verdict in a list",
                        "--fail-on avoid-rust,maybe",
                        "'maybe' is not a verdict"),
                usage("an unknown subcommand or stray argument", "advise", "advise"),
                usage(
                        "a mistyped option suggests the one meant",
                        "--formt json",
                        "Unknown options: '--formt', 'json'; did you mean '--format'"));
    }

    /** @param commandLine the arguments, split at each space */
    private static Arguments usage(String error, String commandLine, String... said) {
        return Arguments.of(error, List.of(commandLine.split(" ")), List.of(said));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("usageErrors")
    void aUsageErrorIsOneLineThatSaysWhatIsWrong(String error, List<String> args, List<String> said) {
        var result = usageError(Cli.run(args.toArray(String[]::new)));

        assertThat(result.stderr()).contains(said);
    }

    @Test
    void badValueListsTheAllowedValues() {
        var result = usageError(Cli.run("-a", "latency=fast"));

        assertThat(result.stderr().strip())
                .isEqualTo("should-i-rust: --answer latency=fast: 'fast' is not an answer "
                        + "to 'latency' (allowed: critical, important, unimportant)");
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
