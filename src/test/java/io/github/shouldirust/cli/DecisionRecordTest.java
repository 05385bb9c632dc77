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

        assertThat(record.stdout()).startsWith("---\nstatus: proposed\ndate: 1970-01-01\ndecision-makers: []\n"
                + "consulted: []\ninformed: []\n---\n\n# Consider Rust for an operating system");
    }

    @Test
    void withoutSourceDateEpochOrWithANonsenseOneItIsToday() {
        var today = "date: " + LocalDate.now(ZoneOffset.UTC);

        assertThat(Cli.run("--format", "markdown").stdout()).contains(today);
        assertThat(Cli.cli().env("SOURCE_DATE_EPOCH", "99999999999999999999999").execute("--format", "markdown")
                .stdout()).contains(today);
    }

    @Test
    void noSectionIsEmpty() {
        for (var answers : List.of(List.<String>of(), List.of("-a", "building=os"), List.of("-a", "building=script"),
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
            if (level > 1 && (i + 1 == lines.size() || level(lines.get(i + 1)) > 0 && level(lines.get(i + 1)) <= level)) {
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
        var rules = TinyRulesFile.withLine(dir, 31, "    text: \"Fast wins.\"",
                "    text: \"Fast <Rust> & <script>alert(1)</script> wins.\"");

        var record = Cli.run("--rules", rules.toString(), "-a", "speed=fast", "--format", "markdown").stdout();

        assertThat(record).contains("&lt;Rust&gt; &amp; &lt;script&gt;alert(1)&lt;/script&gt; wins.")
                .doesNotContain("<Rust>", "<script>");
    }
}
