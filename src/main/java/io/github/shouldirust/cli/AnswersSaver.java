package io.github.shouldirust.cli;

import io.github.shouldirust.core.AnswerSheet;
import io.github.shouldirust.core.RuleSet;
import io.github.shouldirust.load.AnswersFile;
import io.github.shouldirust.load.AnswersLoader;
import io.github.shouldirust.load.OutputFiles;
import io.github.shouldirust.quiz.Prompter;
import io.github.shouldirust.quiz.QuizCancelledException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The answers file that --answers replays: written to --save, or, after a quiz without --save, to a file
 * the person is offered to name. It carries whose answers they are: --name, else the answers file's
 * name:, else asked for once.
 */
final class AnswersSaver {
    private final Io io;
    private final RuleSet ruleSet;
    private final OutputTargets targets;
    private String name;
    /** Whether the quiz has asked for the name already: a second try at saving does not ask again. */
    private boolean nameAsked;

    /** @param name whose answers these are, if known yet; null to ask */
    AnswersSaver(Io io, RuleSet ruleSet, OutputTargets targets, String name) {
        this.io = io;
        this.ruleSet = ruleSet;
        this.targets = targets;
        this.name = name;
    }

    /** Writes --save; an error is reported and becomes the exit code. */
    Optional<Integer> saveIfAsked(AnswerSheet answers) {
        var saveFile = targets.save();
        if (saveFile == null) {
            return Optional.empty();
        }
        try {
            var content = AnswersFile.render(ruleSet, answers, name);
            if (Dash.is(saveFile)) {
                io.out().print(content);
                io.out().flush();
                return Optional.empty();
            }
            OutputFiles.write(saveFile, content, targets.force());
            return Optional.empty();
        } catch (IOException e) {
            io.error("--save " + saveFile + ": cannot write: " + OutputFiles.plainMessage(e));
            return Optional.of(ExitCode.USAGE);
        }
    }

    /** After a quiz: --save, with the name asked for if not known; without --save, the offer to save. */
    Optional<Integer> saveAfterQuiz(Prompter prompter, AnswerSheet answers) throws IOException, QuizCancelledException {
        if (targets.save() != null) {
            askName(prompter);
            return saveIfAsked(answers);
        }
        return offerToSave(prompter, answers);
    }

    /** Asks for a file name until one can be written or the person declines with an empty answer. */
    private Optional<Integer> offerToSave(Prompter prompter, AnswerSheet answers)
            throws IOException, QuizCancelledException {
        while (true) {
            var typed = prompter.askSavePath();
            if (typed.isEmpty()) {
                return Optional.empty();
            }
            Path path;
            try {
                // The shell is not there to expand ~ at a prompt, so we do.
                path = FileNameConverter.path(
                        typed.equals("~") || typed.startsWith("~/")
                                ? System.getProperty("user.home") + typed.substring(1)
                                : typed);
            } catch (IllegalArgumentException e) {
                prompter.say(typed + ": " + e.getMessage() + "; type another, or press enter to skip.");
                continue;
            }
            var problem = OutputFiles.problemWith(path, false, targets.taken());
            if (problem.isPresent()) {
                prompter.say(typed + ": " + problem.get().replace("; add --force to replace it", "")
                        + "; type another name, or press enter to skip.");
                continue;
            }
            askName(prompter);
            try {
                OutputFiles.write(path, AnswersFile.render(ruleSet, answers, name), false);
                prompter.say("Saved. Replay with: should-i-rust --answers " + typed);
                return Optional.empty();
            } catch (IOException e) {
                prompter.say("Cannot write " + typed + ": " + OutputFiles.plainMessage(e)
                        + "; type another name, or press enter to skip.");
            }
        }
    }

    /** Asks whose answers these are, when neither --name nor the answers file said. */
    private void askName(Prompter prompter) throws IOException, QuizCancelledException {
        if (nameAsked) {
            return;
        }
        nameAsked = true;
        while (name == null) {
            var given = prompter.askName();
            if (given.isEmpty()) {
                return;
            }
            var problem = AnswersLoader.nameProblem(given, "Ana");
            if (problem.isEmpty()) {
                name = given;
            } else {
                prompter.say(problem.get() + "; type it again, or press enter to skip.");
            }
        }
    }
}
