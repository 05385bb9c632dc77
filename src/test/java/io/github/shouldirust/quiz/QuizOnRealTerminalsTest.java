package io.github.shouldirust.quiz;

import static io.github.shouldirust.quiz.Typing.CTRL_C;
import static io.github.shouldirust.quiz.Typing.CTRL_Z;
import static io.github.shouldirust.quiz.Typing.DOWN;
import static io.github.shouldirust.quiz.Typing.ENTER;
import static io.github.shouldirust.quiz.Typing.ESC;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.shouldirust.support.BundledAnswers;
import io.github.shouldirust.support.Cli;
import io.github.shouldirust.support.RunResult;
import io.github.shouldirust.support.TinyRulesFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.jline.terminal.Attributes;
import org.jline.terminal.Attributes.LocalFlag;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quiz as terminals treat it: windows too small for a question, resized mid-question, Ctrl-Z and
 * {@code fg}, a stop it did not see, Esc, and a locale that cannot read what is typed. The screen is
 * checked as a terminal emulator shows it.
 */
class QuizOnRealTerminalsTest {
    /** Longer than the reader waits for the rest of an escape sequence (100 ms). */
    private static final long SETTLE = 400;

    /** Only the first question, "What are you building?", is left; it has 16 options and "don't know". */
    private static final List<String> ALL_BUT_BUILDING = Stream.concat(
                    BundledAnswers.flagsExcept("building").stream(), Stream.of("--all-questions", "--format", "json"))
            .toList();

    private static RunResult run(PersonAtTerminal person, List<String> args) {
        return Cli.cli().in(person).execute(args);
    }

    private static List<String> shown(List<String> screen) {
        return screen.stream().filter(line -> !line.isBlank()).toList();
    }

    @Test
    void aWindowTooShortForTheListScrollsItAndKeepsThePromptAndKeys() {
        var seen = new AtomicInteger();
        var typing = Typing.keys(DOWN.repeat(9));
        var person = new PersonAtTerminal(typing, "xterm-256color", new Size(80, 12), StandardCharsets.UTF_8);
        typing.then(() -> seen.set(person.awaitLine("  > A WebAssembly module")))
                .then(CTRL_C);

        run(person, ALL_BUT_BUILDING);

        var screen = person.screenAt(seen.get());
        assertThat(screen).hasSize(12);
        assertThat(shown(screen))
                .startsWith("? What are you building?  (1 of 1)")
                .contains("  > A WebAssembly module", "    (8 more below)")
                .endsWith("  up/down move, space tick, enter choose, left back, ? why we ask, ctrl-c quit");
        assertThat(shown(screen).size()).isLessThanOrEqualTo(11);
    }

    @Test
    void aResizeDrawsTheQuestionAgainToTheNewSize() {
        var seen = new AtomicInteger();
        var typing = Typing.keys(DOWN.repeat(9));
        var person = new PersonAtTerminal(typing, "xterm-256color", new Size(100, 40), StandardCharsets.UTF_8);
        typing.then(() -> person.awaitLine("  > A WebAssembly module"))
                .then(() -> person.resize(60, 9))
                .then(() -> seen.set(person.awaitLine("    (5 more above)")))
                .then(CTRL_C);

        run(person, ALL_BUT_BUILDING);

        var screen = shown(person.screenAt(seen.get()));
        assertThat(screen).last().isEqualTo("  up/down move, space tick, enter choose, left back, ? w...");
        var frame = screen.subList(screen.lastIndexOf("? What are you building?  (1 of 1)"), screen.size());
        // Nine rows, one kept free: the heading, the keys, and the list's window with a line each side.
        assertThat(frame)
                .containsExactly(
                        "? What are you building?  (1 of 1)",
                        "    (5 more above)",
                        "    A command-line or developer tool",
                        "    An operating system, kernel, driver or hypervisor",
                        "    Embedded or firmware code",
                        "  > A WebAssembly module",
                        "    (8 more below)",
                        "  up/down move, space tick, enter choose, left back, ? w...");
    }

    @Test
    void ctrlZGivesTheTerminalBackAndTheQuizCarriesOnWhenContinued() {
        var atStop = new AtomicReference<Attributes>();
        var stops = new AtomicInteger();
        // Typed once the quiz is up: typed ahead, the terminal would still be in line mode and take Ctrl-Z.
        var typing = Typing.keys("");
        var person = new PersonAtTerminal(typing, "xterm-256color");
        typing.then(() -> person.awaitLine("  > Don't know"))
                .then(DOWN + CTRL_Z)
                .then(() -> person.awaitLine("  > A database, storage engine or query engine"))
                .then(ENTER + ENTER);
        person.onStop(() -> {
            stops.incrementAndGet();
            atStop.set(person.terminal().getAttributes());
            person.terminal().raise(Terminal.Signal.CONT); // fg
        });

        var result = run(person, ALL_BUT_BUILDING);

        assertThat(stops).hasValue(1);
        assertThat(atStop.get().getLocalFlag(LocalFlag.ICANON))
                .as("line mode while stopped")
                .isTrue();
        assertThat(atStop.get().getLocalFlag(LocalFlag.ECHO)).isTrue();
        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.stdout()).as("the key after fg still works").contains("\"building\": \"database\"");
        assertThat(person.screen.toString(StandardCharsets.UTF_8))
                .as("cursor shown while stopped, question drawn again")
                .containsSubsequence("What are you building?", "\u001b[?25h", "What are you building?");
    }

    @Test
    void aContinueAfterAStopItDidNotSeeTakesRawModeAgain() {
        var after = new AtomicReference<Attributes>();
        var typing = Typing.keys("");
        var person = new PersonAtTerminal(typing, "xterm-256color");
        typing.then(() -> person.awaitLine("  > Don't know"))
                .then(() -> {
                    // SIGSTOP, then the shell puts the terminal back in line mode, then fg sends SIGCONT.
                    var cooked = person.terminal().getAttributes();
                    cooked.setLocalFlag(LocalFlag.ICANON, true);
                    cooked.setLocalFlag(LocalFlag.ECHO, true);
                    person.terminal().setAttributes(cooked);
                    person.terminal().raise(Terminal.Signal.CONT);
                    after.set(person.terminal().getAttributes());
                })
                .then(DOWN + ENTER + ENTER);

        var result = run(person, ALL_BUT_BUILDING);

        assertThat(after.get().getLocalFlag(LocalFlag.ICANON)).isFalse();
        assertThat(after.get().getLocalFlag(LocalFlag.ECHO)).isFalse();
        assertThat(result.stdout()).contains("\"building\": \"database\"");
    }

    @Test
    void escapeDoesNotHoldBackTheKeyAfterIt() {
        var seen = new AtomicInteger();
        // Esc alone, then a pause longer than the reader's wait for the rest of a sequence, then j.
        var typing = Typing.keys(ESC).pause(SETTLE).then("j");
        var person = new PersonAtTerminal(typing, "xterm-256color");
        typing.then(() -> seen.set(person.awaitLine("  > A database, storage engine or query engine")))
                .then(CTRL_C);

        run(person, ALL_BUT_BUILDING);

        // Down from "don't know", the last row, wraps to the first option.
        assertThat(person.screenAt(seen.get())).contains("  > A database, storage engine or query engine");
    }

    @Test
    void unboundKeysAndSequencesDoNothingAndHoldNothingBack() {
        var typing = Typing.keys("x" + ESC + "[Z" + "\u00e9" + ESC + "[99~" + "j" + ENTER + ENTER);
        var result = run(new PersonAtTerminal(typing, "xterm-256color"), ALL_BUT_BUILDING);

        assertThat(result.stdout()).contains("\"building\": \"database\"");
    }

    @Test
    void aLineBreakInALabelShowsEscapedOnItsOneRow(@TempDir Path dir) throws Exception {
        var rules = TinyRulesFile.withLine(
                dir, 24, "      - { value: fast, label: Fast }", "      - { value: fast, label: \"Fa\\nst\" }");
        var seen = new AtomicInteger();
        var typing = Typing.keys(DOWN);
        var person = new PersonAtTerminal(typing, "xterm-256color", new Size(80, 12), StandardCharsets.UTF_8);
        typing.then(() -> seen.set(person.awaitLine("  > Fa\\u000Ast"))).then(CTRL_C);

        var result = run(person, List.of("--rules", rules.toString(), "--no-color"));

        assertThat(result.exitCode()).as(result.stderr()).isEqualTo(130);

        assertThat(shown(person.screenAt(seen.get())))
                .containsExactly(
                        "? How fast?  (1 of 1)",
                        "  > Fa\\u000Ast",
                        "    Slow",
                        "    Don't know",
                        "  up/down move, space tick, enter choose, left back, ? why we ask, ctrl-c quit");
    }
}
