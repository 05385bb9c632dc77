package io.github.shouldirust.cli;

import static io.github.shouldirust.support.CheckedRulesFile.Edit.replace;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.github.shouldirust.support.CheckedRulesFile;
import io.github.shouldirust.support.Cli;
import io.github.shouldirust.support.TinyRulesFile;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xml.sax.SAXException;

/**
 * {@code rules test --junit} (issue 15) is valid under both schemas dashboards read it by: Jenkins's
 * (xunit's junit-10.xsd) and Ant's, the strictest. Each case is a report a user could get: passing,
 * a failing example, coverage below the minimum, a file that cannot be loaded, odd names.
 * The schemas are copies in src/test/resources/junit-xsd (see its README).
 */
class JUnitXmlSchemaTest {
    @TempDir
    static Path dir;

    private static final List<String> SCHEMAS = List.of("jenkins-junit-10.xsd", "ant-junit.xsd");

    static Stream<Arguments> reports() throws IOException {
        var passing = CheckedRulesFile.write(dir, "passing.yaml");
        var failing = CheckedRulesFile.write(
                dir, "failing.yaml", replace(68, "    verdict: avoid-rust", "    verdict: consider-rust"));
        var tiny = TinyRulesFile.write(dir);
        var broken = Files.writeString(dir.resolve("broken.yaml"), "schema: 1\nid: [\n");
        var odd = CheckedRulesFile.write(
                dir,
                "odd.yaml",
                replace(
                        62,
                        "  - name: critical embedded",
                        "  - name: \"<critical>\\n & \\\"embedded\\\"\\t\\u0007 café\""));
        var reports = Stream.<Arguments>builder();
        for (var schema : SCHEMAS) {
            reports.add(Arguments.of(schema, "passing", List.of("--min-coverage", "100", passing.toString())));
            reports.add(Arguments.of(schema, "a failing example", List.of(failing.toString())));
            reports.add(Arguments.of(
                    schema, "coverage below the minimum", List.of("--min-coverage", "100", tiny.toString())));
            reports.add(Arguments.of(
                    schema, "a file that cannot be loaded", List.of(broken.toString(), passing.toString())));
            reports.add(Arguments.of(schema, "odd names", List.of(odd.toString())));
            reports.add(Arguments.of(schema, "the bundled rules", List.of()));
        }
        return reports.build();
    }

    @ParameterizedTest(name = "{1} under {0}")
    @MethodSource("reports")
    void theReportIsValid(String schemaFile, String what, List<String> args) throws Exception {
        var command = Stream.concat(Stream.of("rules", "test", "--junit", "-"), args.stream())
                .toArray(String[]::new);

        var result = Cli.cli().env("SOURCE_DATE_EPOCH", "1700000000").execute(command);

        assertThat(result.exitCode()).as("%s", result).isIn(0, 3, 5);
        var xml = result.stdout().substring(result.stdout().indexOf("<?xml"));
        assertThat(xml).contains("timestamp=\"2023-11-14T22:13:20\"");
        var validator = schema(schemaFile).newValidator();
        assertThatCode(() -> validator.validate(new StreamSource(new StringReader(xml))))
                .as("%s", xml)
                .doesNotThrowAnyException();
    }

    private static Schema schema(String file) throws SAXException {
        var factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        return factory.newSchema(JUnitXmlSchemaTest.class.getResource("/junit-xsd/" + file));
    }
}
