package io.github.shouldirust.cli;

import io.github.shouldirust.core.Rule;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * JUnit's XML report, the format CI dashboards read, for {@code rules test --junit}. It tells the same
 * story as the exit code: rule coverage is a test case of its own (failing below --min-coverage), and a
 * rules file that cannot be loaded is a suite with an error, so a "publish test results" step always has
 * a report. Class names are dotted from the rules id ({@code why-rust.examples}), the same on every
 * machine; Jenkins takes the part after the last dot as the class.
 *
 * <p>The shape is the one both common schemas accept, Jenkins's (xunit junit-10.xsd, as loose as
 * Surefire's) and Ant's (the stricter one): each suite has an id, package, timestamp and hostname,
 * its properties first and system-out and system-err last, and no output inside a test case.
 */
final class JUnitXml {
    private JUnitXml() {}

    /** A rules file that could not be loaded, and why (its problems, one per line). */
    record LoadFailure(String file, List<String> problems) {}

    /** When and where the tests ran, as every suite states it. */
    record Run(Instant started, String hostname) {}

    static String render(List<RulesTestCommand.Suite> suites, List<LoadFailure> failures, int minCoverage, Run run) {
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites>\n");
        var id = 0;
        for (var suite : suites) {
            suite(xml, suite, minCoverage, header(id++, suite.id(), run));
        }
        for (var failure : failures) {
            loadFailure(xml, failure, header(id++, classPrefix(failure.file()), run));
        }
        return xml.append("</testsuites>\n").toString();
    }

    /** The attributes Ant's schema requires of every suite beyond its counts. */
    private static String header(int id, String packageName, Run run) {
        var timestamp = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss", Locale.ROOT)
                .format(run.started().atOffset(ZoneOffset.UTC));
        return " id=\"" + id + "\" package=\"" + attribute(packageName) + "\" timestamp=\"" + timestamp
                + "\" hostname=\"" + attribute(run.hostname().isBlank() ? "localhost" : run.hostname()) + "\"";
    }

    private static void suite(StringBuilder xml, RulesTestCommand.Suite suite, int minCoverage, String header) {
        var covered = suite.coverage() >= minCoverage;
        xml.append("  <testsuite name=\"")
                .append(attribute(suite.file()))
                .append('"')
                .append(header)
                .append(" tests=\"")
                .append(suite.outcomes().size() + 1)
                .append("\" failures=\"")
                .append(suite.failures() + (covered ? 0 : 1))
                .append("\" errors=\"0\" skipped=\"0\" time=\"")
                .append(seconds(suite.outcomes().stream()
                        .mapToLong(RulesTestCommand.Outcome::nanos)
                        .sum()))
                .append("\">\n");
        xml.append("    <properties>\n      <property name=\"rule-coverage\" value=\"")
                .append(suite.coverage())
                .append("%\"/>\n    </properties>\n");
        for (var outcome : suite.outcomes()) {
            xml.append("    <testcase classname=\"")
                    .append(attribute(suite.id() + ".examples"))
                    .append("\" name=\"")
                    .append(attribute(outcome.example().name()))
                    .append("\" time=\"")
                    .append(seconds(outcome.nanos()))
                    .append('"');
            if (outcome.passed()) {
                xml.append("/>\n");
            } else {
                xml.append(">\n      <failure message=\"")
                        .append(attribute(outcome.detail()))
                        .append("\" type=\"")
                        .append("WrongVerdict\">")
                        .append(text(outcome.detail()))
                        .append("</failure>\n")
                        .append("    </testcase>\n");
            }
        }
        var coverage = "rule coverage " + suite.coverage() + "% ("
                + (suite.ruleCount() - suite.uncovered().size()) + " of " + suite.ruleCount()
                + " rules fire in some example; --min-coverage " + minCoverage + "%)";
        xml.append("    <testcase classname=\"")
                .append(attribute(suite.id() + ".coverage"))
                .append("\" name=\"rule coverage\" time=\"0.000\"");
        if (covered) {
            xml.append("/>\n");
        } else {
            xml.append(">\n      <failure message=\"")
                    .append(attribute(coverage))
                    .append("\" type=\"LowCoverage\">")
                    .append(text("never fired: "
                            + String.join(
                                    ", ",
                                    suite.uncovered().stream().map(Rule::id).toList())))
                    .append("</failure>\n    </testcase>\n");
        }
        // Ant's schema allows output only at the suite's end, so the coverage line is the suite's output.
        xml.append("    <system-out>")
                .append(text(coverage))
                .append("</system-out>\n    <system-err/>\n")
                .append("  </testsuite>\n");
    }

    private static void loadFailure(StringBuilder xml, LoadFailure failure, String header) {
        var first = failure.problems().isEmpty()
                ? "cannot be loaded"
                : failure.problems().get(0);
        xml.append("  <testsuite name=\"")
                .append(attribute(failure.file()))
                .append('"')
                .append(header)
                .append(" tests=\"1\" failures=\"0\" errors=\"1\" skipped=\"0\" time=\"0.000\">\n")
                .append("    <properties/>\n")
                .append("    <testcase classname=\"")
                .append(attribute(classPrefix(failure.file()) + ".load"))
                .append("\" name=\"load the rules file\" time=\"0.000\">\n      <error message=\"")
                .append(attribute(first))
                .append("\" type=\"BadRulesFile\">")
                .append(text(String.join("\n", failure.problems())))
                .append("</error>\n    </testcase>\n")
                .append("    <system-out/>\n    <system-err/>\n  </testsuite>\n");
    }

    /** A file with no rules id is named by its file name, dots made underscores so Jenkins keeps it whole. */
    private static String classPrefix(String file) {
        var fileName = Path.of(file).getFileName();
        return (fileName == null ? file : fileName.toString()).replace('.', '_');
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.3f", nanos / 1e9);
    }

    /**
     * An attribute value. A line break or tab is written as a character reference: a parser turns a
     * literal one into a space, which lost the line breaks in example names.
     */
    static String attribute(String value) {
        return escape(value, true);
    }

    static String text(String value) {
        return escape(value, false);
    }

    private static String escape(String value, boolean attribute) {
        var escaped = new StringBuilder();
        for (char c : value.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&apos;");
                case '\n' -> escaped.append(attribute ? "&#10;" : "\n");
                case '\r' -> escaped.append("&#13;");
                case '\t' -> escaped.append(attribute ? "&#9;" : "\t");
                default -> {
                    // XML 1.0 has no way to write the other control characters: they are shown, as \\uXXXX.
                    if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
                        escaped.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
                    } else {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }
}
