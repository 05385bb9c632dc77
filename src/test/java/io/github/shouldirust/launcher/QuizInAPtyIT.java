package io.github.shouldirust.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.github.shouldirust.support.BundledAnswers;
import io.github.shouldirust.support.Shell;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The quiz on a real pseudo-terminal, where the kernel's line discipline, job control and SIGWINCH are
 * the real ones: src/test/resources/launcher/pty-session.py (Python's pty module; skipped without
 * python3) runs it and plays keys, signals and resizes at it. The JLine-level versions of these tests
 * are in QuizOnRealTerminalsTest; these check that the signals really arrive and the terminal really
 * changes mode.
 */
class QuizInAPtyIT {
    private static final Path DRIVER =
            Path.of("src/test/resources/launcher/pty-session.py").toAbsolutePath();
    private static final String QUESTION = "What are you building?";

    @BeforeAll
    static void needsPython() {
        assumeThat(Shell.has("python3"))
                .as("python3 drives the pseudo-terminal")
                .isTrue();
    }

    private static List<String> program() {
        var command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                Path.of("target/should-i-rust.jar").toAbsolutePath().toString(),
                "io.github.shouldirust.cli.ShouldIRust"));
        // Every question but "What are you building?", so the quiz asks one.
        command.addAll(BundledAnswers.flagsExcept("building"));
        command.addAll(List.of("--all-questions", "--format", "json"));
        return command;
    }

    /** What the terminal was sent, and how the command ended ("exit 0", "signal 15"). */
    private record Session(String output, String end) {}

    private static Session play(int rows, int columns, List<String> steps, List<String> command) throws Exception {
        var args =
                new ArrayList<>(List.of("python3", DRIVER.toString(), String.valueOf(rows), String.valueOf(columns)));
        args.addAll(steps);
        args.add("--");
        args.addAll(command);
        var builder = new ProcessBuilder(args).redirectErrorStream(true);
        builder.environment().put("TERM", "xterm-256color");
        var process = builder.start();
        var text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(90, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(text).isZero();
        var lines = text.stripTrailing();
        int last = lines.lastIndexOf('\n');
        return new Session(lines.substring(0, last), lines.substring(last + 1));
    }

    /**
     * For a type JLine carries, the quiz builds JLine's terminal itself with the type's capabilities
     * ready-parsed (KnownTypeTerminal): it must be the terminal JLine's builder would have made, on the
     * same pty, with the same name, type, encodings, size and capabilities. Any other type is left to
     * the builder.
     */
    @Test
    void theQuizsTerminalIsTheOneJlinesBuilderMakesButForItsClass() throws Exception {
        var report = reportTerminals("xterm-256color");

        assertThat(report.get(0)).startsWith("quiz KnownTypeTerminal | ");
        assertThat(report.get(1)).startsWith("jline PosixSysTerminal | ");
        assertThat(withoutClass(report.get(0))).isEqualTo(withoutClass(report.get(1)));
        assertThat(report.get(0)).contains("| xterm-256color | UTF-8 UTF-8 UTF-8 | Size[cols=91, rows=27] |");
    }

    @Test
    void aTypeJlineDoesNotCarryIsLeftToItsBuilder() throws Exception {
        var report = reportTerminals("vt100");

        assertThat(report.get(0)).startsWith("quiz PosixSysTerminal | ");
        assertThat(withoutClass(report.get(0))).isEqualTo(withoutClass(report.get(1)));
    }

    private static List<String> reportTerminals(String type) throws Exception {
        var args = new ArrayList<>(List.of("python3", DRIVER.toString(), "27", "91", "--"));
        args.addAll(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                Path.of("target/should-i-rust.jar").toAbsolutePath() + ":"
                        + Path.of("target/test-classes").toAbsolutePath(),
                "io.github.shouldirust.support.TerminalReport"));
        var builder = new ProcessBuilder(args).redirectErrorStream(true);
        builder.environment().put("TERM", type);
        var process = builder.start();
        var text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(90, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(text).isZero();
        var lines = text.lines()
                .filter(l -> l.startsWith("quiz ") || l.startsWith("jline "))
                .toList();
        assertThat(lines).as(text).hasSize(2);
        return lines;
    }

    private static String withoutClass(String line) {
        return line.substring(line.indexOf(" | "));
    }

    @Test
    void sigtermAtAQuestionGivesTheCursorAndKeypadBack() throws Exception {
        var session = play(24, 80, List.of("wait:" + QUESTION, "sleep:0.3", "signal:TERM"), program());

        assertThat(session.end()).isIn("exit 143", "signal 15");
        var after = session.output().substring(session.output().lastIndexOf("ctrl-c quit"));
        assertThat(after).contains("\u001b[?25h", "\u001b[?1l\u001b>");
    }

    @Test
    void ctrlZStopsTheJobAndFgBringsTheQuestionBackInRawMode() throws Exception {
        var quiz = String.join(" ", program()) + "\r";
        var steps = List.of(
                "send:PS1='READ''Y> '\r",
                "wait:READY>",
                "send:" + quiz,
                "wait:" + QUESTION,
                "send:\\x1b[B",
                "sleep:0.5",
                "send:\\x1a",
                "wait:Stopped",
                "wait:READY>",
                "send:fg\r",
                "wait:" + QUESTION,
                "send:\\x1b[B",
                "sleep:0.3",
                "send:\r",
                "wait:Save these answers",
                "send:\r",
                "wait:READY>",
                "send:exit\r");

        var session = play(24, 80, steps, List.of("bash", "--norc", "--noprofile", "-i"));

        assertThat(session.end()).isEqualTo("exit 0");
        // Down before the stop went from "don't know" to the first option, down after fg to the second:
        // keys read one at a time again, not a line at a time.
        assertThat(session.output()).contains("\"building\": \"ai-inference\"");
    }

    @Test
    void ctrlZWhereTheJobCannotBeStoppedCarriesOn() throws Exception {
        // Started straight on the terminal, the quiz is its session's only process group: an orphan,
        // which the kernel does not stop.
        var steps = List.of(
                "wait:" + QUESTION,
                "send:\\x1a",
                "sleep:1",
                "send:\\x1b[B",
                "sleep:0.3",
                "send:\r",
                "wait:Save these answers",
                "send:\r");

        var session = play(24, 80, steps, program());

        assertThat(session.end()).isEqualTo("exit 0");
        assertThat(session.output()).contains("\"building\": \"database\"");
    }

    @Test
    void aResizeRedrawsTheQuestionToTheNewWindow() throws Exception {
        var steps = List.of("wait:" + QUESTION, "sleep:0.3", "resize:10x60", "wait:more above", "send:\\x03");

        var session = play(40, 100, steps, program());

        assertThat(session.end()).isEqualTo("exit 130");
        assertThat(session.output()).contains("(11 more above)");
    }
}
