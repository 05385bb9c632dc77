package io.github.shouldirust.cli;

import static io.github.shouldirust.support.CheckedRulesFile.Edit.replace;
import static io.github.shouldirust.support.Diagnostics.assertCleanFailure;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.shouldirust.core.Example;
import io.github.shouldirust.load.RulesLoader;
import io.github.shouldirust.support.CheckedRulesFile;
import io.github.shouldirust.support.Cli;
import io.github.shouldirust.support.TinyRulesFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/**
 * {@code rules test} (issue 5): runs the examples a rules file carries, prints each by name, reports rule
 * coverage, fails (exit 5) on a failing example or coverage below --min-coverage, and writes JUnit XML.
 * Uses src/test/resources/rules/checked.yaml, whose two examples pass and cover its three rules.
 */
class RulesTestCommandTest {
    @TempDir
    Path dir;

    /** checked.yaml with the second example ("relaxed browser", score -4) expecting consider-rust. */
    private Path failingExample() throws IOException {
        return CheckedRulesFile.write(
                dir, "rules.yaml", replace(68, "    verdict: avoid-rust", "    verdict: consider-rust"));
    }

    @Test
    void theBundledRulesPassWithFullCoverageListingEveryExample() throws Exception {
        var bundled = RulesLoader.bundled();

        var result = Cli.run("rules", "test", "--min-coverage", "100");

        assertThat(result.exitCode()).as("%s", result).isZero();
        assertThat(result.stderr()).isEmpty();
        var expected = new ArrayList<String>();
        expected.add("rules/rust.yaml");
        bundled.examples().stream().map(Example::name).forEach(name -> expected.add("  PASS  " + name));
        int rules = bundled.rules().size();
        expected.add("  " + bundled.examples().size() + " examples, 0 failed; rule coverage 100% (" + rules + " of "
                + rules + " rules fire in some example)");
        assertThat(result.stdout().lines()).containsExactlyElementsOf(expected);
        assertThat(bundled.examples()).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void aPassingFileExitsZero() throws IOException {
        var file = CheckedRulesFile.write(dir, "rules.yaml");

        var result = Cli.run("rules", "test", "--min-coverage", "100", file.toString());

        assertThat(result.exitCode()).as("%s", result).isZero();
        assertThat(result.stdout().lines())
                .containsExactly(
                        file.toString(),
                        "  PASS  critical embedded",
                        "  PASS  relaxed browser",
                        "  2 examples, 0 failed; rule coverage 100% (3 of 3 rules fire in some example)");
    }

    @Test
    void aFailingExampleIsNamedWithWhatWasExpectedAndExitsFive() throws IOException {
        var file = failingExample();

        var result = Cli.run("rules", "test", file.toString());

        assertThat(result.exitCode()).as("%s", result).isEqualTo(5);
        assertThat(result.stdout().lines())
                .containsExactly(
                        file.toString(),
                        "  PASS  critical embedded",
                        "  FAIL  relaxed browser: expected consider-rust, go; got avoid-rust, go (score -4)",
                        "  2 examples, 1 failed; rule coverage 100% (3 of 3 rules fire in some example)");
        assertThat(result.stderr()).isEmpty();
    }

    @Test
    void aWrongLanguageFailsTheExample() throws IOException {
        var file = CheckedRulesFile.write(dir, "rules.yaml", replace(69, "    language: go", "    language: rust"));

        var result = Cli.run("rules", "test", file.toString());

        assertThat(result.exitCode()).as("%s", result).isEqualTo(5);
        assertThat(result.stdout().lines())
                .contains("  FAIL  relaxed browser: expected avoid-rust, rust; got avoid-rust, go (score -4)");
    }

    @Test
    void coverageBelowTheMinimumExitsFiveAndListsTheRulesThatNeverFired() throws IOException {
        var file = CheckedRulesFile.firstLines(dir, "rules.yaml", 65); // only "critical embedded"

        var result = Cli.run("rules", "test", "--min-coverage", "100", file.toString());

        assertThat(result.exitCode()).as("%s", result).isEqualTo(5);
        assertThat(result.stdout().lines())
                .containsExactly(
                        file.toString(),
                        "  PASS  critical embedded",
                        "  1 example, 0 failed; rule coverage 66% (2 of 3 rules fire in some example), below 100%",
                        "  never fired: relaxed-latency");
    }

    @Test
    void coverageAtTheMinimumPasses() throws IOException {
        var file = CheckedRulesFile.firstLines(dir, "rules.yaml", 65);

        var result = Cli.run("rules", "test", "--min-coverage", "66", file.toString());

        assertThat(result.exitCode()).as("%s", result).isZero();
        assertThat(result.stdout().lines()).contains("  never fired: relaxed-latency");
    }

    @Test
    void aCoverageAbove100IsAUsageError() {
        var result = Cli.run("rules", "test", "--min-coverage", "101");

        assertCleanFailure(result, 2);
        assertThat(result.stderrLines())
                .containsExactly("should-i-rust: --min-coverage 101: expected a percentage from 0 to 100");
    }

    @Test
    void aNegativeCoverageIsAUsageError() {
        assertCleanFailure(Cli.run("rules", "test", "--min-coverage", "-1"), 2);
    }

    @Test
    void junitXmlIsWellFormedWithCountsAndTheFailure() throws Exception {
        var file = failingExample();
        var xml = dir.resolve("junit.xml");

        var result = Cli.run("rules", "test", "--junit", xml.toString(), file.toString());

        assertThat(result.exitCode()).as("%s", result).isEqualTo(5);
        var document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile());
        assertThat(document.getDocumentElement().getTagName()).isEqualTo("testsuites");
        var suites = document.getElementsByTagName("testsuite");
        assertThat(suites.getLength()).isEqualTo(1);
        var suite = (Element) suites.item(0);
        assertThat(suite.getAttribute("name")).isEqualTo(file.toString());
        assertThat(suite.getAttribute("tests"))
                .as("two examples and the coverage")
                .isEqualTo("3");
        assertThat(suite.getAttribute("failures")).isEqualTo("1");
        assertThat(suite.getAttribute("time")).matches("[0-9]+\\.[0-9]{3}");
        var cases = suite.getElementsByTagName("testcase");
        assertThat(cases.getLength()).isEqualTo(3);
        assertThat(((Element) cases.item(0)).getAttribute("classname")).isEqualTo("checked.examples");
        assertThat(((Element) cases.item(0)).getAttribute("time")).matches("[0-9]+\\.[0-9]{3}");
        assertThat(((Element) cases.item(2)).getAttribute("classname")).isEqualTo("checked.coverage");
        assertThat(((Element) cases.item(2)).getElementsByTagName("failure").getLength())
                .as("no minimum")
                .isZero();
        assertThat(((Element) cases.item(0)).getAttribute("name")).isEqualTo("critical embedded");
        assertThat(((Element) cases.item(0)).getElementsByTagName("failure").getLength())
                .isZero();
        var failing = (Element) cases.item(1);
        assertThat(failing.getAttribute("name")).isEqualTo("relaxed browser");
        var failures = failing.getElementsByTagName("failure");
        assertThat(failures.getLength()).isEqualTo(1);
        assertThat(((Element) failures.item(0)).getAttribute("message"))
                .isEqualTo("expected consider-rust, go; got avoid-rust, go (score -4)");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .as("no temporary file left")
                    .containsExactlyInAnyOrder("rules.yaml", "junit.xml");
        }
    }

    @Test
    void junitXmlEscapesNamesAndHasOneSuitePerFile() throws Exception {
        var odd = CheckedRulesFile.write(
                dir,
                "odd.yaml",
                replace(62, "  - name: critical embedded", "  - name: \"<critical> & \\\"embedded\\\"\""));
        var plain = CheckedRulesFile.write(dir, "plain.yaml");
        var xml = dir.resolve("junit.xml");

        var result = Cli.run("rules", "test", "--junit", xml.toString(), odd.toString(), plain.toString());

        assertThat(result.exitCode()).as("%s", result).isZero();
        var document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile());
        var suites = document.getElementsByTagName("testsuite");
        assertThat(suites.getLength()).isEqualTo(2);
        assertThat(((Element) suites.item(0)).getAttribute("failures")).isEqualTo("0");
        assertThat(((Element) document.getElementsByTagName("testcase").item(0)).getAttribute("name"))
                .isEqualTo("<critical> & \"embedded\"");
    }

    @Test
    void aFileWithNoExamplesSaysSo() throws IOException {
        var file = TinyRulesFile.write(dir);

        var result = Cli.run("rules", "test", file.toString());

        assertThat(result.exitCode()).as("%s", result).isZero();
        assertThat(result.stdout().lines())
                .containsExactly(
                        file.toString(),
                        "  (no examples)",
                        "  0 examples, 0 failed; rule coverage 0% (0 of 1 rules fire in some example)",
                        "  never fired: fast-wins");
    }

    @Test
    void aBadRulesFileExitsThree() throws IOException {
        var file =
                CheckedRulesFile.write(dir, "rules.yaml", replace(9, "    section: Speed", "    section: Speed: fast"));

        var result = Cli.run("rules", "test", file.toString());

        assertCleanFailure(result, 3);
        assertThat(result.stderrLines())
                .containsExactly(
                        "should-i-rust: " + file + ":9:19: malformed YAML: mapping values are not allowed here");
    }

    @Test
    void aBadExampleExitsThree() throws IOException {
        var file = CheckedRulesFile.write(
                dir, "rules.yaml", replace(64, "    verdict: use-rust", "    verdict: use-rustt"));

        var result = Cli.run("rules", "test", file.toString());

        assertCleanFailure(result, 3);
        assertThat(result.stderrLines())
                .containsExactly("should-i-rust: " + file
                        + ":64:14: unknown verdict 'use-rustt' (allowed: use-rust, consider-rust, avoid-rust)");
    }

    private static Element parse(Path xml) throws Exception {
        return DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(xml.toFile())
                .getDocumentElement();
    }

    @Test
    void junitXmlFailsTheCoverageCaseWhenCoverageIsBelowTheMinimum() throws Exception {
        var file = TinyRulesFile.write(dir);
        var xml = dir.resolve("junit.xml");

        var result = Cli.run("rules", "test", "--min-coverage", "100", "--junit", xml.toString(), file.toString());

        assertThat(result.exitCode()).isEqualTo(5);
        var suite = (Element) parse(xml).getElementsByTagName("testsuite").item(0);
        assertThat(suite.getAttribute("failures"))
                .as("the report agrees with exit 5")
                .isEqualTo("1");
        var coverage = (Element) suite.getElementsByTagName("testcase").item(0);
        assertThat(coverage.getAttribute("classname")).isEqualTo("tiny.coverage");
        var failure = (Element) coverage.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("message"))
                .isEqualTo("rule coverage 0% (0 of 1 rules fire in some example; --min-coverage 100%)");
        assertThat(failure.getTextContent()).isEqualTo("never fired: fast-wins");
    }

    @Test
    void aRulesFileThatCannotBeLoadedIsAnErroredSuiteSoThereIsAlwaysAReport() throws Exception {
        var broken = Files.writeString(dir.resolve("broken.yaml"), "schema: 1\nid: [\n");
        var good = CheckedRulesFile.write(dir, "plain.yaml");
        var xml = dir.resolve("reports/junit/rules.xml");

        var result = Cli.run("rules", "test", "--junit", xml.toString(), broken.toString(), good.toString());

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(xml).as("its folder was made").isRegularFile();
        var suites = parse(xml).getElementsByTagName("testsuite");
        assertThat(suites.getLength()).isEqualTo(2);
        var errored = (Element) suites.item(1);
        assertThat(errored.getAttribute("name")).isEqualTo(broken.toString());
        assertThat(errored.getAttribute("errors")).isEqualTo("1");
        var error = (Element) errored.getElementsByTagName("error").item(0);
        assertThat(error.getAttribute("message")).startsWith(broken + ":3:1: malformed YAML");
        assertThat(((Element) errored.getElementsByTagName("testcase").item(0)).getAttribute("classname"))
                .isEqualTo("broken_yaml.load");
    }

    @Test
    void aLineBreakInAnExampleNameSurvivesTheXml() throws Exception {
        var odd = CheckedRulesFile.write(
                dir, "odd.yaml", replace(62, "  - name: critical embedded", "  - name: \"critical\\nembedded\""));
        var xml = dir.resolve("junit.xml");

        var result = Cli.run("rules", "test", "--junit", xml.toString(), odd.toString());

        assertThat(result.exitCode()).as("%s", result).isZero();
        assertThat(((Element) parse(xml).getElementsByTagName("testcase").item(0)).getAttribute("name"))
                .isEqualTo("critical\nembedded");
    }
}
