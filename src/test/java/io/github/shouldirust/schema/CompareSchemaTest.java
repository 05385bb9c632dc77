package io.github.shouldirust.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.shouldirust.support.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The published schema of compare --format json (schema compare); SchemaTest checks it is a valid schema. */
class CompareSchemaTest {
    /** A team with disagreements, a tie, "don't know"s, one person, and a layer: every field documented. */
    @Test
    void theCompareOutputValidatesAndEveryFieldIsInTheSchema(@TempDir Path dir) throws IOException {
        var team = "src/test/resources/compare/";
        var tieA = Files.writeString(dir.resolve("a.yaml"), "building: web-frontend\nhiring: \"yes\"\n");
        var tieB = Files.writeString(dir.resolve("b.yaml"), "building: cli-tool\nhiring: null\n");
        var compareSchema = SchemaTest.resource("compare.schema.json");
        var schema = SchemaTest.REGISTRY.getSchema(compareSchema);
        var closedSchema = SchemaTest.REGISTRY.getSchema(SchemaTest.closed(compareSchema.deepCopy()));
        for (var args : List.of(
                List.of("compare", "--format", "json", team + "ana.yaml", team + "bo.yaml", team + "cy.yaml"),
                List.of("compare", "--format", "json", tieA.toString(), tieB.toString()),
                List.of("compare", "--format", "json", team + "ana.yaml"),
                List.of(
                        "compare",
                        "--format",
                        "json",
                        "--rules",
                        "rules/examples/acme-policy.yaml",
                        team + "ana.yaml",
                        tieA.toString()))) {
            var result = Cli.run(args.toArray(String[]::new));
            assertThat(result.exitCode()).as(result.toString()).isZero();
            var output = SchemaTest.assertValidates(result.stdout(), schema, closedSchema);
            ((ObjectNode) output.get("combined")).put("verdict", "maybe-rust");
            assertThat(SchemaTest.errors(schema, output))
                    .as("the check is not vacuous")
                    .isNotEmpty();
        }
        assertThat(SchemaTest.JSON.readTree(Cli.run("schema", "compare").stdout()))
                .as("schema compare prints it")
                .isEqualTo(compareSchema);
    }
}
