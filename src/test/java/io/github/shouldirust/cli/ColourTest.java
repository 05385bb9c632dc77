package io.github.shouldirust.cli;

import static io.github.shouldirust.support.Cli.cli;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.shouldirust.support.Cli;
import io.github.shouldirust.support.RunResult;
import org.junit.jupiter.api.Test;

/**
 * Colour on a terminal (--color=auto, the default), never with NO_COLOR or --no-color, never in JSON;
 * --color=always for a CI log that renders it, --color=never as --no-color.
 */
class ColourTest {
    private static final String ESCAPE = "\u001b[";
    private static final String[] ANSWERS = {"-a", "building=network-service", "-a", "hiring=yes"};

    private static RunResult ok(RunResult result) {
        assertThat(result.exitCode()).as("%s", result).isZero();
        return result;
    }

    /** {@code ANSWERS} and then {@code more}. */
    private static String[] with(String... more) {
        var args = new java.util.ArrayList<>(java.util.List.of(ANSWERS));
        args.addAll(java.util.List.of(more));
        return args.toArray(String[]::new);
    }

    @Test
    void terminalGetsColour() {
        assertThat(ok(cli().terminal().execute(ANSWERS)).stdout()).contains(ESCAPE);
    }

    @Test
    void terminalGetsColourForTheQuestionList() {
        assertThat(ok(cli().terminal().execute("questions")).stdout()).contains(ESCAPE);
    }

    @Test
    void notATerminalGetsNone() {
        assertThat(ok(Cli.run(ANSWERS)).stdout()).doesNotContain(ESCAPE);
    }

    @Test
    void noColorVariableTurnsItOff() {
        assertThat(ok(cli().terminal().env("NO_COLOR", "1").execute(ANSWERS)).stdout())
                .doesNotContain(ESCAPE);
    }

    @Test
    void noColorFlagTurnsItOff() {
        assertThat(ok(cli().terminal().execute(with("--no-color"))).stdout()).doesNotContain(ESCAPE);
    }

    @Test
    void noColorFlagTurnsItOffForTheQuestionList() {
        assertThat(ok(cli().terminal().execute("questions", "--no-color")).stdout())
                .doesNotContain(ESCAPE);
    }

    @Test
    void dumbTerminalGetsNone() {
        assertThat(ok(cli().terminal().env("TERM", "dumb").execute(ANSWERS)).stdout())
                .doesNotContain(ESCAPE);
    }

    @Test
    void jsonOnATerminalHasNoEscapes() {
        assertThat(ok(cli().terminal().execute(with("--format", "json"))).stdout())
                .doesNotContain(ESCAPE);
    }

    @Test
    void colourDoesNotChangeTheWords() {
        var coloured =
                ok(cli().terminal().env("LANG", "C.UTF-8").execute(ANSWERS)).stdout();
        var plain = ok(Cli.run(ANSWERS)).stdout();

        // Only the charts' bars differ: blocks in colour, ASCII without.
        assertThat(coloured.replaceAll("\u001b\\[[0-9;]*m", "").replaceAll("(?m)(?<=  )█+(?= |$)", "#"))
                .isEqualTo(plain.replaceAll("(?m)(?<=  )[-=#]{2,}(?= |$)", "#"));
    }

    @Test
    void chartsUseBlocksInColourAndAsciiWithout() {
        var coloured =
                ok(cli().terminal().env("LANG", "en_GB.UTF-8").execute(ANSWERS)).stdout();
        var plain = ok(Cli.run(ANSWERS)).stdout();

        assertThat(coloured).contains("█");
        assertThat(plain).doesNotContain("█").containsPattern("(?m)^  -+=+#+$");
    }

    /** A Latin-1 or C locale would show UTF-8 blocks as mojibake: colour stays, the glyphs go ASCII. */
    @Test
    void aTerminalWhoseLocaleIsNotUtf8GetsAsciiChartsInColour() {
        for (var locale : new String[][] {{"LANG", "de_DE.ISO-8859-1"}, {"LC_ALL", "C"}, {"LANG", ""}}) {
            var run = ok(cli().terminal()
                    .env("LANG", "en_GB.UTF-8")
                    .env(locale[0], locale[1])
                    .execute(ANSWERS));

            assertThat(run.stdout())
                    .as("%s=%s", locale[0], locale[1])
                    .contains(ESCAPE)
                    .doesNotContain("█");
        }
    }

    @Test
    void errorsOnATerminalHaveNoEscapes() {
        var result = cli().terminal().execute("--bogus");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stderr()).doesNotContain(ESCAPE);
    }

    @Test
    void colorAlwaysColoursAPipeAndOutranksNoColorButNotTheFlag() {
        assertThat(ok(Cli.run(with("--color=always"))).stdout()).contains(ESCAPE);
        assertThat(ok(cli().env("NO_COLOR", "1").env("TERM", "dumb").execute(with("--color", "always")))
                        .stdout())
                .contains(ESCAPE);
        assertThat(ok(Cli.run("questions", "--color=always")).stdout()).contains(ESCAPE);
        assertThat(ok(Cli.run(with("--color=always", "--no-color"))).stdout()).doesNotContain(ESCAPE);
    }

    @Test
    void colorNeverAndAutoDoWhatTheySay() {
        assertThat(ok(cli().terminal().execute(with("--color=never"))).stdout()).doesNotContain(ESCAPE);
        assertThat(ok(cli().terminal().execute(with("--color=auto"))).stdout()).contains(ESCAPE);
        assertThat(ok(Cli.run(with("--color=auto"))).stdout()).doesNotContain(ESCAPE);
    }

    @Test
    void anUnknownWhenIsAUsageError() {
        var result = Cli.run(with("--color=sometimes"));

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stderr())
                .isEqualTo("should-i-rust: Invalid value for option '--color': 'sometimes' is not "
                        + "one of auto, always, never (see 'should-i-rust --help')\n");
    }
}
