package io.github.shouldirust.cli;

import static io.github.shouldirust.support.CheckedRulesFile.Edit.insertAfter;
import static io.github.shouldirust.support.CheckedRulesFile.Edit.replace;
import static io.github.shouldirust.support.Diagnostics.assertNoStackTrace;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.shouldirust.support.CheckedRulesFile;
import io.github.shouldirust.support.CheckedRulesFile.Edit;
import io.github.shouldirust.support.Cli;
import io.github.shouldirust.support.RunResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code rules check} (issue 5): a catalogue of broken rules files, one fault each, made by changing one
 * line of src/test/resources/rules/checked.yaml (or adding lines). Each must give exactly the expected
 * {@code FILE:LINE:COLUMN: message} lines on stdout, then the summary, exit 3 and no stack trace.
 * Edit line numbers are those of checked.yaml; expected locations are those of the file written.
 */
class RulesCheckCatalogueTest {
    @TempDir
    Path dir;

    /** One broken file: how to break checked.yaml, and every line {@code rules check} must print for it. */
    record Fault(String name, List<Edit> edits, List<String> expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Fault fault(String name, Edit edit, String... expected) {
        return new Fault(name, List.of(edit), List.of(expected));
    }

    private static Fault fault(String name, List<Edit> edits, String... expected) {
        return new Fault(name, edits, List.of(expected));
    }

    /** A rule that adds lines 58-62 after the last rule (line 57), citing claim speed. */
    private static Edit addedRule(String id, String when, String score) {
        return insertAfter(
                57,
                "    claims: [speed]",
                "  - id: " + id,
                "    when: " + when,
                "    score: " + score,
                "    text: \"Added.\"",
                "    claims: [speed]");
    }

    static Stream<Fault> catalogue() {
        return Stream.of(
                // YAML itself
                fault(
                        "YAML syntax error",
                        replace(9, "    section: Speed", "    section: Speed: fast"),
                        "9:19: malformed YAML: mapping values are not allowed here"),
                fault(
                        "tab indentation",
                        replace(43, "    score: 5", "\tscore: 5"),
                        "43:1: malformed YAML: found character '\\t(TAB)' that cannot start any token. "
                                + "(Do not use \\t(TAB) for indentation) (while scanning for the next token)"),
                // unknown keys
                fault(
                        "unknown top-level key",
                        replace(5, "source: checked.txt", "sauce: checked.txt"),
                        "5:1: unknown key 'sauce' in the rules file (known: claims, examples, extends, id, languages, "
                                + "questions, rules, schema, source, title, verdicts, version)"),
                fault(
                        "unknown key in a claim",
                        insertAfter(10, "    statement: \"Rust is fast.\"", "    note: hi"),
                        "11:5: unknown key 'note' in a claim (known: evidence, id, kind, section, statement)"),
                fault(
                        "unknown key in a question",
                        insertAfter(26, "    help: \"Tail latency.\"", "    hint: x"),
                        "27:5: unknown key 'hint' in a question (known: default, fixed, help, id, options, prompt, "
                                + "rust-favours, type)"),
                fault(
                        "unknown key in an option",
                        replace(
                                29,
                                "      - { value: critical, label: Critical }",
                                "      - { value: critical, label: Critical, colour: red }"),
                        "29:45: unknown key 'colour' in an option (known: exclusive, label, value)"),
                fault(
                        "unknown key in a rule",
                        insertAfter(45, "    text: \"Critical latency favours Rust.\"", "    note: x"),
                        "46:5: unknown key 'note' in a rule (known: cap, claims, id, languages, picks, score, text, when)"),
                fault(
                        "unknown key in an example",
                        insertAfter(65, "    language: rust", "    comment: x"),
                        "66:5: unknown key 'comment' in an example (known: answers, language, name, verdict)"),
                // duplicate keys
                fault(
                        "duplicate top-level key",
                        insertAfter(69, "    language: go", "title: again"),
                        "70:1: duplicate key 'title' (first at line 4)"),
                fault(
                        "duplicate key inside a rule",
                        insertAfter(45, "    text: \"Critical latency favours Rust.\"", "    score: 6"),
                        "46:5: duplicate key 'score' (first at line 43)"),
                fault(
                        "two duplicate keys, both reported",
                        List.of(
                                insertAfter(45, "    text: \"Critical latency favours Rust.\"", "    score: 6"),
                                insertAfter(60, "  consider-rust: 0", "  use-rust: 7")),
                        "46:5: duplicate key 'score' (first at line 43)",
                        "62:3: duplicate key 'use-rust' (first at line 60)"),
                // types and required fields
                fault(
                        "score is a string",
                        replace(43, "    score: 5", "    score: lots"),
                        "43:12: rule 1 'score' must be an integer, not a string"),
                fault(
                        "claims is a mapping",
                        replace(46, "    claims: [speed]", "    claims: { speed: yes }"),
                        "46:13: rule 1 'claims' must be a list of strings, not a mapping"),
                fault(
                        "rule without text",
                        replace(45, "    text: \"Critical latency favours Rust.\"", "    # no text"),
                        "41:5: rule 1 has no 'text'"),
                fault(
                        "question without prompt",
                        replace(25, "    prompt: \"How much does latency matter?\"", "    # no prompt"),
                        "23:5: question 1 has no 'prompt'"),
                fault(
                        "unknown claim kind",
                        replace(8, "    kind: strength", "    kind: strenght"),
                        "8:11: unknown claim kind 'strenght' (allowed: strength, weakness, domain, comparison, "
                                + "evidence)"),
                fault(
                        "score out of range",
                        replace(43, "    score: 5", "    score: 5000"),
                        "43:12: score 5000 is out of range (-1000 to 1000)"),
                // references
                fault(
                        "unknown question in a condition, at its name",
                        replace(42, "    when: { latency: critical }", "    when: { latncy: critical }"),
                        "42:13: unknown question 'latncy' (questions: latency, deployment); did you mean 'latency'?"),
                fault(
                        "unknown option value in a condition",
                        replace(42, "    when: { latency: critical }", "    when: { latency: critcal }"),
                        "42:22: 'critcal' is not an option of 'latency' (allowed: critical, important, unimportant)"),
                fault(
                        "unknown claim cited",
                        replace(46, "    claims: [speed]", "    claims: [sped]"),
                        "46:14: unknown claim 'sped'"),
                fault(
                        "unknown language in a rule, at its name",
                        replace(44, "    languages: { go: -1 }", "    languages: { go: -1, cobol: 2 }"),
                        "44:26: unknown language 'cobol' (languages: rust, go)"),
                fault(
                        "duplicate rule id",
                        replace(53, "  - id: embedded", "  - id: critical-latency"),
                        "53:9: duplicate rule id 'critical-latency'"),
                // conditions
                fault(
                        "condition with two keys",
                        replace(
                                42,
                                "    when: { latency: critical }",
                                "    when: { latency: critical, deployment: embedded }"),
                        "42:11: a condition has exactly one key (all, any, not or a question id), found latency, "
                                + "deployment; combine them with 'all'"),
                fault(
                        "empty all",
                        replace(42, "    when: { latency: critical }", "    when: { all: [] }"),
                        "42:18: 'all' needs at least one condition"),
                // analyses
                fault(
                        "rule that can never fire: two values of a single-choice question",
                        addedRule("impossible", "{ all: [ { latency: critical }, { latency: important } ] }", "1"),
                        "59:11: rule 'impossible' can never fire: no answers satisfy its condition"),
                fault(
                        "rule that can never fire: an exclusive option with another",
                        addedRule("impossible", "{ all: [ { deployment: none }, { deployment: embedded } ] }", "1"),
                        "59:11: rule 'impossible' can never fire: no answers satisfy its condition"),
                fault(
                        "two rules that contradict",
                        addedRule("not-embedded", "{ deployment: embedded }", "-1"),
                        "59:11: rule 'not-embedded' contradicts rule 'embedded': they fire on exactly the same "
                                + "answers with opposite effects (+3, -1)"),
                fault(
                        "use-rust unreachable",
                        replace(59, "  use-rust: 6", "  use-rust: 9"),
                        "59:13: no answers reach use-rust: the highest possible score is +8, below +9"),
                fault(
                        "avoid-rust unreachable",
                        replace(60, "  consider-rust: 0", "  consider-rust: -5"),
                        "60:18: no answers give avoid-rust: the lowest possible score is -4, not below -5"),
                fault(
                        "rule against rust-favours",
                        replace(42, "    when: { latency: critical }", "    when: { latency: important }"),
                        "42:11: rule 'critical-latency' (+5) goes against the scale of 'latency': moving it toward "
                                + "critical, which favours Rust, can stop it firing"),
                // examples
                fault(
                        "example with an unknown verdict",
                        replace(64, "    verdict: use-rust", "    verdict: use-rustt"),
                        "64:14: unknown verdict 'use-rustt' (allowed: use-rust, consider-rust, avoid-rust)"),
                fault(
                        "example answer with an unknown value",
                        replace(
                                63,
                                "    answers: { latency: critical, deployment: embedded }",
                                "    answers: { latency: critical, deployment: embeded }"),
                        "63:47: 'embeded' is not an answer to 'deployment' (allowed: embedded, browser, none); "
                                + "did you mean 'embedded'?"));
    }

    private static RunResult check(Path... files) {
        var args = new ArrayList<>(List.of("rules", "check"));
        for (var file : files) {
            args.add(file.toString());
        }
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void theCatalogueHoldsAtLeastTwentyFourFaults() {
        assertThat(catalogue().count()).isGreaterThanOrEqualTo(24);
    }

    @Test
    void theUnbrokenFileIsOk() throws IOException {
        var file = CheckedRulesFile.write(dir, "checked.yaml");

        var result = check(file);

        assertThat(result.exitCode()).as("%s", result).isZero();
        assertThat(result.stdout().lines()).containsExactly(file + ": ok");
        assertThat(result.stderr()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void eachFaultIsReportedExactly(Fault fault) throws IOException {
        var file = CheckedRulesFile.write(dir, "rules.yaml", fault.edits());

        var result = check(file);

        assertThat(result.exitCode()).as("exit code of %s", result).isEqualTo(3);
        var expected = new ArrayList<String>();
        fault.expected().forEach(line -> expected.add(file + ":" + line));
        var errors = fault.expected().size();
        expected.add(file + ": " + errors + " error" + (errors == 1 ? "" : "s"));
        assertThat(result.stdout().lines()).as("%s", result).containsExactlyElementsOf(expected);
        assertThat(result.stderr()).isEmpty();
        assertNoStackTrace(result.stdout());
    }

    @Test
    void anUnusedClaimIsAWarning() throws IOException {
        var file = CheckedRulesFile.write(
                dir,
                "rules.yaml",
                insertAfter(
                        14,
                        "    statement: \"Rust builds slowly.\"",
                        "  - id: lonely",
                        "    kind: strength",
                        "    section: Nowhere",
                        "    statement: \"Nobody cites this.\""));

        var result = check(file);

        assertThat(result.exitCode()).as("%s", result).isZero();
        assertThat(result.stdout().lines())
                .containsExactly(
                        file
                                + ":15:9: warning: claim 'lonely' is never cited by a rule or a language, nor listed as evidence",
                        file + ": ok, 1 warning");
        assertThat(result.stderr()).isEmpty();
    }

    @Test
    void anUnusedQuestionIsAWarning() throws IOException {
        var file = CheckedRulesFile.write(
                dir,
                "rules.yaml",
                insertAfter(
                        39,
                        "      - { value: none, label: None of these, exclusive: true }",
                        "  - id: idle",
                        "    type: single",
                        "    prompt: \"Idle?\"",
                        "    help: \"Unused.\"",
                        "    options:",
                        "      - { value: yes, label: Yes }"));

        var result = check(file);

        assertThat(result.exitCode()).as("%s", result).isZero();
        assertThat(result.stdout().lines())
                .containsExactly(
                        file + ":40:9: warning: question 'idle' is never used by a rule", file + ": ok, 1 warning");
    }

    @Test
    void theBundledRulesAreOk() {
        var result = Cli.run("rules", "check");

        assertThat(result.exitCode()).as("%s", result).isZero();
        assertThat(result.stdout().lines()).containsExactly("rules/rust.yaml: ok");
        assertThat(result.stderr()).isEmpty();
    }

    @Test
    void severalFilesAreEachReported() throws IOException {
        var good = CheckedRulesFile.write(dir, "good.yaml");
        var bad = CheckedRulesFile.write(dir, "bad.yaml", replace(43, "    score: 5", "    score: lots"));
        var unreachable =
                CheckedRulesFile.write(dir, "unreachable.yaml", replace(59, "  use-rust: 6", "  use-rust: 9"));

        var result = check(good, bad, unreachable);

        assertThat(result.exitCode()).as("%s", result).isEqualTo(3);
        assertThat(result.stdout().lines())
                .containsExactly(
                        good + ": ok",
                        bad + ":43:12: rule 1 'score' must be an integer, not a string",
                        bad + ": 1 error",
                        unreachable + ":59:13: no answers reach use-rust: the highest possible score is +8, below +9",
                        unreachable + ": 1 error");
        assertThat(result.stderr()).isEmpty();
    }

    @Test
    void goodFilesTogetherExitZero() throws IOException {
        var result = check(CheckedRulesFile.write(dir, "one.yaml"), CheckedRulesFile.write(dir, "two.yaml"));

        assertThat(result.exitCode()).as("%s", result).isZero();
        assertThat(result.stdout().lines())
                .hasSize(2)
                .allSatisfy(line -> assertThat(line).endsWith(".yaml: ok"));
    }

    @Test
    void aMissingFileIsAnError() {
        var missing = dir.resolve("missing.yaml");

        var result = check(missing);

        assertThat(result.exitCode()).as("%s", result).isEqualTo(3);
        assertThat(result.stdout().lines()).containsExactly(missing + ": no such file", missing + ": 1 error");
    }

    /**
     * The issue asks for every problem, not only the first; RulesLoader.parse(..., everyProblem=true) says it
     * reports duplicate keys "together with every other problem". A duplicate key must not hide an unknown
     * claim elsewhere in the file.
     */
    @Test
    void aDuplicateKeyDoesNotHideAnUnknownClaim() throws IOException {
        var file = CheckedRulesFile.write(
                dir,
                "rules.yaml",
                insertAfter(45, "    text: \"Critical latency favours Rust.\"", "    score: 6"),
                replace(52, "    claims: [slow-build]", "    claims: [sped]"));

        var result = check(file);

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.stdout().lines())
                .containsExactly(
                        file + ":46:5: duplicate key 'score' (first at line 43)",
                        file + ":53:14: unknown claim 'sped'",
                        file + ": 2 errors");
    }
}
