package io.github.shouldirust.cli;

import static io.github.shouldirust.cli.AdviseCommandTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.shouldirust.load.RulesLoader;
import io.github.shouldirust.support.Cli;
import java.io.IOException;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;

/** Issue 4 through the command line: what-if, open questions, alternatives here, trace, decision record. */
class ExplainTest {
    private static final String[] SERVICE = {"-a", "building=network-service", "-a", "lifespan=years"};

    private static String[] with(String... more) {
        var args = new ArrayList<>(java.util.List.of(SERVICE));
        args.addAll(java.util.List.of(more));
        return args.toArray(String[]::new);
    }

    @Test
    void jsonSaysWhatWouldChangeTheVerdict() throws IOException {
        var json = parse(Cli.run(with("--format", "json")));

        assertThat(json.get("verdict").asText()).isEqualTo("consider-rust");
        assertThat(json.get("whatIf")).isNotEmpty().allSatisfy(w -> {
            assertThat(w.get("changes").size()).isBetween(1, 2);
            assertThat(w.get("verdict").asText()).isIn("use-rust", "avoid-rust");
        });
        assertThat(json.get("whatIf").toString())
                .contains("{\"changes\":{\"latency\":\"critical\"},\"verdict\":\"use-rust\"");
    }

    @Test
    void jsonRatesEveryOpenQuestion() throws IOException {
        var json = parse(Cli.run(with("--format", "json")));

        assertThat(json.get("openQuestions")).hasSize(json.get("unanswered").size());
        assertThat(json.get("openQuestions").get(0).fieldNames())
                .toIterable()
                .containsExactly("question", "minScore", "maxScore", "verdicts", "couldChangeVerdict");
    }

    @Test
    void textSaysWhichOpenQuestionsCouldChangeTheVerdict() {
        var result = Cli.run(with("--full"));

        assertThat(result.stdout())
                .contains(
                        "What would change the verdict:",
                        "use-rust if latency were critical",
                        "answering latency could change the verdict (to use-rust)");
    }

    @Test
    void alternativesAreTiedToTheAnswers() throws IOException {
        var json =
                parse(Cli.run("-a", "building=network-service", "-a", "iteration-speed=critical", "--format", "json"));
        var go = json.get("alternatives").get(0);

        assertThat(go.get("language").asText()).isEqualTo("go");
        assertThat(go.get("theyWinHere").toString()).contains("\"because\":{\"iteration-speed\":\"critical\"}");
        assertThat(Cli.run("-a", "building=network-service", "-a", "iteration-speed=critical", "--full")
                        .stdout())
                .contains("Go wins on: Go is quicker to write productively")
                .containsPattern("Matters here: iteration-speed=critical");
    }

    @Test
    void explainTracesEveryRuleFiredOrNot() throws Exception {
        var json = parse(Cli.run(with("--format", "json", "--explain")));
        var rules = RulesLoader.bundled().rules();

        assertThat(json.get("trace")).hasSize(rules.size());
        assertThat(json.get("trace").get(0).get("rule").asText())
                .isEqualTo(rules.get(0).id());
        assertThat(json.get("trace"))
                .anyMatch(t -> t.get("fired").asBoolean())
                .anyMatch(t -> !t.get("fired").asBoolean());
        assertThat(parse(Cli.run(with("--format", "json"))).has("trace")).isFalse();
    }

    @Test
    void explainInTextShowsWhichConditionsHeld() {
        var text = Cli.run(with("--explain")).stdout();

        assertThat(text)
                .contains("Trace: every rule, in file order")
                .containsPattern("fired +\\+3 build-network-service building is network-service \\(yes\\)")
                .containsPattern("- +\\+4 build-database building is database \\(no: network-service\\)");
    }

    @Test
    void markdownIsADecisionRecordInTheMadrLayout() {
        var result = Cli.run(with("--format", "markdown"));

        assertThat(result.exitCode()).isZero();
        assertThat(result.stdout())
                .startsWith("---\nstatus: proposed\n")
                .contains("\n# Consider Rust for a network service")
                .contains(
                        "## Context and Problem Statement",
                        "## Decision Drivers",
                        "## Considered Options",
                        "## Decision Outcome",
                        "### Consequences",
                        "## Pros and Cons of the Options",
                        "## More Information",
                        "Chosen option: \"Rust\"",
                        "* Good, because ");
    }

    @Test
    void questionsHaveNoMarkdownFormat() {
        var result = Cli.run("questions", "--format", "markdown");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stderr()).contains("expected one of [text, json]");
    }
}
