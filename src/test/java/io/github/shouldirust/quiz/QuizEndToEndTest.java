package io.github.shouldirust.quiz;

import static io.github.shouldirust.quiz.Typing.CTRL_C;
import static io.github.shouldirust.quiz.Typing.CTRL_D;
import static io.github.shouldirust.quiz.Typing.DOWN;
import static io.github.shouldirust.quiz.Typing.ENTER;
import static io.github.shouldirust.quiz.Typing.LEFT;
import static io.github.shouldirust.quiz.Typing.UP;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.shouldirust.cli.ShouldIRust;
import io.github.shouldirust.support.BundledAnswers;
import io.github.shouldirust.support.Cli;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quiz through {@link ShouldIRust#run}, on a JLine terminal fed from a byte stream: keys in, screen
 * out, as a person at a terminal would drive it.
 */
class QuizEndToEndTest {

    /**
     * Every question but the last two answered by flags, so most tests drive a short quiz; with
     * --all-questions, since the verdict is settled before either is asked.
     */
    private static final List<String> ALL_BUT_HIRING_AND_AI =
            List.copyOf(args(BundledAnswers.flagsExcept("hiring", "ai-written"), "--all-questions"));

    /** The same with deployment, a multi-choice question, left to ask as well. */
    private static final List<String> DEPLOYMENT_HIRING_AND_AI_LEFT =
            List.copyOf(args(BundledAnswers.flagsExcept("deployment", "hiring", "ai-written"), "--all-questions"));

    @TempDir
    Path dir;

    record Run(int exitCode, String stdout, String stderr, String screen, boolean terminalOpened) {}

    private static Run quiz(String keys, List<String> args) {
        return quiz(keys, "xterm-256color", args);
    }

    private static Run quiz(String keys, String terminalType, List<String> args) {
        var env = new PersonAtTerminal(Typing.keys(keys), terminalType);
        var result = Cli.cli().in(env).execute(args);
        return new Run(
                result.exitCode(),
                result.stdout(),
                result.stderr(),
                env.screen.toString(StandardCharsets.UTF_8),
                env.opened);
    }

    private static List<String> args(List<String> first, String... more) {
        var all = new ArrayList<>(first);
        all.addAll(List.of(more));
        return all;
    }

    @Test
    void enterThroughEveryQuestionAnswersOnlyWhatTheRulesFileMakesTheDefault() {
        var run = quiz(ENTER.repeat(14) + ENTER, List.of("--all-questions", "--format", "json"));

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.screen()).contains("(1 of 14)").contains("(14 of 14");
        assertThat(run.stdout())
                .contains(
                        "\"answers\": {\n    \"deployment\": [\n      \"none\"\n    ],\n"
                                + "    \"codebase\": \"greenfield\",\n    \"hiring\": \"no\",\n    \"ai-written\": \"none\"\n  }");
    }

    @Test
    void theQuizStopsWhenTheVerdictIsSettledAndEndsOnTheCard() {
        // building: down from "don't know" (the last row) wraps to the first option, then to mobile-app.
        var run = quiz(DOWN.repeat(13) + ENTER + ENTER + ENTER, List.of());

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.screen())
                .contains("Settled after 1 of 14 questions: no answer to the other 13 can change it.")
                .contains("Answer the other 13 anyway")
                .doesNotContain("(2 of");
        assertThat(run.stdout()).startsWith("Verdict:     avoid-rust").contains("Confidence:  settled");
        assertThat(run.stdout().lines().count()).isLessThanOrEqualTo(22);
    }

    @Test
    void answeringTheRestAnywayGoesOnAfterTheStop() {
        var run = quiz(DOWN.repeat(13) + ENTER + DOWN + ENTER + CTRL_C, List.of());

        assertThat(run.screen()).contains("Settled after 1 of 14").contains("(2 of 14)");
        assertThat(run.exitCode()).isEqualTo(130);
    }

    @Test
    void backAtTheStopReturnsToTheLastQuestion() {
        // mobile-app settles it; left goes back to building, up one row to a web front end, which does not.
        var run = quiz(DOWN.repeat(13) + ENTER + LEFT + DOWN + ENTER + CTRL_C, List.of("--format", "json"));

        assertThat(run.screen()).contains("Settled after 1 of 14").contains("(2 of at most 14)");
        assertThat(run.exitCode()).isEqualTo(130);
    }

    @Test
    void aQuestionWithoutADefaultStartsOnDontKnow() {
        var run = quiz(ENTER + CTRL_C, List.of("--no-color"));

        assertThat(run.screen()).contains("> Don't know").contains("* What are you building? don't know");
    }

    @Test
    void aDumbTerminalStopsWhenSettledToo() {
        var run = quiz("13\n\n\n", "dumb", List.of("--format", "json"));

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.screen())
                .contains(
                        "[1 of at most 14]",
                        "Settled after 1 of 14 questions",
                        "2) Answer the other 13 anyway",
                        "(enter: don't know");
        assertThat(run.stdout()).contains("\"settled\": true", "\"building\": \"mobile-app\"");
    }

    @Test
    void questionsAnsweredByFlagsAreSkipped() {
        var run = quiz(ENTER + ENTER + ENTER, ALL_BUT_HIRING_AND_AI);

        assertThat(run.exitCode()).isZero();
        assertThat(run.screen()).contains("(1 of 2)", "(2 of 2)").doesNotContain("What are you building?");
        assertThat(run.stdout()).startsWith("Verdict:").contains("More: --full");
    }

    @Test
    void arrowKeysMoveTheSelection() {
        // hiring: default "no", up to "yes"; ai-written: default "none", up twice to "mostly".
        var run = quiz(UP + ENTER + UP + UP + ENTER + ENTER, args(ALL_BUT_HIRING_AND_AI, "--format", "json"));

        assertThat(run.stdout()).contains("\"hiring\": \"yes\"", "\"ai-written\": \"mostly\"");
    }

    @Test
    void goingBackChangesAnEarlierAnswer() {
        // hiring: yes; ai-written: back; hiring again: down to "no"; ai-written: default.
        var run =
                quiz(UP + ENTER + LEFT + DOWN + ENTER + ENTER + ENTER, args(ALL_BUT_HIRING_AND_AI, "--format", "json"));

        assertThat(run.stdout()).contains("\"hiring\": \"no\"");
    }

    @Test
    void dontKnowLeavesTheQuestionUnanswered() {
        // hiring: down from "no" to "don't know"; ai-written: default.
        var run = quiz(DOWN + ENTER + ENTER + ENTER, args(ALL_BUT_HIRING_AND_AI, "--format", "json"));

        assertThat(run.stdout()).doesNotContain("\"hiring\":").contains("\"unanswered\": [\n    \"hiring\"\n  ]");
    }

    @Test
    void questionMarkShowsWhyWeAsk() {
        var run = quiz("?" + ENTER + ENTER + ENTER, ALL_BUT_HIRING_AND_AI);

        assertThat(run.screen()).contains("hire");
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void checkboxesTickSeveralValuesAndNoneClearsTheOthers() {
        // deployment starts on its default, "none" (row 6): tick it off, go to row 1 and 2 and tick both.
        var keys = " " + DOWN + DOWN + " " + DOWN + " " + ENTER + ENTER + ENTER + ENTER;

        var run = quiz(keys, args(DEPLOYMENT_HIRING_AND_AI_LEFT, "--format", "json"));

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stdout()).contains("\"deployment\": [\n      \"constrained\",\n      \"single-binary\"\n    ]");
    }

    @Test
    void ctrlCCancelsWritesNothingAndExits130() {
        var save = dir.resolve("answers.yaml");

        var run = quiz(ENTER + CTRL_C, args(ALL_BUT_HIRING_AND_AI, "--save", save.toString()));

        assertThat(run.exitCode()).isEqualTo(130);
        assertThat(run.stderr()).isEqualTo("should-i-rust: quiz cancelled; nothing was written\n");
        assertThat(run.stdout()).isEmpty();
        assertThat(save).doesNotExist();
    }

    @Test
    void enterOnAnotherRowChoosesItOverAnUntouchedDefault() {
        // deployment starts on its pre-ticked default, "none" (row 6); up four rows to "single-binary".
        var run = quiz(
                UP + UP + UP + UP + ENTER + ENTER + ENTER + ENTER,
                args(DEPLOYMENT_HIRING_AND_AI_LEFT, "--format", "json"));

        assertThat(run.stdout()).contains("\"deployment\": [\n      \"single-binary\"\n    ]");
    }

    @Test
    void ctrlCAtTheOfferToSaveSaysOnlyTheAnswersWereNotWritten() {
        var run = quiz(ENTER + ENTER + CTRL_C, args(ALL_BUT_HIRING_AND_AI, "--format", "json"));

        assertThat(run.exitCode()).isEqualTo(130);
        assertThat(run.stdout()).startsWith("{");
        assertThat(run.stderr()).isEqualTo("should-i-rust: quiz cancelled; no answers file was written\n");
    }

    @Test
    void aSaveTargetThatCannotBeWrittenIsRefusedBeforeAnyQuestion() {
        var run = quiz(ENTER + ENTER, args(ALL_BUT_HIRING_AND_AI, "--save", "/etc/hostname/answers.yaml"));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.terminalOpened()).isFalse();
        assertThat(run.stderr())
                .isEqualTo("should-i-rust: --save /etc/hostname/answers.yaml: no such directory: " + "/etc/hostname\n");
    }

    @Test
    void savedAnswersAreReadableByOthersLikeAnyNewFile() throws Exception {
        var save = dir.resolve("answers.yaml");

        quiz("", List.of("--no-input", "-a", "building=os", "--save", save.toString()));

        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(save)))
                .isEqualTo("rw-r--r--");
        try (var listing = Files.list(dir)) {
            assertThat(listing).as("no temporary file left behind").containsExactly(save);
        }
    }

    @Test
    void ctrlDCancelsToo() {
        var run = quiz(CTRL_D, ALL_BUT_HIRING_AND_AI);

        assertThat(run.exitCode()).isEqualTo(130);
        assertThat(run.stdout()).isEmpty();
    }

    @Test
    void aDumbTerminalGetsNumberedChoices() {
        // hiring: "1" (yes); ai-written: "?" for help, "9" is out of range, then "3" (none); skip saving.
        var run = quiz("1\n?\n9\n3\n\n", "dumb", args(ALL_BUT_HIRING_AND_AI, "--format", "json"));

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.screen()).contains("[1 of 2]", "  1) Yes", "Please type one number from 1 to 4");
        assertThat(run.stdout()).contains("\"hiring\": \"yes\"", "\"ai-written\": \"none\"");
    }

    @Test
    void aDumbTerminalCanGoBackAndSayDontKnow() {
        var run = quiz("1\nb\n3\n\n\n", "dumb", args(ALL_BUT_HIRING_AND_AI, "--format", "json"));

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stdout()).doesNotContain("\"hiring\":");
    }

    @Test
    void savedAnswersReplayToIdenticalJson() throws Exception {
        var save = dir.resolve("answers.yaml");
        var run = quiz(
                UP + ENTER + DOWN + ENTER + ENTER,
                args(ALL_BUT_HIRING_AND_AI, "--format", "json", "--save", save.toString()));

        var replay = quiz("", List.of("--no-input", "--format", "json", "--answers", save.toString()));

        assertThat(run.exitCode()).isZero();
        assertThat(replay.terminalOpened()).isFalse();
        assertThat(replay.stdout()).isEqualTo(run.stdout());
        assertThat(Files.readString(save)).contains("hiring: \"yes\"", "ai-written: null");
    }

    @Test
    void aDontKnowInAnAnswersFileIsNotAskedAgain() throws Exception {
        var file = dir.resolve("answers.yaml");
        Files.writeString(file, "hiring: null\n");

        var run = quiz(ENTER + ENTER, args(ALL_BUT_HIRING_AND_AI, "--answers", file.toString(), "--format", "json"));

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.screen()).contains("(1 of 1)").contains("AI agents").doesNotContain("hire");
        assertThat(run.stdout()).contains("\"unanswered\": [\n    \"hiring\"\n  ]");
    }

    @Test
    void aSavedFileHoldsOnlyWhatWasAnsweredOrLeftAsDontKnow() throws Exception {
        var save = dir.resolve("answers.yaml");

        var run = quiz("", List.of("--no-input", "-a", "building=os", "--save", save.toString()));

        assertThat(run.exitCode()).isZero();
        assertThat(Files.readString(save)).endsWith("\nbuilding: \"os\"\n");
    }

    @Test
    void theOfferToSaveWritesTheFileNamed() throws Exception {
        var save = dir.resolve("mine.yaml");

        var run = quiz(ENTER + ENTER + save + ENTER + ENTER, ALL_BUT_HIRING_AND_AI);

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.screen()).contains("Save these answers");
        assertThat(save).exists();
        assertThat(Files.readString(save)).as("no name given").doesNotContain("name:");
    }

    @Test
    void savingAsksWhoseAnswersTheyAreForCompare() throws Exception {
        var save = dir.resolve("ana.yaml");

        var run = quiz(ENTER + ENTER + save + ENTER + "Ana Lima" + ENTER, ALL_BUT_HIRING_AND_AI);

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.screen()).contains("Whose answers are these?");
        assertThat(Files.readString(save)).contains("\nname: \"Ana Lima\"\nrules: \"why-rust\"\n");
    }

    @Test
    void nameGivesTheNameWithoutAsking() throws Exception {
        var save = dir.resolve("ana.yaml");

        var run = quiz(ENTER + ENTER, args(ALL_BUT_HIRING_AND_AI, "--save", save.toString(), "--name", "Ana"));

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.screen()).doesNotContain("Whose answers");
        assertThat(Files.readString(save)).contains("\nname: \"Ana\"\n");
    }

    @Test
    void noInputNeverOpensTheTerminal() {
        var run = quiz("", List.of("--no-input", "-a", "building=os"));

        assertThat(run.terminalOpened()).isFalse();
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void aSaveFileThatExistsIsRefusedBeforeAnyQuestion() throws Exception {
        var save = Files.writeString(dir.resolve("answers.yaml"), "keep: me\n");

        var run = quiz(ENTER + ENTER, args(ALL_BUT_HIRING_AND_AI, "--save", save.toString()));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.terminalOpened()).isFalse();
        assertThat(run.stderr()).contains("file exists; add --force");
        assertThat(Files.readString(save)).isEqualTo("keep: me\n");
    }
}
