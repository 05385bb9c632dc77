package io.github.shouldirust.cli;

import io.github.shouldirust.core.AnswerSheet;
import io.github.shouldirust.core.BadAnswerException;
import io.github.shouldirust.core.Evaluator;
import io.github.shouldirust.core.Report;
import io.github.shouldirust.core.RuleSet;
import io.github.shouldirust.load.AnswersLoader;
import io.github.shouldirust.load.LoadException;
import io.github.shouldirust.quiz.Quiz;
import io.github.shouldirust.quiz.QuizCancelledException;
import io.github.shouldirust.quiz.QuizSession;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The advisor: evaluates the answers given by flags or a file and prints the verdict.
 *
 * <p>Its options are declared in code rather than with picocli's annotations: reading annotations makes
 * the JVM generate a proxy class per annotation type, ~35 ms of every start, and this command runs on
 * every start. Every other command is declared the same way ({@link OptionsInCode}).
 */
final class AdviseCommand implements Callable<Integer> {
    private final Io io;
    private final CommandSpec spec;

    AdviseCommand(Io io) {
        this.io = io;
        this.spec =
                AdviseOptions.spec(this, new VersionProvider(() -> parsedRules().load()));
    }

    CommandSpec spec() {
        return spec;
    }

    /** The --rules given on this command line, for --version (which picocli answers before call()). */
    private RulesOption parsedRules() {
        return OptionsInCode.rulesFrom(spec.commandLine().getParseResult());
    }

    @Override
    public Integer call() {
        var parsed = spec.commandLine().getParseResult();
        var options = AdviseOptions.of(parsed);
        if (parsed.hasMatchedOption("--fail-on") && options.failOn().isEmpty()) {
            // picocli's split drops trailing empty items, so "--fail-on ," would gate on nothing and never fail.
            io.error("--fail-on '"
                    + String.join(",", parsed.matchedOption("--fail-on").originalStringValues())
                    + "': names no verdict (" + VerdictConverter.allowed() + ")");
            return ExitCode.USAGE;
        }
        var name = options.name();
        var nameProblem = name == null ? Optional.<String>empty() : AnswersLoader.nameProblem(name, "--name Ana");
        if (nameProblem.isPresent()) {
            io.error("--name: " + nameProblem.get());
            return ExitCode.USAGE;
        }
        if (name != null
                && options.saveFile() == null
                && (options.noInput() || !io.env().canPrompt())) {
            io.error("--name names the answers that --save writes; give --save FILE too");
            return ExitCode.USAGE;
        }
        var ruleSet = options.rules().loadOrReport(io);
        if (ruleSet == null) {
            return ExitCode.BAD_RULES;
        }
        var targets = OutputTargets.of(options);
        GivenAnswers given;
        try {
            given = GivenAnswers.read(options.answersFile(), options.answerFlags(), ruleSet, io);
            targets.check(options.quiet());
        } catch (LoadException e) {
            io.errors(e.problems());
            return ExitCode.USAGE;
        } catch (BadAnswerException e) {
            io.error(e.getMessage());
            return ExitCode.USAGE;
        }
        var saver = new AnswersSaver(io, ruleSet, targets, name != null ? name : given.name());
        var output = new ResultWriter(io, options);
        var sheet = given.sheet();
        var toAsk = ruleSet.questions().stream()
                .filter(q -> !sheet.isSettled(q.id()))
                .toList();
        if (options.noInput() || toAsk.isEmpty() || !io.env().canPrompt()) {
            var report = Report.of(Evaluator.evaluate(ruleSet, sheet.answers()), sheet.dontKnow());
            var failed = output.print(report);
            if (failed.isPresent()) {
                return failed.get();
            }
            return saver.saveIfAsked(sheet).orElseGet(() -> options.gate().exitCode(report, io));
        }
        return quiz(options, ruleSet, sheet, output, saver);
    }

    /** Asks what is still open, then prints, saves and gates as a scripted run does. */
    private int quiz(
            AdviseOptions options, RuleSet ruleSet, AnswerSheet given, ResultWriter output, AnswersSaver saver) {
        // The quiz draws on the terminal itself, so stdout being piped does not turn its colour off.
        var colour = io.colourAllowed(options.color());
        try (var session = QuizSession.on(io.env().openTerminal(), colour, io.env()::stopJob)) {
            var prompter = session.prompter();
            var asked = new Quiz(ruleSet, prompter, options.allQuestions()).run(given);
            var answers = asked.answers();
            prompter.restoreTerminal();
            var report = Report.of(Evaluator.evaluate(ruleSet, answers), asked.dontKnow());
            var result = report.result();
            var failed = output.print(report);
            if (failed.isPresent()) {
                return failed.get();
            }
            var outputFile = options.outputFile();
            if (options.quiet()
                    || outputFile != null
                    || options.format() != OutputFormat.text
                    || !io.env().stdoutIsTerminal()) {
                prompter.say("Verdict: " + result.verdict().id() + ", language "
                        + result.recommendation().name()
                        + (options.quiet() && outputFile == null
                                ? ""
                                : " (the full result went to " + (outputFile != null ? outputFile : "stdout") + ")"));
            }
            return saver.saveAfterQuiz(prompter, asked)
                    .orElseGet(() -> options.gate().exitCode(report, io));
        } catch (QuizCancelledException e) {
            // Cancelled at the offer to save, the result is already out: say only what was not written.
            io.error(
                    output.printed()
                            ? "quiz cancelled; no answers file was written"
                            : "quiz cancelled; nothing was written");
            return ExitCode.CANCELLED;
        } catch (IOException e) {
            io.error("cannot use the terminal: " + e.getMessage() + " (use --no-input with --answer flags)");
            return ExitCode.USAGE;
        }
    }
}
