package io.github.shouldirust.cli;

import io.github.shouldirust.core.AnswerSheet;
import io.github.shouldirust.core.BadAnswerException;
import io.github.shouldirust.core.Evaluator;
import io.github.shouldirust.core.RuleSet;
import io.github.shouldirust.load.AnswersFile;
import io.github.shouldirust.load.AnswersLoader;
import io.github.shouldirust.load.LoadException;
import io.github.shouldirust.load.OutputFiles;
import io.github.shouldirust.core.Report;
import io.github.shouldirust.quiz.Prompter;
import io.github.shouldirust.quiz.Quiz;
import io.github.shouldirust.quiz.QuizCancelledException;
import io.github.shouldirust.quiz.QuizSession;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The advisor: evaluates the answers given by flags or a file and prints the verdict.
 *
 * <p>Its options are declared in code rather than with picocli's annotations: reading annotations makes
 * the JVM generate a proxy class per annotation type, ~35 ms of every start, and this command runs on
 * every start. The other commands run only when named, so they keep their annotations.
 */
final class AdviseCommand implements Callable<Integer> {
    private final Io io;
    private final CommandSpec spec;

    private AdviseOptions options;
    /** Whose answers these are, for the saved file: --name, else the answers file's name:, else asked. */
    private String name;
    /** Whether the quiz has asked for the name already: a second try at saving does not ask again. */
    private boolean nameAsked;
    private ResultWriter output;

    AdviseCommand(Io io) {
        this.io = io;
        this.spec = AdviseOptions.spec(this, new VersionProvider(() -> parsedRules().load()));
    }

    CommandSpec spec() {
        return spec;
    }

    /** The --rules given on this command line, for --version (which picocli answers before call()). */
    private RulesOption parsedRules() {
        return AdviseOptions.rulesFrom(spec.commandLine().getParseResult());
    }

    @Override
    public Integer call() {
        var parsed = spec.commandLine().getParseResult();
        options = AdviseOptions.of(parsed);
        output = new ResultWriter(io, options);
        name = options.name();
        if (parsed.hasMatchedOption("--fail-on") && options.failOn().isEmpty()) {
            // picocli's split drops trailing empty items, so "--fail-on ," would gate on nothing and never fail.
            io.error("--fail-on '" + String.join(",", parsed.matchedOption("--fail-on").originalStringValues())
                    + "': names no verdict (" + VerdictConverter.allowed() + ")");
            return ExitCode.USAGE;
        }
        var nameProblem = name == null ? Optional.<String>empty() : AnswersLoader.nameProblem(name, "--name Ana");
        if (nameProblem.isPresent()) {
            io.error("--name: " + nameProblem.get());
            return ExitCode.USAGE;
        }
        if (name != null && options.saveFile() == null && (options.noInput() || !io.env().canPrompt())) {
            io.error("--name names the answers that --save writes; give --save FILE too");
            return ExitCode.USAGE;
        }
        var ruleSet = options.rules().loadOrReport(io);
        if (ruleSet == null) {
            return ExitCode.BAD_RULES;
        }
        GivenAnswers given;
        try {
            given = GivenAnswers.read(options.answersFile(), options.answerFlags(), ruleSet, io);
            checkTargets();
        } catch (LoadException e) {
            io.errors(e.problems());
            return ExitCode.USAGE;
        } catch (BadAnswerException e) {
            io.error(e.getMessage());
            return ExitCode.USAGE;
        }
        if (name == null) {
            name = given.name();
        }
        var sheet = given.sheet();
        var toAsk = ruleSet.questions().stream()
                .filter(q -> !sheet.isSettled(q.id())).toList();
        if (options.noInput() || toAsk.isEmpty() || !io.env().canPrompt()) {
            var report = Report.of(Evaluator.evaluate(ruleSet, sheet.answers()), sheet.dontKnow());
            var failed = output.print(report);
            if (failed.isPresent()) {
                return failed.get();
            }
            return saveIfAsked(ruleSet, sheet).orElseGet(() -> options.gate().exitCode(report, io));
        }
        return quiz(ruleSet, sheet);
    }

    /** Refuses up front, before any question is asked, a --save or --output that could not be written. */
    private void checkTargets() throws BadAnswerException {
        checkTarget("--save", options.saveFile());
        checkTarget("--output", options.outputFile());
        if (Dash.is(options.saveFile()) && !options.quiet() && options.outputFile() == null) {
            throw new BadAnswerException("--save - and the result would both go to stdout; write the result with "
                    + "-o FILE, or leave it out with --quiet");
        }
        if (Dash.isFile(options.saveFile()) && options.outputFile() != null
                && OutputFiles.sameFile(options.saveFile(), options.outputFile())) {
            throw new BadAnswerException("--save and --output name the same file, " + options.saveFile()
                    + "; the answers and the result need a file each");
        }
    }

    private void checkTarget(String option, Path file) throws BadAnswerException {
        if (!Dash.isFile(file)) {
            return;
        }
        var problem = OutputFiles.problemWith(file, options.force(), inputs());
        if (problem.isPresent()) {
            throw new BadAnswerException(option + " " + file + ": " + problem.get());
        }
    }

    /** The files this run reads: nothing it writes may replace one of them. */
    private List<Path> inputs() {
        var inputs = new ArrayList<Path>(options.rules().files);
        if (options.answersFile() != null && !"-".equals(options.answersFile())) {
            try {
                inputs.add(Path.of(options.answersFile()));
            } catch (InvalidPathException e) {
                // not a file name at all: it was refused when read
            }
        }
        return inputs;
    }

    private int quiz(RuleSet ruleSet, AnswerSheet given) {
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
            if (options.quiet() || outputFile != null || options.format() != OutputFormat.text
                    || !io.env().stdoutIsTerminal()) {
                prompter.say("Verdict: " + result.verdict().id() + ", language " + result.recommendation().name()
                        + (options.quiet() && outputFile == null ? ""
                                : " (the full result went to " + (outputFile != null ? outputFile : "stdout") + ")"));
            }
            var saved = options.saveFile() != null ? askName(prompter).saveIfAsked(ruleSet, asked)
                    : offerToSave(prompter, ruleSet, asked);
            return saved.orElseGet(() -> options.gate().exitCode(report, io));
        } catch (QuizCancelledException e) {
            // Cancelled at the offer to save, the result is already out: say only what was not written.
            io.error(output.printed() ? "quiz cancelled; no answers file was written"
                    : "quiz cancelled; nothing was written");
            return ExitCode.CANCELLED;
        } catch (IOException e) {
            io.error("cannot use the terminal: " + e.getMessage() + " (use --no-input with --answer flags)");
            return ExitCode.USAGE;
        }
    }

    /** Asks for a file name until one can be written or the person declines with an empty answer. */
    private Optional<Integer> offerToSave(Prompter prompter, RuleSet ruleSet, AnswerSheet answers)
            throws IOException, QuizCancelledException {
        while (true) {
            var typed = prompter.askSavePath();
            if (typed.isEmpty()) {
                return Optional.empty();
            }
            Path path;
            try {
                // The shell is not there to expand ~ at a prompt, so we do.
                path = FileNameConverter.path(typed.equals("~") || typed.startsWith("~/")
                        ? System.getProperty("user.home") + typed.substring(1) : typed);
            } catch (IllegalArgumentException e) {
                prompter.say(typed + ": " + e.getMessage() + "; type another, or press enter to skip.");
                continue;
            }
            var taken = inputs();
            if (options.outputFile() != null) {
                taken.add(options.outputFile());
            }
            var problem = OutputFiles.problemWith(path, false, taken);
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
    private AdviseCommand askName(Prompter prompter) throws IOException, QuizCancelledException {
        if (nameAsked) {
            return this;
        }
        nameAsked = true;
        while (name == null) {
            var given = prompter.askName();
            if (given.isEmpty()) {
                return this;
            }
            var problem = AnswersLoader.nameProblem(given, "Ana");
            if (problem.isEmpty()) {
                name = given;
            } else {
                prompter.say(problem.get() + "; type it again, or press enter to skip.");
            }
        }
        return this;
    }

    /** Writes --save; an error is reported and becomes the exit code. */
    private Optional<Integer> saveIfAsked(RuleSet ruleSet, AnswerSheet answers) {
        if (options.saveFile() == null) {
            return Optional.empty();
        }
        try {
            var content = AnswersFile.render(ruleSet, answers, name);
            if (Dash.is(options.saveFile())) {
                io.out().print(content);
                io.out().flush();
                return Optional.empty();
            }
            OutputFiles.write(options.saveFile(), content, options.force());
            return Optional.empty();
        } catch (IOException e) {
            io.error("--save " + options.saveFile() + ": cannot write: " + OutputFiles.plainMessage(e));
            return Optional.of(ExitCode.USAGE);
        }
    }
}
