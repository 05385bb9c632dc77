package io.github.shouldirust.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.shouldirust.support.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * rules check for CI: GitHub workflow annotations, SARIF 2.1.0 and JSON, each with the same problems at
 * the same places as the text, and the same exit code.
 */
class RulesCheckFormatsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** An unknown key at 4:1, in a file whose name has a comma and a percent sign to escape. */
    private Path broken() throws Exception {
        return Files.writeString(
                dir.resolve("team, 100%.yaml"),
                "schema: 1\nid: x\nversion: \"1\"\nbogus: 1\n"
                        + "claims: []\nlanguages: []\nquestions: []\nrules: []\nverdicts: { use-rust: 6, consider-rust: 0 }\n");
    }

    @Test
    void githubAnnotatesEachProblemAtItsLineWithTheFileNameEscaped() throws Exception {
        var file = broken();
        var text = Cli.run("rules", "check", file.toString());
        var github = Cli.run("rules", "check", "--format", "github", file.toString());

        assertThat(github.exitCode()).isEqualTo(text.exitCode()).isEqualTo(3);
        var escapedName =
                file.toString().replace("%", "%25").replace(":", "%3A").replace(",", "%2C");
        assertThat(github.stdout().lines().filter(l -> l.startsWith("::")))
                .contains("::error file=" + escapedName + ",line=4,col=1::unknown key 'bogus' in the rules file "
                        + "(known: claims, examples, extends, id, languages, questions, rules, schema, source, title, "
                        + "verdicts, version)")
                .as("one annotation per problem the text lists (less its summary line)")
                .hasSize((int) text.stdout()
                                .lines()
                                .filter(l -> l.startsWith(file + ":"))
                                .count()
                        - 1);
    }

    @Test
    void sarifHasOneResultPerProblemLocatedByUriLineAndColumn() throws Exception {
        var file = broken();
        var result = Cli.run("rules", "check", "--format", "sarif", file.toString());

        assertThat(result.exitCode()).isEqualTo(3);
        var sarif = JSON.readTree(result.stdout());
        assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
        var run = sarif.get("runs").get(0);
        assertThat(run.at("/tool/driver/name").asText()).isEqualTo("should-i-rust");
        var bogus = findResult(run, "unknown key 'bogus'");
        assertThat(bogus.get("level").asText()).isEqualTo("error");
        var location = bogus.at("/locations/0/physicalLocation");
        assertThat(location.at("/artifactLocation/uri").asText()).endsWith("/team,%20100%25.yaml");
        assertThat(location.at("/region/startLine").asInt()).isEqualTo(4);
        assertThat(location.at("/region/startColumn").asInt()).isEqualTo(1);
    }

    @Test
    void sarifValidatesAgainstTheOasisSchema() throws Exception {
        JsonNode schemaJson;
        try (var in = RulesCheckFormatsTest.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            schemaJson = JSON.readTree(in);
        }
        var schema =
                SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(schemaJson);
        for (var args : java.util.List.of(
                new String[] {"rules", "check", "--format", "sarif", broken().toString()},
                new String[] {"rules", "check", "--format", "sarif"})) {
            var sarif = JSON.readTree(Cli.run(args).stdout());
            assertThat(schema.validate(sarif)).as(sarif.toString()).isEmpty();
        }
    }

    @Test
    void jsonCountsErrorsAndWarningsPerFile() throws Exception {
        var result = Cli.run("rules", "check", "--format", "json");

        assertThat(result.exitCode()).isZero();
        var json = JSON.readTree(result.stdout());
        assertThat(json.get("schemaVersion").asInt()).isEqualTo(1);
        var bundled = json.get("files").get(0);
        assertThat(bundled.get("errors").asInt()).isZero();
        assertThat(bundled.get("problems").size())
                .isEqualTo(bundled.get("warnings").asInt());
    }

    @Test
    void aCleanFileInSarifHasNoResultsAndExitsZero() throws Exception {
        var result = Cli.run("rules", "check", "--format", "sarif");

        assertThat(result.exitCode()).isZero();
        assertThat(JSON.readTree(result.stdout()).at("/runs/0/results").isArray())
                .isTrue();
        assertThat(JSON.readTree(result.stdout()).at("/runs/0/results")).isEmpty();
        assertThat(result.stdout()).as("written as every other JSON output is").contains("\"results\": []");
    }

    private static JsonNode findResult(JsonNode run, String message) {
        for (var result : run.get("results")) {
            if (result.at("/message/text").asText().startsWith(message)) {
                return result;
            }
        }
        throw new AssertionError("no result " + message + " in " + run);
    }
}
