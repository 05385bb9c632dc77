package io.github.shouldirust.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.shouldirust.support.BundledAnswers;
import io.github.shouldirust.support.Cli;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The published JSON Schemas (issue 5): the rules file's and the --format json output's. Both are valid
 * 2020-12 schemas, the bundled rules and real output validate against them, and broken rules do not.
 */
class SchemaTest {
    private static final String DIR = "/io/github/shouldirust/schemas/";
    static final ObjectMapper JSON = new ObjectMapper();
    private static final YAMLMapper YAML = new YAMLMapper();
    static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private static final JsonNode RULES_SCHEMA = resource("rules.schema.json");
    private static final JsonNode OUTPUT_SCHEMA = resource("output.schema.json");
    private static final Schema RULES = REGISTRY.getSchema(RULES_SCHEMA);
    private static final Schema OUTPUT = REGISTRY.getSchema(OUTPUT_SCHEMA);
    /** The output schema with every object closed: proves each field the renderer writes is documented. */
    private static final Schema OUTPUT_CLOSED = REGISTRY.getSchema(closed(OUTPUT_SCHEMA.deepCopy()));

    private static final JsonNode QUESTIONS_SCHEMA = resource("questions.schema.json");

    /** Exercises what the bundled rules do not use: not, any, a multi question, a single-string claim list. */
    private static final String CONDITIONS_RULES = """
            schema: 1
            id: conditions
            version: "0.1"
            claims:
              - { id: c1, kind: strength, section: S, statement: "Something true.", evidence: e1 }
              - { id: e1, kind: evidence, section: S, statement: "Someone uses it." }
            languages:
              - { id: rust, name: Rust }
              - { id: go, name: Go, other-wins: [c1] }
            questions:
              - id: speed
                type: single
                rust-favours: first
                prompt: "Speed?"
                help: "Why we ask."
                options: [ { value: fast, label: Fast }, { value: slow, label: Slow } ]
              - id: targets
                type: multi
                prompt: "Targets?"
                help: "Why we ask."
                options: [ { value: linux, label: Linux }, { value: none, label: None, exclusive: true } ]
                default: [none]
            rules:
              - id: fast-somewhere
                when: { all: [ { speed: fast }, { not: { targets: none } } ] }
                score: 7
                languages: { go: -1 }
                text: "Fast and deployed."
                claims: [c1]
              - id: slow-or-linux
                when: { any: [ { speed: slow }, { targets: [linux] } ] }
                score: -2
                languages: { go: 2 }
                text: "Slow, or on Linux."
                claims: c1
            verdicts: { use-rust: 6, consider-rust: 0 }
            """;

    static JsonNode resource(String name) {
        try (var in = SchemaTest.class.getResourceAsStream(DIR + name)) {
            assertThat(in).as(DIR + name + " on the classpath").isNotNull();
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** rules/rust.yaml as it is in the work tree, parsed once; callers get a copy to change. */
    private static final JsonNode BUNDLED = readBundledRules();

    private static JsonNode readBundledRules() {
        try {
            return YAML.readTree(Files.readString(Path.of("rules/rust.yaml"), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode bundledRules() {
        return BUNDLED.deepCopy();
    }

    private static JsonNode yaml(String text) {
        try {
            return YAML.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> errors(Schema schema, JsonNode instance) {
        return schema.validate(instance).stream().map(Error::toString).toList();
    }

    /**
     * Reads {@code output}, which must validate against {@code schema}, and against {@code closedSchema} (it
     * {@link #closed}): every field the output has is in the schema.
     */
    static JsonNode assertValidates(String output, Schema schema, Schema closedSchema) throws IOException {
        var json = JSON.readTree(output);
        assertThat(errors(schema, json)).as(output).isEmpty();
        assertThat(errors(closedSchema, json))
                .as("every field is in the schema")
                .isEmpty();
        return json;
    }

    /** Adds unevaluatedProperties: false to every object schema that lists its properties. */
    static JsonNode closed(JsonNode schema) {
        if (schema instanceof ObjectNode object) {
            if (object.has("properties") && "object".equals(object.path("type").asText())) {
                object.put("unevaluatedProperties", false);
            }
            object.forEach(SchemaTest::closed);
        } else if (schema instanceof ArrayNode array) {
            array.forEach(SchemaTest::closed);
        }
        return schema;
    }

    // ------------------------------------------------------------------ the schemas themselves

    static Stream<String> publishedSchemas() {
        return Stream.of(
                "rules.schema.json",
                "output.schema.json",
                "questions.schema.json",
                "compare.schema.json",
                "diff.schema.json");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("publishedSchemas")
    void isAValidDraft202012Schema(String name) {
        var schema = resource(name);
        var meta = REGISTRY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(errors(meta, schema)).isEmpty();
        ((ObjectNode) schema).put("type", 5);
        assertThat(errors(meta, schema))
                .as("the meta-schema check is not vacuous")
                .isNotEmpty();
    }

    /** Editors show a property's description as help while people type, so none may lack one. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("publishedSchemas")
    void everyPropertyHasADescription(String name) {
        var missing = new ArrayList<String>();
        collectUndescribed(resource(name), "", missing);
        assertThat(missing).isEmpty();
    }

    private static void collectUndescribed(JsonNode node, String path, List<String> missing) {
        if (node instanceof ObjectNode object) {
            object.properties().forEach(field -> {
                var at = path + "/" + field.getKey();
                // only the top-level "properties" of a schema declare fields; those under if/then restrict them
                if (field.getKey().equals("properties") && !path.matches(".*/(then|else|if|contains)(/.*)?")) {
                    field.getValue().properties().forEach(property -> {
                        if (!property.getValue().has("description")) {
                            missing.add(at + "/" + property.getKey());
                        }
                    });
                }
                collectUndescribed(field.getValue(), at, missing);
            });
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                collectUndescribed(array.get(i), path + "/" + i, missing);
            }
        }
    }

    // ------------------------------------------------------------------ rules files

    @Test
    void theBundledRulesValidate() {
        assertThat(errors(RULES, bundledRules())).isEmpty();
    }

    /** The worked examples in rules/examples/ (overlays with 'extends') are rules files too. */
    @Test
    void theExampleRulesFilesValidate() throws IOException {
        var dir = Path.of("rules/examples");
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (var files = Files.list(dir)) {
            for (var file :
                    files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                assertThat(errors(RULES, YAML.readTree(file.toFile())))
                        .as(file.toString())
                        .isEmpty();
            }
        }
    }

    @Test
    void theBundledRulesWithExamplesValidate() {
        var rules = (ObjectNode) bundledRules();
        rules.set("examples", yaml("""
                - name: a latency-critical service
                  answers: { building: network-service, latency: critical, deployment: [single-binary], hiring: null }
                  verdict: use-rust
                  language: rust
                - name: a mobile app
                  answers: { building: mobile-app }
                  verdict: avoid-rust
                """));
        assertThat(errors(RULES, rules)).isEmpty();
    }

    @Test
    void aRulesFileWithAnyNotAndMultiQuestionsValidates() {
        assertThat(errors(RULES, yaml(CONDITIONS_RULES))).isEmpty();
    }

    @Test
    void anOverlayMayChangeOnlyARulesScore() {
        var overlay = yaml("""
                schema: 1
                id: acme-policy
                version: "2"
                extends: why-rust
                rules:
                  - { id: hiring-at-scale, score: -4 }
                  - id: acme-latency
                    when: { all: [ { building: network-service }, { latency: critical } ] }
                    score: 2
                    text: "At Acme, latency-critical services go to Rust."
                    claims: [no-gc-deterministic-free]
                verdicts: { use-rust: 8 }
                examples:
                  - { name: services, answers: { building: network-service, latency: critical }, verdict: use-rust }
                """);
        assertThat(errors(RULES, overlay)).isEmpty();
        ((ObjectNode) overlay).remove("extends");
        assertThat(errors(RULES, overlay))
                .as("without extends, every section and every rule is complete")
                .isNotEmpty();
    }

    static Stream<Arguments> brokenRules() {
        return Stream.of(
                broken("an unknown key at the top level", "", r -> r.put("colour", "red")),
                broken("an unknown key in a rule", "/rules/0", r -> rule(r, 0).put("weight", 3)),
                broken(
                        "an unknown key in a claim",
                        "/claims/0",
                        r -> ((ObjectNode) r.get("claims").get(0)).put("source", "x")),
                broken(
                        "an unknown key in a question",
                        "/questions/0",
                        r -> ((ObjectNode) r.get("questions").get(0)).put("hint", "x")),
                broken(
                        "an unknown key in an option",
                        "/questions/0/options/0",
                        r -> ((ObjectNode)
                                        r.get("questions").get(0).get("options").get(0))
                                .put("colour", "x")),
                broken(
                        "an unknown key in verdicts",
                        "/verdicts",
                        r -> ((ObjectNode) r.get("verdicts")).put("maybe-rust", 3)),
                broken(
                        "a condition with two keys",
                        "/rules/0/when",
                        r -> ((ObjectNode) rule(r, 0).get("when")).put("latency", "critical")),
                broken(
                        "a condition with no key",
                        "/rules/0/when",
                        r -> rule(r, 0).putObject("when")),
                broken(
                        "all that is not a list",
                        "/rules/0/when/all",
                        r -> rule(r, 0).putObject("when").put("all", "latency")),
                broken(
                        "an empty all",
                        "/rules/0/when/all",
                        r -> rule(r, 0).putObject("when").putArray("all")),
                broken(
                        "a nested condition with two keys",
                        "/rules/0/when/not",
                        r -> rule(r, 0)
                                .putObject("when")
                                .putObject("not")
                                .put("latency", "critical")
                                .put("safety", "critical")),
                broken(
                        "a question tested against no value",
                        "/rules/0/when/building",
                        r -> rule(r, 0).putObject("when").putArray("building")),
                broken("a score of 5000", "/rules/0/score", r -> rule(r, 0).put("score", 5000)),
                broken(
                        "a score that is not a whole number",
                        "/rules/0/score",
                        r -> rule(r, 0).put("score", "high")),
                broken(
                        "a language effect of -1001",
                        "/rules/0/languages/cpp",
                        r -> ((ObjectNode) rule(r, 0).get("languages")).put("cpp", -1001)),
                broken(
                        "rust under a rule's languages",
                        "/rules/0/languages",
                        r -> ((ObjectNode) rule(r, 0).get("languages")).put("rust", 1)),
                broken(
                        "a rule citing no claim",
                        "/rules/0/claims",
                        r -> rule(r, 0).putArray("claims")),
                broken("a rule without text", "/rules/0", r -> rule(r, 0).remove("text")),
                broken(
                        "a wrong claim kind",
                        "/claims/0/kind",
                        r -> ((ObjectNode) r.get("claims").get(0)).put("kind", "opinion")),
                broken(
                        "a wrong question type",
                        "/questions/0/type",
                        r -> ((ObjectNode) r.get("questions").get(0)).put("type", "many")),
                broken(
                        "a question named all",
                        "/questions/0/id",
                        r -> ((ObjectNode) r.get("questions").get(0)).put("id", "all")),
                broken(
                        "rust-favours on a multi question",
                        "/questions/6/type",
                        r -> ((ObjectNode) r.get("questions").get(6)).put("rust-favours", "first")),
                broken(
                        "a blank prompt",
                        "/questions/0/prompt",
                        r -> ((ObjectNode) r.get("questions").get(0)).put("prompt", " ")),
                broken("schema 2", "/schema", r -> r.put("schema", 2)),
                broken("no verdicts and no extends", "", r -> r.remove("verdicts")),
                broken("no rust among the languages", "/languages", r -> ((ArrayNode) r.get("languages")).remove(0)),
                broken(
                        "an example with a wrong verdict",
                        "/examples/0/verdict",
                        r -> r.putArray("examples")
                                .addObject()
                                .put("name", "x")
                                .put("verdict", "maybe")
                                .putObject("answers")),
                broken(
                        "an example with an unknown key",
                        "/examples/0",
                        r -> r.putArray("examples")
                                .addObject()
                                .put("name", "x")
                                .put("verdict", "use-rust")
                                .put("expect", "x")
                                .putObject("answers")));
    }

    private static ObjectNode rule(ObjectNode rules, int index) {
        return (ObjectNode) rules.get("rules").get(index);
    }

    private static Arguments broken(String fault, String pointer, Consumer<ObjectNode> breakIt) {
        return Arguments.of(fault, pointer, breakIt);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenRules")
    void brokenRulesFail(String fault, String pointer, Consumer<ObjectNode> breakIt) {
        var rules = (ObjectNode) bundledRules();
        assertThat(rules.at("/questions/6/id").asText()).isEqualTo("deployment");
        breakIt.accept(rules);
        var found = RULES.validate(rules);
        assertThat(found).as(fault).isNotEmpty();
        assertThat(found)
                .as(fault + ": an error at " + pointer)
                .anyMatch(e -> pointer(e).equals(pointer));
    }

    /** The instance location as a JSON pointer, e.g. /rules/0/when. */
    private static String pointer(Error error) {
        var path = error.getInstanceLocation();
        var pointer = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            pointer.append('/').append(path.getElement(i));
        }
        return pointer.toString();
    }

    // ------------------------------------------------------------------ the JSON output

    static Stream<Arguments> runs() {
        return Stream.of(
                Arguments.of(
                        "explained network service",
                        List.of("--explain", "-a", "building=network-service", "-a", "latency=critical")),
                Arguments.of("no answers", List.of()),
                Arguments.of("no answers, explained", List.of("--explain")),
                Arguments.of(
                        "all 14 questions, two with several values",
                        BundledAnswers.flagsWith(
                                "building=cli-tool",
                                "latency=important",
                                "performance=critical",
                                "deployment=single-binary,fast-startup",
                                "team-languages=go,python,rust",
                                "ai-written=some")),
                Arguments.of("avoid-rust, a mobile app", List.of("-a", "building=mobile-app")),
                Arguments.of("a script", List.of("-a", "building=script", "-a", "lifespan=run-once")),
                Arguments.of("an os", List.of("-a", "building=os")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runs")
    void theJsonOutputValidates(String name, List<String> answers) throws IOException {
        var args = new ArrayList<>(List.of("--no-input", "--format", "json"));
        args.addAll(answers);
        assertOutputValidates(args, answers.contains("--explain"));
    }

    @Test
    void theQuestionsListValidatesForTheBundledRulesAndALayerAndEveryFieldIsInTheSchema(@TempDir Path dir)
            throws IOException {
        var layered = Files.writeString(dir.resolve("conditions.yaml"), CONDITIONS_RULES, StandardCharsets.UTF_8);
        var schema = REGISTRY.getSchema(QUESTIONS_SCHEMA);
        var closedSchema = REGISTRY.getSchema(closed(QUESTIONS_SCHEMA.deepCopy()));
        for (var args : List.of(
                List.of("questions", "--format", "json"),
                List.of("questions", "--format", "json", "--rules", layered.toString()))) {
            var result = Cli.run(args.toArray(String[]::new));
            assertThat(result.exitCode()).as(result.toString()).isZero();
            assertValidates(result.stdout(), schema, closedSchema);
        }
        assertThat(JSON.readTree(Cli.run("schema", "questions").stdout()))
                .as("schema questions prints it")
                .isEqualTo(QUESTIONS_SCHEMA);
    }

    @Test
    void theExplainedOutputOfAnyAndNotValidates(@TempDir Path dir) throws IOException {
        var rules = Files.writeString(dir.resolve("conditions.yaml"), CONDITIONS_RULES, StandardCharsets.UTF_8);
        var output = assertOutputValidates(
                List.of(
                        "--no-input",
                        "--format",
                        "json",
                        "--explain",
                        "--rules",
                        rules.toString(),
                        "-a",
                        "speed=fast",
                        "-a",
                        "targets=linux"),
                true);
        assertThat(output.findValuesAsText("kind")).contains("all", "any", "not", "answer");
    }

    private static JsonNode assertOutputValidates(List<String> args, boolean explained) throws IOException {
        var result = Cli.run(args.toArray(String[]::new));
        assertThat(result.exitCode()).as(result.toString()).isZero();
        var output = assertValidates(result.stdout(), OUTPUT, OUTPUT_CLOSED);
        assertThat(output.has("trace")).isEqualTo(explained);
        return output;
    }

    @Test
    void theOutputSchemaRejectsAWrongVerdictAndAMissingField() throws IOException {
        var output = (ObjectNode)
                assertOutputValidates(List.of("--no-input", "--format", "json", "-a", "building=os"), false);
        output.put("verdict", "maybe-rust");
        assertThat(errors(OUTPUT, output)).isNotEmpty();
        output.put("verdict", "use-rust");
        output.remove("whatIf");
        assertThat(errors(OUTPUT, output)).isNotEmpty();
        output.putArray("whatIf");
        output.put("somethingNew", true);
        assertThat(errors(OUTPUT, output)).as("later versions may add fields").isEmpty();
    }
}
