package io.github.shouldirust.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.shouldirust.support.Cli;
import io.github.shouldirust.support.TinyRulesFile;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --format markdown: a MADR 4.0 record, dated, with no empty section and rules text kept as text. */
class DecisionRecordTest {

    @TempDir
    Path dir;

    @Test
    void startsWithMadrFrontMatterDatedBySourceDateEpoch() {
        var record = Cli.cli().env("SOURCE_DATE_EPOCH", "0").execute("-a", "building=os", "--format", "markdown");

        assertThat(record.stdout())
                .startsWith("---\nstatus: proposed\ndate: 1970-01-01\ndecision-makers: []\n"
                        + "consulted: []\ninformed: []\n---\n\n# Consider Rust for an operating system");
    }

    @Test
    void withoutSourceDateEpochOrWithANonsenseOneItIsToday() {
        var today = "date: " + LocalDate.now(ZoneOffset.UTC);

        assertThat(Cli.run("--format", "markdown").stdout()).contains(today);
        assertThat(Cli.cli()
                        .env("SOURCE_DATE_EPOCH", "99999999999999999999999")
                        .execute("--format", "markdown")
                        .stdout())
                .contains(today);
    }

    @Test
    void noSectionIsEmpty() {
        for (var answers : List.of(
                List.<String>of(),
                List.of("-a", "building=os"),
                List.of("-a", "building=script"),
                List.of("-a", "building=network-service", "-a", "latency=critical", "-a", "team-languages=go"))) {
            var args = new java.util.ArrayList<>(answers);
            args.addAll(List.of("--format", "markdown"));
            var record = Cli.run(args.toArray(String[]::new)).stdout();
            assertThat(emptySections(record)).as("in:\n%s", record).isEmpty();
        }
    }

    /** Headings followed by nothing but a heading of the same or a higher level, or the end. */
    private static List<String> emptySections(String record) {
        var lines = record.lines().filter(line -> !line.isBlank()).toList();
        var empty = new java.util.ArrayList<String>();
        for (int i = 0; i < lines.size(); i++) {
            int level = level(lines.get(i));
            if (level > 1
                    && (i + 1 == lines.size() || level(lines.get(i + 1)) > 0 && level(lines.get(i + 1)) <= level)) {
                empty.add(lines.get(i));
            }
        }
        return empty;
    }

    private static int level(String line) {
        int level = 0;
        while (level < line.length() && line.charAt(level) == '#') {
            level++;
        }
        return level > 0 && level < line.length() && line.charAt(level) == ' ' ? level : 0;
    }

    @Test
    void textFromARulesFileStaysTextNotHtml() throws Exception {
        var rules = TinyRulesFile.withLine(
                dir, 31, "    text: \"Fast wins.\"", "    text: \"Fast <Rust> & <script>alert(1)</script> wins.\"");

        var record = Cli.run("--rules", rules.toString(), "-a", "speed=fast", "--format", "markdown")
                .stdout();

        assertThat(record)
                .contains("&lt;Rust&gt; &amp; &lt;script&gt;alert(1)&lt;/script&gt; wins.")
                .doesNotContain("<Rust>", "<script>");
    }

    /**
     * Markdown's own markup in a rules file stays text too: no emphasis, link, code span, strike-through,
     * heading or nested list the file did not ask the record for, a backtick in an id cannot end its
     * code span early, and a web address is an autolink whose address is not mangled by escapes.
     */
    @Test
    void markdownInARulesFileStaysText() throws Exception {
        var lines = new java.util.ArrayList<>(TinyRulesFile.lines());
        var replacements = java.util.Map.of(
                "  - id: fast", "  - id: \"fa`st\"",
                "    statement: \"Fast things are fast.\"", "    statement: \"Use `code`, ~~strike~~ and **bold**.\"",
                "    name: Go", "    name: \"- Go\"",
                "    rust-wins: [fast]", "    rust-wins: [\"fa`st\"]",
                "    other-wins: [fast]", "    other-wins: [\"fa`st\"]",
                "    prompt: \"How fast?\"", "    prompt: \"# How *fast*?\"",
                "      - { value: fast, label: Fast }",
                        "      - { value: fast, label: \"[Fast](https://example.com)\" }",
                "    text: \"Fast wins.\"", "    text: \"_Fast_ wins\\n1. really\"",
                "    claims: [fast]", "    claims: [\"fa`st\"]");
        lines.replaceAll(line -> replacements.getOrDefault(line, line));
        var rules = java.nio.file.Files.writeString(dir.resolve("rules.yaml"), String.join("\n", lines) + "\n");

        var result = Cli.run("--rules", rules.toString(), "-a", "speed=fast", "--format", "markdown");

        assertThat(result.exitCode()).as("%s", result).isZero();
        assertThat(result.stdout())
                .contains(
                        "* \\# How \\*fast\\*? **\\[Fast\\](<https://example.com>)** (`speed=fast`)",
                        "* Good, because \\_Fast\\_ wins 1. really (`` fa`st ``)",
                        "* \\- Go",
                        "### \\- Go",
                        "* Good, because Use \\`code\\`, \\~\\~strike\\~\\~ and \\*\\*bold\\*\\*. (`` fa`st ``)");
    }
}
