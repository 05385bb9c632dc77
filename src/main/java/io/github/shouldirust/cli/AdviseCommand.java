package io.github.shouldirust.cli;

import io.github.shouldirust.core.AnswerSheet;
import io.github.shouldirust.core.BadAnswerException;
import io.github.shouldirust.core.Evaluation;
import io.github.shouldirust.core.Evaluator;
import io.github.shouldirust.core.Question;
import io.github.shouldirust.core.RuleSet;
import io.github.shouldirust.core.Verdict;
import io.github.shouldirust.load.AnswersFile;
import io.github.shouldirust.load.AnswersLoader;
import io.github.shouldirust.load.InputFiles;
import io.github.shouldirust.load.LoadException;
import io.github.shouldirust.core.Report;
import io.github.shouldirust.render.JsonRenderer;
import io.github.shouldirust.render.MarkdownRenderer;
import io.github.shouldirust.render.TextRenderer;
import io.github.shouldirust.quiz.Prompter;
import io.github.shouldirust.quiz.Quiz;
import io.github.shouldirust.quiz.QuizCancelledException;
import io.github.shouldirust.quiz.QuizSession;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The advisor: evaluates the answers given by flags or a file and prints the verdict. */
@Command(name = "should-i-rust",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {
            "Should this project be written in Rust? Evaluates your answers against rules drawn from the "
                    + "essay why-rust.txt and prints a verdict (use-rust, consider-rust, avoid-rust), the language "
                    + "to use, and the reasons, each citing the essay's claims.",
            "",
            "In a terminal, a quiz asks the questions that --answer and --answers leave open (arrow keys, "
                    + "? for why, left to go back) and offers to save the answers; --no-input turns it off.",
            "",
            "Unanswered questions count as unknown: they lower the confidence and are listed. "
                    + "Never prompts when stdin is not a terminal or with --no-input.",
            ""
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:evaluated; the verdict is on stdout",
            "1:internal error (a bug; please report it)",
            "2:usage error or bad answer",
            "3:bad rules file",
            "4:the verdict is one of those given to --fail-on",
            "130:the quiz was cancelled (Ctrl-C or Ctrl-D); nothing was written"
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  should-i-rust                                   # the quiz",
            "  should-i-rust --no-input -a building=network-service -a latency=critical",
            "  should-i-rust --no-input --answers answers.yaml --format json | jq -r .verdict",
            "  should-i-rust --no-input --answers answers.yaml --fail-on avoid-rust",
            "  should-i-rust questions --format json"
        })
final class AdviseCommand implements Callable<Integer> {
    private final Io io;

    @Option(names = {"-a", "--answer"}, paramLabel = "ID=VALUE",
            description = "Answer a question, e.g. -a latency=critical. Repeatable; a multi-choice question "
                    + "takes comma-separated values (-a deployment=single-binary,fast-startup).")
    List<String> answerFlags = new ArrayList<>();

    @Option(names = "--answers", paramLabel = "FILE",
            description = "Read answers from a YAML or JSON file of id: value ('-' for stdin). "
                    + "--answer flags override it.")
    String answersFile;

    @Option(names = "--no-input", description = "Never prompt; evaluate only what is given.")
    boolean noInput;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). markdown writes "
                    + "an architecture decision record (MADR).")
    OutputFormat format;

    @Option(names = "--explain", description = "Also list every rule, fired or not, with which parts of its "
            + "condition held (text and json).")
    boolean explain;

    @Mixin
    RulesOption rules = new RulesOption();

    @Option(names = "--fail-on", paramLabel = "VERDICT", split = ",", converter = VerdictConverter.class,
            description = "Exit 4 when the verdict is one of these (use-rust, consider-rust, avoid-rust); "
                    + "the result is still printed.")
    List<Verdict> failOn = new ArrayList<>();

    @Option(names = "--no-color", description = "No colour, even on a terminal (NO_COLOR does the same).")
    boolean noColor;

    @Option(names = "--save", paramLabel = "FILE",
            description = "Write the answers to FILE (YAML), which --answers FILE replays exactly.")
    Path saveFile;

    @Option(names = "--force", description = "Let --save replace an existing file.")
    boolean force;

    /** Whether the result has gone to stdout, so a later cancel does not claim nothing was written. */
    private boolean printed;

    AdviseCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        var ruleSet = rules.loadOrReport(io);
        if (ruleSet == null) {
            return ExitCode.BAD_RULES;
        }
        AnswerSheet given;
        try {
            given = answers(ruleSet);
            checkSaveTarget();
        } catch (LoadException e) {
            e.problems().forEach(problem -> io.error(problem.toString()));
            return ExitCode.USAGE;
        } catch (BadAnswerException e) {
            io.error(e.getMessage());
            return ExitCode.USAGE;
        }
        var toAsk = ruleSet.questions().stream()
                .filter(q -> !given.isSettled(q.id())).toList();
        if (noInput || toAsk.isEmpty() || !io.env().canPrompt()) {
            var result = Evaluator.evaluate(ruleSet, given.answers());
            print(result);
            return saveIfAsked(ruleSet, given).orElseGet(() -> exitCode(result));
        }
        return quiz(ruleSet, given, toAsk);
    }

    /** Refuses up front, before any question is asked, a --save that could not be written. */
    private void checkSaveTarget() throws BadAnswerException {
        if (saveFile == null) {
            return;
        }
        var problem = AnswersFile.problemWith(saveFile, force);
        if (problem.isPresent()) {
            throw new BadAnswerException("--save " + saveFile + ": " + problem.get());
        }
    }

    private int quiz(RuleSet ruleSet, AnswerSheet given, List<Question> toAsk) {
        // The quiz draws on the terminal itself, so stdout being piped does not turn its colour off.
        var colour = io.colourAllowed(noColor);
        try (var session = QuizSession.on(io.env().openTerminal(), colour)) {
            var prompter = session.prompter();
            var asked = new Quiz(toAsk, prompter).run(given);
            var answers = asked.answers();
            prompter.restoreTerminal();
            var result = Evaluator.evaluate(ruleSet, answers);
            print(result);
            if (format != OutputFormat.text || !io.env().stdoutIsTerminal()) {
                prompter.say("Verdict: " + result.verdict().id() + ", language " + result.recommendation().name()
                        + " (the full result went to stdout)");
            }
            var saved = saveFile != null ? saveIfAsked(ruleSet, asked) : offerToSave(prompter, ruleSet, asked);
            return saved.orElseGet(() -> exitCode(result));
        } catch (QuizCancelledException e) {
            // Cancelled at the offer to save, the result is already out: say only what was not written.
            io.error(printed ? "quiz cancelled; no answers file was written" : "quiz cancelled; nothing was written");
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
            var name = prompter.askSavePath();
            if (name.isEmpty()) {
                return Optional.empty();
            }
            Path path;
            try {
                // The shell is not there to expand ~ at a prompt, so we do.
                path = name.equals("~") || name.startsWith("~/")
                        ? Path.of(System.getProperty("user.home"), name.substring(1).replaceFirst("^/", ""))
                        : Path.of(name);
            } catch (java.nio.file.InvalidPathException e) {
                prompter.say("Cannot use " + name + " as a file name; type another, or press enter to skip.");
                continue;
            }
            var problem = AnswersFile.problemWith(path, false);
            if (problem.isPresent()) {
                prompter.say(name + ": " + problem.get().replace("; add --force to replace it", "")
                        + "; type another name, or press enter to skip.");
                continue;
            }
            try {
                AnswersFile.write(path, AnswersFile.render(ruleSet, answers), false);
                prompter.say("Saved. Replay with: should-i-rust --answers " + name);
                return Optional.empty();
            } catch (IOException e) {
                prompter.say("Cannot write " + name + ": " + AnswersFile.plainMessage(e)
                        + "; type another name, or press enter to skip.");
            }
        }
    }

    /** Writes --save; an error is reported and becomes the exit code. */
    private Optional<Integer> saveIfAsked(RuleSet ruleSet, AnswerSheet answers) {
        if (saveFile == null) {
            return Optional.empty();
        }
        try {
            AnswersFile.write(saveFile, AnswersFile.render(ruleSet, answers), force);
            return Optional.empty();
        } catch (IOException e) {
            io.error("--save " + saveFile + ": cannot write: " + AnswersFile.plainMessage(e));
            return Optional.of(ExitCode.USAGE);
        }
    }

    private int exitCode(Evaluation result) {
        return failOn.contains(result.verdict()) ? ExitCode.FAILED_ON_VERDICT : ExitCode.EVALUATED;
    }

    /** The answers file first, then the flags, which win where both answer a question. */
    private AnswerSheet answers(RuleSet ruleSet) throws LoadException, BadAnswerException {
        Map<String, List<String>> raw = new LinkedHashMap<>();
        var dontKnow = new LinkedHashSet<String>();
        if (answersFile != null) {
            var content = "-".equals(answersFile)
                    ? InputFiles.readBounded(io.in(), "<stdin>")
                    : InputFiles.read(Path.of(answersFile));
            var file = AnswersLoader.read(content, "-".equals(answersFile) ? "<stdin>" : answersFile, ruleSet);
            raw.putAll(file.answers());
            dontKnow.addAll(file.dontKnow());
        }
        var flags = AnswerFlags.parse(answerFlags, ruleSet);
        raw.putAll(flags);
        dontKnow.removeAll(flags.keySet());
        return new AnswerSheet(ruleSet.check(raw), dontKnow);
    }

    private void print(Evaluation result) {
        printed = true;
        var report = Report.of(result);
        switch (format) {
            case json -> JsonRenderer.render(report, explain, io.out());
            case markdown -> MarkdownRenderer.render(report, VersionProvider.toolVersion(), io.out());
            case text -> TextRenderer.render(report, explain, io.style(noColor), io.width(), io.out());
        }
    }
}
