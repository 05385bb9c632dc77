package io.github.shouldirust.cli;

import static io.github.shouldirust.support.Diagnostics.assertCleanFailure;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.shouldirust.support.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code schema rules|output} (issue 5): prints a JSON Schema (draft 2020-12); anything else is a usage error. */
class SchemaCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"rules", "output", "questions", "diff"})
    void printsADraft202012Schema(String which) throws Exception {
        var result = Cli.run("schema", which);

        assertThat(result.exitCode()).as("%s", result).isZero();
        assertThat(result.stderr()).isEmpty();
        var schema = JSON.readTree(result.stdout());
        assertThat(schema.isObject()).isTrue();
        assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.path("type").asText()).isEqualTo("object");
        assertThat(schema.path("title").asText()).isNotBlank();
    }

    @Test
    void theTwoSchemasDiffer() {
        assertThat(Cli.run("schema", "rules").stdout())
                .isNotEqualTo(Cli.run("schema", "output").stdout());
    }

    @Test
    void anUnknownSchemaIsAUsageErrorNamingTheAllowedValues() {
        var result = Cli.run("schema", "bogus");

        assertCleanFailure(result, 2);
        assertThat(result.stderrLines())
                .singleElement()
                .asString()
                .contains("'bogus'")
                .contains("[rules, output, questions, compare, diff]");
    }

    @Test
    void noSchemaNamedIsAUsageError() {
        assertCleanFailure(Cli.run("schema"), 2);
    }
}
