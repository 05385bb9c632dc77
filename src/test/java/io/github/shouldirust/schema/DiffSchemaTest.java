package io.github.shouldirust.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.shouldirust.support.Cli;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The published schema of rules diff --format json (schema diff); SchemaTest checks it is a valid schema. */
class DiffSchemaTest {
    /** rules diff --format json, sampled and exhaustive, with and without changes: every field documented. */
    @Test
    void theRulesDiffOutputValidatesAndEveryFieldIsInTheSchema() throws IOException {
        var diffSchema = SchemaTest.resource("diff.schema.json");
        var schema = SchemaTest.REGISTRY.getSchema(diffSchema);
        var closedSchema = SchemaTest.REGISTRY.getSchema(SchemaTest.closed(diffSchema.deepCopy()));
        var tiny = "src/test/resources/rules/tiny.yaml";
        for (var files : List.of(
                List.of("rules/rust.yaml", "rules/examples/acme-policy.yaml"),
                List.of(tiny, "src/test/resources/rules/tiny-edited.yaml"),
                List.of(tiny, tiny))) {
            var result = Cli.run("rules", "diff", files.get(0), files.get(1), "--format", "json");
            assertThat(result.exitCode()).as(result.toString()).isIn(0, 1);
            var output = SchemaTest.assertValidates(result.stdout(), schema, closedSchema);
            ((ObjectNode) output.get("profiles")).put("changed", -1);
            assertThat(SchemaTest.errors(schema, output))
                    .as("the check is not vacuous")
                    .isNotEmpty();
        }
        assertThat(SchemaTest.JSON.readTree(Cli.run("schema", "diff").stdout()))
                .as("schema diff prints it")
                .isEqualTo(diffSchema);
    }
}
