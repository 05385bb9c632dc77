package io.github.shouldirust.cli;

import java.util.List;

/** JUnit's XML report, the format CI dashboards read, for {@code rules test --junit}. */
final class JUnitXml {
    private JUnitXml() {
    }

    static String render(List<RulesTestCommand.Suite> suites) {
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites>\n");
        for (var suite : suites) {
            xml.append("  <testsuite name=\"").append(escape(suite.file())).append("\" tests=\"")
                    .append(suite.outcomes().size()).append("\" failures=\"").append(suite.failures())
                    .append("\" errors=\"0\" skipped=\"0\">\n");
            xml.append("    <properties>\n      <property name=\"rule-coverage\" value=\"").append(suite.coverage())
                    .append("%\"/>\n    </properties>\n");
            for (var outcome : suite.outcomes()) {
                xml.append("    <testcase classname=\"").append(escape(suite.file())).append("\" name=\"")
                        .append(escape(outcome.example().name())).append('"');
                if (outcome.passed()) {
                    xml.append("/>\n");
                } else {
                    xml.append(">\n      <failure message=\"").append(escape(outcome.detail())).append("\"/>\n")
                            .append("    </testcase>\n");
                }
            }
            xml.append("  </testsuite>\n");
        }
        return xml.append("</testsuites>\n").toString();
    }

    private static String escape(String text) {
        var escaped = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&apos;");
                default -> escaped.append(c < 0x20 && c != '\t' && c != '\n' ? ' ' : c);
            }
        }
        return escaped.toString();
    }
}
