package io.github.shouldirust.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Answers files and the examples in a rules file read answers with one decoder, so the same YAML means
 * the same and is refused in the same words in both: the policy in {@link AnswerDecoder}'s comment.
 */
class AnswerDecoderTest {
    private static final String LAYER = "schema: 1\nid: team\nversion: '1'\nextends: why-rust\nexamples:\n";
    private static final String LATENCY = "(allowed: critical, important, unimportant)";

    @Test
    void aStringIsSplitAtCommasInAnAnswersFileAndInAnExampleAlike() throws Exception {
        var answers = "building: cli-tool\ndeployment: 'single-binary, fast-startup'\n";
        var fromFile = AnswersLoader.read(utf8(answers), "answers.yaml", RulesLoader.bundled())
                .answers();
        var fromExample = RulesLoader.load(List.of(new RulesLoader.Source(
                        "team.yaml",
                        utf8(LAYER
                                + "  - { name: mine, answers: { building: cli-tool, deployment: 'single-binary, fast-startup' }, "
                                + "verdict: use-rust }\n"))))
                .examples()
                .stream()
                .filter(e -> e.name().equals("mine"))
                .findFirst()
                .orElseThrow()
                .answers();

        assertThat(fromFile)
                .isEqualTo(Map.of(
                        "building", List.of("cli-tool"), "deployment", List.of("single-binary", "fast-startup")));
        assertThat(fromExample).isEqualTo(fromFile);
    }

    @Test
    void anAnswersFileReportsEveryBadAnswerInFileOrder() throws Exception {
        var rules = RulesLoader.bundled();
        var answers = utf8("latency: fast\nname: ''\ndeployment: moon\n");

        assertThatThrownBy(() -> AnswersLoader.read(answers, "a.yaml", rules))
                .isInstanceOfSatisfying(
                        LoadException.class,
                        e -> assertThat(e.problems())
                                .map(FileProblem::toString)
                                .containsExactly(
                                        "a.yaml:1:10: 'fast' is not an answer to 'latency' " + LATENCY,
                                        "a.yaml:2:7: name: expected whose answers these are, as text (e.g. name: Ana)",
                                        "a.yaml:3:13: 'moon' is not an answer to 'deployment' (allowed: constrained, "
                                                + "single-binary, fast-startup, cross-platform, browser, none)"));
    }

    @Test
    void answersForOtherRulesAreRefusedForThatAlone() throws Exception {
        var rules = RulesLoader.bundled();

        assertThatThrownBy(() -> AnswersLoader.read(utf8("platform: edge\nrules: acme-policy\n"), "a.yaml", rules))
                .isInstanceOfSatisfying(
                        LoadException.class,
                        e -> assertThat(e.problems())
                                .map(FileProblem::toString)
                                .containsExactly(
                                        "a.yaml:2:8: these answers are for the rules 'acme-policy', not why-rust "
                                                + "1.0.0; give those rules with --rules"));
    }

    @Test
    void anExampleReportsEachBadAnswerOnceInTheWordsOfAnAnswersFile() {
        var problems = RulesLoader.check(
                utf8(
                        LAYER
                                + "  - { name: a, answers: { building: cli-tool, latency: '' }, verdict: use-rust }\n"
                                + "  - { name: b, answers: { building: cli-tool, latency: { level: critical } }, verdict: use-rust }\n"
                                + "  - { name: c, answers: { building: cli-tool, speed: { level: fast } }, verdict: use-rust }\n"),
                "team.yaml");

        assertThat(problems)
                .map(FileProblem::toString)
                .containsExactly(
                        "team.yaml:6:56: the answer to 'latency' is empty " + LATENCY,
                        "team.yaml:7:56: the answer to 'latency' must be a string, not a mapping " + LATENCY,
                        "team.yaml:8:47: unknown question 'speed' (questions: building, lifespan, latency, performance, "
                                + "safety, concurrency, deployment, experience, rust-experience, team-languages, codebase, "
                                + "iteration-speed, hiring, ai-written)");
    }

    @Test
    void aMappingForAMultiChoiceQuestionIsToldThatAListWouldDo() {
        var problems = RulesLoader.check(
                utf8(
                        LAYER
                                + "  - { name: a, answers: { building: cli-tool, deployment: { a: b } }, verdict: use-rust }\n"),
                "team.yaml");

        assertThat(problems)
                .map(FileProblem::toString)
                .singleElement()
                .asString()
                .startsWith("team.yaml:6:59: the answer to 'deployment' must be a string or a list of strings, "
                        + "not a mapping (allowed: ");
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
