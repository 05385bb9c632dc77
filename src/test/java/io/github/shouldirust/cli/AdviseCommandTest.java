package io.github.shouldirust.cli;

import static io.github.shouldirust.support.Cli.cli;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.shouldirust.support.Cli;
import io.github.shouldirust.support.RunResult;
import io.github.shouldirust.support.TinyRulesFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Successful runs through ShouldIRust.run: exit 0, the result on stdout, nothing on stderr. */
class AdviseCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

    @TempDir
    Path dir;

    static JsonNode parse(RunResult result) throws IOException {
        assertThat(result.exitCode()).as("%s", result).isZero();
        assertThat(result.stderr()).isEmpty();
        return JSON.readTree(result.stdout());
    }

    @Test
    void textOutputLeadsWithTheVerdictAndLanguage() {
        var result = Cli.run("-a", "building=script", "-a", "lifespan=run-once");

        assertThat(result.exitCode()).isZero();
        assertThat(result.stderr()).isEmpty();
        assertThat(result.stdout().lines().toList())
                .first()
                .asString()
                .startsWith("Verdict:")
                .contains("avoid-rust");
        assertThat(result.stdout()).containsPattern("(?m)^Language: +(Bash|Python)$");
    }

    @Test
    void textOutputListsUnansweredQuestions() {
        var result = Cli.run("-a", "building=os", "--full");

        assertThat(result.stdout()).contains("Unanswered");
        var unanswered = result.stdout().substring(result.stdout().indexOf("Unanswered"));
        for (var question : List.of(
                "lifespan",
                "latency",
                "performance",
                "safety",
                "concurrency",
                "deployment",
                "experience",
                "rust-experience",
                "team-languages",
                "codebase",
                "iteration-speed",
                "hiring",
                "ai-written")) {
            assertThat(unanswered).contains(question);
        }
    }

    @Test
    void jsonOutputHasEveryDocumentedField() throws IOException {
        var json = parse(Cli.run(
                "--format",
                "json",
                "-a",
                "building=network-service",
                "-a",
                "latency=critical",
                "-a",
                "lifespan=years",
                "-a",
                "deployment=single-binary,fast-startup"));

        assertThat(json.get("schemaVersion").isInt()).isTrue();
        assertThat(json.get("verdict").asText()).isEqualTo("use-rust");
        assertThat(json.get("score").isInt()).isTrue();
        assertThat(json.get("confidence").isNumber()).isTrue();
        assertThat(json.get("confidence").asDouble()).isBetween(0.0, 1.0);
        assertThat(json.at("/recommendation/language").asText()).isEqualTo("rust");
        assertThat(json.get("alternatives").isArray()).isTrue();
        assertThat(json.get("alternatives")).isNotEmpty().allSatisfy(alternative -> {
            assertThat(alternative.get("language").isTextual()).isTrue();
            assertThat(alternative.get("rustWinsOn").isArray()).isTrue(); // empty for Bash and Dart: no table row
            assertThat(alternative.get("theyWinOn")).isNotEmpty();
            assertThat(alternative.get("allowed").isBoolean()).isTrue();
        });
        assertThat(json.get("verdict").asText())
                .isEqualTo(json.get("scoreVerdict").asText());
        assertThat(json.get("capped").asBoolean()).isFalse();
        assertThat(json.get("limits").isArray()).isTrue();
        assertThat(json.at("/recommendation/decidedBy").asText()).isEqualTo("verdict");
        assertThat(json.get("reasons")).isNotEmpty().allSatisfy(reason -> {
            assertThat(reason.get("rule").isTextual()).isTrue();
            assertThat(reason.get("effect").isInt()).isTrue();
            assertThat(reason.get("text").asText()).isNotBlank();
            assertThat(reason.get("claims")).isNotEmpty();
        });
        assertThat(json.get("claims").isObject()).isTrue();
        assertThat(json.get("answers").get("building").asText()).isEqualTo("network-service");
        assertThat(json.get("answers").get("deployment").isArray()).isTrue();
        assertThat(json.get("unanswered").isArray()).isTrue();
    }

    @Test
    void jsonScoreIsTheSumOfTheReasonsEffects() throws IOException {
        var json = parse(
                Cli.run("--format", "json", "-a", "building=embedded", "-a", "safety=critical", "-a", "hiring=yes"));

        int sum = 0;
        for (var reason : json.get("reasons")) {
            sum += reason.get("effect").asInt();
        }
        assertThat(json.get("score").asInt()).isEqualTo(sum);
    }

    @Test
    void jsonClaimsExplainEveryClaimTheReasonsCite() throws IOException {
        var json = parse(Cli.run("--format", "json", "-a", "building=os", "-a", "concurrency=heavy"));

        for (var reason : json.get("reasons")) {
            for (var claim : reason.get("claims")) {
                assertThat(json.get("claims").has(claim.asText()))
                        .as("claims has %s", claim)
                        .isTrue();
                assertThat(json.get("claims")
                                .get(claim.asText())
                                .get("statement")
                                .asText())
                        .isNotBlank();
            }
        }
    }

    @Test
    void jsonAnswersAndUnansweredTogetherCoverEveryQuestionOnce() throws IOException {
        var json = parse(Cli.run("--format", "json", "-a", "hiring=no", "-a", "building=wasm"));
        var questions = parse(Cli.run("questions", "--format", "json")).get("questions");

        var covered = new ArrayList<String>();
        json.get("answers").fieldNames().forEachRemaining(covered::add);
        json.get("unanswered").forEach(id -> covered.add(id.asText()));
        var ids = new ArrayList<String>();
        questions.forEach(question -> ids.add(question.get("id").asText()));

        assertThat(covered).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(json.get("answers").fieldNames()).toIterable().containsExactly("building", "hiring");
    }

    @Test
    void questionsJsonListsIdsTypesAndOptions() throws IOException {
        var questions = parse(Cli.run("questions", "--format", "json")).get("questions");

        assertThat(questions).isNotEmpty().allSatisfy(question -> {
            assertThat(question.get("id").asText()).isNotBlank();
            assertThat(question.get("type").asText()).isIn("single", "multi");
            assertThat(question.get("options")).isNotEmpty();
        });
    }

    @Test
    void answersFromStdinAsYaml() throws IOException {
        var json = parse(
                cli().stdin("building: mobile-app\nlifespan: years\n").execute("--answers", "-", "--format", "json"));

        assertThat(json.get("verdict").asText()).isEqualTo("avoid-rust");
        assertThat(json.get("answers").get("lifespan").asText()).isEqualTo("years");
    }

    @Test
    void answersFromStdinAsJson() throws IOException {
        var json =
                parse(cli().stdin("{\"building\": \"cli-tool\", \"deployment\": [\"fast-startup\", \"single-binary\"]}")
                        .execute("--answers", "-", "--format", "json"));

        assertThat(json.get("answers").get("building").asText()).isEqualTo("cli-tool");
        assertThat(json.get("answers").get("deployment"))
                .extracting(JsonNode::asText)
                .containsExactly("single-binary", "fast-startup");
    }

    @Test
    void answersFileAcceptsCommaSeparatedValuesAndNullForUnanswered() throws IOException {
        var file = Files.writeString(
                dir.resolve("answers.yaml"),
                "building: cli-tool\ndeployment: fast-startup, single-binary\nlatency: null\n");

        var json = parse(Cli.run("--answers", file.toString(), "--format", "json"));

        assertThat(json.get("answers").get("deployment"))
                .extracting(JsonNode::asText)
                .containsExactly("single-binary", "fast-startup");
        assertThat(json.get("unanswered")).extracting(JsonNode::asText).contains("latency");
    }

    @Test
    void flagsOverrideTheAnswersFile() throws IOException {
        var file = Files.writeString(dir.resolve("answers.yaml"), "building: script\nlifespan: years\n");

        var json = parse(Cli.run("--answers", file.toString(), "-a", "building=network-service", "--format", "json"));

        assertThat(json.get("answers").get("building").asText()).isEqualTo("network-service");
        assertThat(json.get("answers").get("lifespan").asText()).isEqualTo("years");
    }

    @Test
    void aRunWithoutAnswersFromStdinNeverReadsStdin() throws IOException {
        var watched = new WatchedStdin();

        var result = cli().stdin(watched).execute("--no-input", "-a", "building=os");
        var withoutFlag = cli().stdin(watched).execute("-a", "building=os");

        assertThat(result.exitCode()).isZero();
        assertThat(withoutFlag.exitCode()).isZero();
        assertThat(watched.reads).isZero();
    }

    @Test
    void noAnswersAtAllIsNotAnError() throws IOException {
        var json = parse(Cli.run("--format", "json"));

        assertThat(json.get("answers").size()).isZero();
        assertThat(json.get("settled").asBoolean()).isFalse();
        assertThat(json.get("nextQuestion").asText()).isEqualTo("building");
        assertThat(json.get("confidence").asDouble()).isBetween(0.0, 1.0);
    }

    @Test
    void evaluatesAnotherRulesFileWithRules() throws IOException {
        var rules = TinyRulesFile.write(dir);

        var json = parse(Cli.run("--rules", rules.toString(), "-a", "speed=fast", "--format", "json"));

        assertThat(json.get("verdict").asText()).isEqualTo("use-rust");
        assertThat(json.at("/rules/id").asText()).isEqualTo("tiny");
        assertThat(json.get("unanswered")).isEmpty();
    }

    @Test
    void questionsOfAnotherRulesFile() throws IOException {
        var rules = TinyRulesFile.write(dir);

        var questions = parse(Cli.run("questions", "--rules", rules.toString(), "--format", "json"))
                .get("questions");

        assertThat(questions).extracting(q -> q.get("id").asText()).containsExactly("speed");
    }

    @Test
    void textWrapsAtColumns() {
        var result = cli().env("COLUMNS", "60").execute("-a", "building=network-service", "-a", "latency=critical");

        assertThat(result.exitCode()).isZero();
        assertThat(result.stdout().lines())
                .allSatisfy(line -> assertThat(line.length()).as(line).isLessThanOrEqualTo(60));
        assertThat(result.stdout().lines())
                .anySatisfy(line -> assertThat(line.length()).isGreaterThan(50));
    }

    @Test
    void textWrapsAtOneHundredWithoutColumns() {
        var result = Cli.run("-a", "building=network-service", "-a", "latency=critical");

        assertThat(result.stdout().lines())
                .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(100));
        assertThat(result.stdout().lines())
                .anySatisfy(line -> assertThat(line.length()).isGreaterThan(90));
    }

    /** Counts reads; returns end of input so that a read can never hang the test. */
    private static final class WatchedStdin extends InputStream {
        int reads;

        @Override
        public int read() {
            reads++;
            return -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            reads++;
            return -1;
        }
    }
}
