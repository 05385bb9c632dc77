package io.github.shouldirust.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.shouldirust.support.BundledAnswers;
import io.github.shouldirust.support.Cli;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The full report goes through the pager only for a person at a terminal, and only when it is long. */
class PagerTest {
    /** A person at a terminal of {@code rows} rows whose pager records what it was given. */
    static final class AtTerminal implements Environment {
        final Map<String, String> variables = new HashMap<>();
        final List<String> paged = new ArrayList<>();
        String pagerCommand;
        int rows = 24;
        boolean pagerStarts = true;

        @Override
        public String variable(String name) {
            return variables.get(name);
        }

        @Override
        public boolean stdoutIsTerminal() {
            return true;
        }

        @Override
        public boolean canPrompt() {
            return true;
        }

        @Override
        public int terminalRows() {
            return rows;
        }

        @Override
        public boolean page(String command, String text) {
            pagerCommand = command;
            if (pagerStarts) {
                paged.add(text);
            }
            return pagerStarts;
        }
    }

    /** Runs with every question answered, so a run at a terminal prints without a quiz; returns stdout. */
    private static String run(AtTerminal env, String... more) {
        var args = new ArrayList<>(BundledAnswers.flags());
        args.add("--no-color");
        args.addAll(List.of(more));
        var result = Cli.cli().in(env).execute(args);
        assertThat(result.exitCode()).as("%s", result).isZero();
        return result.stdout();
    }

    @Test
    void aFullReportLongerThanTheTerminalGoesThroughLessByDefault() {
        var env = new AtTerminal();

        var stdout = run(env, "--full");

        assertThat(env.pagerCommand).isEqualTo("less -FRX");
        assertThat(env.paged).singleElement().asString().startsWith("Verdict:").contains("Claims cited");
        assertThat(stdout).isEmpty();
    }

    @Test
    void pagerNamesThePagerAndCatMeansNone() {
        var env = new AtTerminal();
        env.variables.put("PAGER", "more");
        run(env, "--full");
        assertThat(env.pagerCommand).isEqualTo("more");

        var cat = new AtTerminal();
        cat.variables.put("PAGER", "cat");
        assertThat(run(cat, "--full")).startsWith("Verdict:");
        assertThat(cat.paged).isEmpty();
    }

    @Test
    void neverUnderNoInputOrInCiOrWhenItFits() {
        var noInput = new AtTerminal();
        assertThat(run(noInput, "--full", "--no-input")).startsWith("Verdict:");
        assertThat(noInput.paged).isEmpty();

        var ci = new AtTerminal();
        ci.variables.put("CI", "true");
        assertThat(run(ci, "--full")).startsWith("Verdict:");
        assertThat(ci.paged).isEmpty();

        var tall = new AtTerminal();
        tall.rows = 500;
        assertThat(run(tall, "--full")).startsWith("Verdict:");
        assertThat(tall.paged).isEmpty();
    }

    @Test
    void theCardIsNeverPaged() {
        var env = new AtTerminal();

        assertThat(run(env)).startsWith("Verdict:").contains("More: --full");
        assertThat(env.paged).isEmpty();
    }

    @Test
    void aPagerThatCannotStartLeavesTheReportOnStdout() {
        var env = new AtTerminal();
        env.pagerStarts = false;

        assertThat(run(env, "--full")).startsWith("Verdict:").contains("Claims cited");
    }

    @Test
    void thePagerRunsThroughTheShellFedTheText(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        var shown = dir.resolve("shown.txt");

        assertThat(Pager.run("cat > '" + shown + "'", "line one\nline two\n")).isTrue();
        assertThat(java.nio.file.Files.readString(shown)).isEqualTo("line one\nline two\n");
        assertThat(Pager.run("no-such-pager-anywhere", "text"))
                .as("not found: print it instead")
                .isFalse();
    }
}
