package io.github.shouldirust.cli;

import static io.github.shouldirust.support.Diagnostics.assertCleanFailure;
import static io.github.shouldirust.support.Diagnostics.assertNoStackTrace;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.shouldirust.support.Cli;
import io.github.shouldirust.support.TinyRulesFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Exit code 3 for a bad {@code cap} or {@code picks} on a rule, both from {@code rules check FILE} and from
 * a run with {@code --rules FILE}: one problem, as {@code FILE:LINE:COLUMN: message}, and no stack trace.
 * Each case adds one line to the only rule of src/test/resources/rules/tiny.yaml, after its line 32, so
 * every problem is on line 33 (tiny.yaml knows the languages rust and go).
 */
class BadCapTest {
    @TempDir
    Path dir;

    /** One bad line for the rule, and the one problem it must give: where, and what. */
    record Fault(String name, String line, String location, String message) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final String LIMITS_NOTHING =
            "rule 1 'cap' limits nothing: give 'at-most' (consider-rust or " + "avoid-rust), 'languages', or both";

    static Stream<Fault> faults() {
        return Stream.of(
                new Fault("cap is a number", "    cap: 3", "33:10", "rule 1 'cap' must be a mapping, not an integer"),
                new Fault("cap is a list", "    cap: [a]", "33:10", "rule 1 'cap' must be a mapping, not a list"),
                new Fault("empty cap", "    cap: {}", "33:10", LIMITS_NOTHING),
                new Fault(
                        "cap with an empty list of languages only",
                        "    cap: { languages: [] }",
                        "33:10",
                        LIMITS_NOTHING),
                new Fault(
                        "unknown key in a cap",
                        "    cap: { at-most: avoid-rust, colour: red }",
                        "33:33",
                        "unknown key 'colour' in rule 1 'cap' (known: at-most, languages)"),
                new Fault(
                        "cap at use-rust",
                        "    cap: { at-most: use-rust }",
                        "33:21",
                        "'use-rust' is not a cap for rule 1 (allowed: consider-rust, avoid-rust)"),
                new Fault(
                        "cap at an unknown verdict",
                        "    cap: { at-most: maybe }",
                        "33:21",
                        "'maybe' is not a cap for rule 1 (allowed: consider-rust, avoid-rust)"),
                new Fault(
                        "cap's languages as a mapping",
                        "    cap: { languages: { go: 1 } }",
                        "33:23",
                        "rule 1 'cap' 'languages' must be a list of strings, not a mapping"),
                new Fault(
                        "unknown language in a cap",
                        "    cap: { at-most: avoid-rust, languages: [go, cobol] }",
                        "33:49",
                        "unknown language 'cobol' (languages: rust, go)"),
                new Fault(
                        "rust in a cap's languages",
                        "    cap: { at-most: avoid-rust, languages: [go, rust] }",
                        "33:49",
                        "Rust is not an alternative to itself; name other languages here"),
                new Fault(
                        "picks is a list", "    picks: [go]", "33:12", "rule 1 'picks' must be a mapping, not a list"),
                new Fault(
                        "unknown key in picks",
                        "    picks: { team: [go], friends: [go] }",
                        "33:26",
                        "unknown key 'friends' in rule 1 'picks' (known: essay, team)"),
                new Fault(
                        "unknown language in picks",
                        "    picks: { essay: [cobol] }",
                        "33:22",
                        "unknown language 'cobol' (languages: rust, go)"),
                new Fault(
                        "rust in picks",
                        "    picks: { team: [rust] }",
                        "33:21",
                        "Rust is not an alternative to itself; name other languages here"));
    }

    /** tiny.yaml with {@code line} added to its rule, after line 32. */
    private Path rulesWith(String line) throws IOException {
        return TinyRulesFile.withLine(dir, 32, "    claims: [fast]", "    claims: [fast]\n" + line);
    }

    /** {@code rules check FILE}: the one problem and the count on stdout, nothing on stderr, exit 3. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    void rulesCheckReportsTheOneProblemAtItsLineAndColumn(Fault fault) throws IOException {
        var file = rulesWith(fault.line());

        var result = Cli.run("rules", "check", file.toString());

        assertThat(result.exitCode()).as("exit code of %s", result).isEqualTo(3);
        assertThat(result.stdout().lines())
                .as("%s", result)
                .containsExactly(file + ":" + fault.location() + ": " + fault.message(), file + ": 1 error");
        assertThat(result.stderr()).isEmpty();
        assertNoStackTrace(result.stdout());
    }

    /** {@code --rules FILE}: the one problem on stderr, nothing on stdout, exit 3, no verdict. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    void aRunWithTheRulesReportsTheOneProblemAndStops(Fault fault) throws IOException {
        var file = rulesWith(fault.line());

        var result = Cli.run("--rules", file.toString(), "-a", "speed=fast");

        assertCleanFailure(result, 3);
        assertThat(result.stderrLines())
                .containsExactly("should-i-rust: " + file + ":" + fault.location() + ": " + fault.message());
    }

    /** The good forms are read: a cap to consider-rust holds tiny's use-rust score (+7) down. */
    @Test
    void aWellFormedCapAndPicksAreReadAndApplied() throws IOException {
        var file = rulesWith(
                "    cap: { at-most: consider-rust, languages: [go] }\n" + "    picks: { team: [go], essay: [go] }");

        var result = Cli.run("--rules", file.toString(), "-a", "speed=fast", "--format", "json");

        assertThat(result.exitCode()).as("%s", result).isZero();
        assertThat(result.stderr()).isEmpty();
        assertThat(result.stdout())
                .contains(
                        "\"verdict\": \"consider-rust\"",
                        "\"scoreVerdict\": \"use-rust\"",
                        "\"capped\": true",
                        "\"atMost\": \"consider-rust\"");
    }
}
