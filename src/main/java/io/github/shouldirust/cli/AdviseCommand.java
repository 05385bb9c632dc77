package io.github.shouldirust.cli;

import io.github.shouldirust.core.AnswerSheet;
import io.github.shouldirust.core.BadAnswerException;
import io.github.shouldirust.core.Evaluator;
import io.github.shouldirust.core.Question;
import io.github.shouldirust.core.RuleSet;
import io.github.shouldirust.core.Verdict;
import io.github.shouldirust.load.AnswersFile;
import io.github.shouldirust.load.AnswersLoader;
import io.github.shouldirust.load.LoadException;
import io.github.shouldirust.load.OutputFiles;
import io.github.shouldirust.core.Report;
import io.github.shouldirust.render.CardRenderer;
import io.github.shouldirust.render.JsonRenderer;
import io.github.shouldirust.render.MarkdownRenderer;
import io.github.shouldirust.render.Style;
import io.github.shouldirust.render.TextRenderer;
import io.github.shouldirust.quiz.Prompter;
import io.github.shouldirust.quiz.Quiz;
import io.github.shouldirust.quiz.QuizCancelledException;
import io.github.shouldirust.quiz.QuizSession;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * The advisor: evaluates the answers given by flags or a file and prints the verdict.
 *
 * <p>Its options are declared in code rather than with picocli's annotations: reading annotations makes
 * the JVM generate a proxy class per annotation type, ~35 ms of every start, and this command runs on
 * every start. The other commands run only when named, so they keep their annotations.
 */
final class AdviseCommand implements Callable<Integer> {
    static final String NO_COLOR_HELP = "No colour, even on a terminal (NO_COLOR does the same).";

    private final Io io;
    private final CommandSpec spec;

    private List<String> answerFlags;
    private String answersFile;
    private boolean noInput;
    private OutputFormat format;
    private boolean explain;
    private boolean full;
    private boolean allQuestions;
    private RulesOption rules;
    private List<Verdict> failOn;
    private GateOptions gate;
    private boolean quiet;
    private ColorMode color;
    private Path saveFile;
    /** Whose answers these are, for the saved file: --name, else the answers file's name:, else asked. */
    private String name;
    /** Whether the quiz has asked for the name already: a second try at saving does not ask again. */
    private boolean nameAsked;
    private Path outputFile;
    private boolean force;
    /** Whether the result has gone to stdout, so a later cancel does not claim nothing was written. */
    private boolean printed;

    AdviseCommand(Io io) {
        this.io = io;
        this.spec = spec(this);
    }

    CommandSpec spec() {
        return spec;
    }

    private static CommandSpec spec(AdviseCommand command) {
        var spec = CommandSpec.wrapWithoutInspection(command).name("should-i-rust")
                .versionProvider(new VersionProvider(() -> command.parsedRules().load()));
        spec.usageMessage()
                .sortOptions(false)
                .description(
                        "Should this project be written in Rust? Evaluates your answers against rules drawn from the "
                                + "essay why-rust.txt and prints a verdict (use-rust, consider-rust, avoid-rust), the "
                                + "language to use, and the reasons, each citing the essay's claims.",
                        "",
                        "In a terminal, a quiz asks the questions that --answer and --answers leave open (arrow keys, "
                                + "? for why, left to go back) and offers to save the answers; --no-input turns it off.",
                        "",
                        "The quiz asks first what tells most about the verdict and stops once no answer to the "
                                + "rest can change it (the verdict is settled); --all-questions asks them all. "
                                + "Never prompts when stdin is not a terminal or with --no-input.",
                        "",
                        "Confidence is the share of the ways to answer the open questions that keep the verdict, "
                                + "every allowed answer to each open question counted as equally likely; settled "
                                + "means no answer can change it.",
                        "",
                        "Text output is a card that fits one screen; --full prints the whole report (through "
                                + "$PAGER, default 'less -FRX', when it is longer than the terminal).",
                        "")
                .exitCodeListHeading("%nExit codes:%n")
                .exitCodeList(exitCodes(
                        "0", "evaluated; the verdict is on stdout",
                        "1", "internal error (a bug; please report it)",
                        "2", "usage error or bad answer",
                        "3", "bad rules file",
                        "4", "the verdict is one of those given to --fail-on",
                        "6", "the verdict's confidence is below --min-confidence",
                        "74", "the output could not be written (a full disk, a closed stdout)",
                        "130", "the quiz was cancelled (Ctrl-C or Ctrl-D); nothing was written",
                        "141", "stdout's reader stopped early (| head); quietly, as SIGPIPE would"))
                .footerHeading("%nExamples:%n")
                .footer(
                        "  should-i-rust                                   # the quiz",
                        "  should-i-rust --no-input -a building=network-service -a latency=critical",
                        "  should-i-rust --no-input --answers answers.yaml --format json | jq -r .verdict",
                        "  should-i-rust --no-input --answers answers.yaml --fail-on avoid-rust --min-confidence 80 -q",
                        "  should-i-rust questions --format json");
        spec.addOption(OptionSpec.builder("-a", "--answer").paramLabel("ID=VALUE")
                .type(List.class).auxiliaryTypes(String.class)
                .description("Answer a question, e.g. -a latency=critical. Repeatable; a multi-choice question "
                        + "takes comma-separated values (-a deployment=single-binary,fast-startup).").build());
        spec.addOption(OptionSpec.builder("--answers").paramLabel("FILE").type(String.class)
                .converters(new FileNameConverter.OrStdin())
                .description("Read answers from a YAML or JSON file of id: value ('-' for stdin). "
                        + "--answer flags override it.").build());
        spec.addOption(flag("--no-input", "Never prompt; evaluate only what is given."));
        spec.addOption(OptionSpec.builder("--format").paramLabel("FORMAT").type(OutputFormat.class)
                .defaultValue("text")
                .description("Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). markdown writes "
                        + "an architecture decision record (MADR).").build());
        spec.addOption(flag("--full", "Text: the whole report (every reason, what-if, alternative and "
                + "claim) instead of the one-screen card."));
        spec.addOption(flag("--explain", "Also list every rule, fired or not, with which parts of its "
                + "condition held (text, where it implies --full, and json)."));
        spec.addOption(flag("--all-questions", "Quiz: ask every open question, even once the verdict is settled."));
        spec.addOption(OptionSpec.builder("--rules").paramLabel("FILE").type(List.class).auxiliaryTypes(Path.class)
                .description(RulesOption.HELP).build());
        spec.addOption(OptionSpec.builder("--fail-on").paramLabel("VERDICT").type(List.class)
                .auxiliaryTypes(Verdict.class).splitRegex(",").converters(new VerdictConverter())
                .description("Exit 4 when the verdict is one of these (use-rust, consider-rust, avoid-rust); "
                        + "the result is still printed.").build());
        spec.addOption(OptionSpec.builder("--min-confidence").paramLabel("PERCENT").type(Integer.class)
                .converters(new GateOptions.Percent())
                .description("Exit 6 when the verdict's confidence is below PERCENT (0-100): a verdict on too few "
                        + "answers fails rather than passes; the open questions are named on stderr.").build());
        spec.addOption(flag("-q", "--quiet", "No result on stdout (--output still writes it): only errors, and why "
                + "the gate failed."));
        spec.addOption(OptionSpec.builder("--color").paramLabel("WHEN").type(ColorMode.class)
                .converters(new ColorMode.Converter()).description(ColorMode.HELP).build());
        spec.addOption(flag("--no-color", NO_COLOR_HELP));
        spec.addOption(OptionSpec.builder("--save").paramLabel("FILE").type(Path.class)
                .description("Write the answers to FILE (YAML), which --answers FILE replays exactly; '-' for "
                        + "stdout, with -o FILE or --quiet for the result.").build());
        spec.addOption(OptionSpec.builder("--name").paramLabel("NAME").type(String.class)
                .description("Whose answers these are, saved with them (name: in the file) so compare can label "
                        + "them; a quiz that saves asks for it otherwise.").build());
        spec.addOption(OptionSpec.builder("-o", "--output").paramLabel("FILE").type(Path.class)
                .description("Write the result to FILE instead of stdout: whole or not at all (a temporary "
                        + "file renamed into place), an existing file only with --force; '-' is stdout.").build());
        spec.addOption(flag("--force", "Let --save and --output replace an existing file."));
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
                .description("Show this help message and exit.").build());
        spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true)
                .description("Print version information and exit.").build());
        return spec;
    }

    private static OptionSpec flag(String name, String description) {
        return OptionSpec.builder(name).type(boolean.class).arity("0").description(description).build();
    }

    private static OptionSpec flag(String shortName, String name, String description) {
        return OptionSpec.builder(shortName, name).type(boolean.class).arity("0").description(description).build();
    }

    private static Map<String, String> exitCodes(String... codesAndMeanings) {
        var codes = new LinkedHashMap<String, String>();
        for (int i = 0; i < codesAndMeanings.length; i += 2) {
            codes.put(codesAndMeanings[i], codesAndMeanings[i + 1]);
        }
        return codes;
    }

    /** The options as parsed: picocli hands them over in the parse result, there being no annotated fields. */
    private void readOptions(ParseResult parsed) {
        answerFlags = parsed.matchedOptionValue("--answer", List.of());
        answersFile = parsed.matchedOptionValue("--answers", null);
        noInput = parsed.hasMatchedOption("--no-input");
        format = parsed.matchedOptionValue("--format", OutputFormat.text);
        explain = parsed.hasMatchedOption("--explain");
        full = parsed.hasMatchedOption("--full") || explain;
        allQuestions = parsed.hasMatchedOption("--all-questions");
        rules = rulesFrom(parsed);
        failOn = parsed.matchedOptionValue("--fail-on", List.of());
        gate = new GateOptions(failOn, parsed.matchedOptionValue("--min-confidence", null));
        quiet = parsed.hasMatchedOption("--quiet");
        color = ColorMode.of(parsed.matchedOptionValue("--color", null), parsed.hasMatchedOption("--no-color"));
        saveFile = parsed.matchedOptionValue("--save", null);
        name = parsed.matchedOptionValue("--name", null);
        // -o - is stdout, as without -o: from here on, outputFile is a file or nothing.
        Path output = parsed.matchedOptionValue("--output", null);
        outputFile = Dash.is(output) ? null : output;
        force = parsed.hasMatchedOption("--force");
    }

    /** The --rules given on this command line, for --version (which picocli answers before call()). */
    private RulesOption parsedRules() {
        return rulesFrom(spec.commandLine().getParseResult());
    }

    private static RulesOption rulesFrom(ParseResult parsed) {
        var named = new RulesOption();
        named.files = parsed.matchedOptionValue("--rules", List.of());
        return named;
    }

    @Override
    public Integer call() {
        var parsed = spec.commandLine().getParseResult();
        readOptions(parsed);
        if (parsed.hasMatchedOption("--fail-on") && failOn.isEmpty()) {
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
        if (name != null && saveFile == null && (noInput || !io.env().canPrompt())) {
            io.error("--name names the answers that --save writes; give --save FILE too");
            return ExitCode.USAGE;
        }
        var ruleSet = rules.loadOrReport(io);
        if (ruleSet == null) {
            return ExitCode.BAD_RULES;
        }
        AnswerSheet given;
        try {
            given = answers(ruleSet);
            checkTargets();
        } catch (LoadException e) {
            io.errors(e.problems());
            return ExitCode.USAGE;
        } catch (BadAnswerException e) {
            io.error(e.getMessage());
            return ExitCode.USAGE;
        }
        var toAsk = ruleSet.questions().stream()
                .filter(q -> !given.isSettled(q.id())).toList();
        if (noInput || toAsk.isEmpty() || !io.env().canPrompt()) {
            var report = Report.of(Evaluator.evaluate(ruleSet, given.answers()), given.dontKnow());
            var failed = print(report);
            if (failed.isPresent()) {
                return failed.get();
            }
            return saveIfAsked(ruleSet, given).orElseGet(() -> gate.exitCode(report, io));
        }
        return quiz(ruleSet, given);
    }

    /** Refuses up front, before any question is asked, a --save or --output that could not be written. */
    private void checkTargets() throws BadAnswerException {
        checkTarget("--save", saveFile);
        checkTarget("--output", outputFile);
        if (Dash.is(saveFile) && !quiet && outputFile == null) {
            throw new BadAnswerException("--save - and the result would both go to stdout; write the result with "
                    + "-o FILE, or leave it out with --quiet");
        }
        if (Dash.isFile(saveFile) && outputFile != null && OutputFiles.sameFile(saveFile, outputFile)) {
            throw new BadAnswerException("--save and --output name the same file, " + saveFile
                    + "; the answers and the result need a file each");
        }
    }

    private void checkTarget(String option, Path file) throws BadAnswerException {
        if (!Dash.isFile(file)) {
            return;
        }
        var problem = OutputFiles.problemWith(file, force, inputs());
        if (problem.isPresent()) {
            throw new BadAnswerException(option + " " + file + ": " + problem.get());
        }
    }

    /** The files this run reads: nothing it writes may replace one of them. */
    private List<Path> inputs() {
        var inputs = new ArrayList<Path>(rules.files);
        if (answersFile != null && !"-".equals(answersFile)) {
            try {
                inputs.add(Path.of(answersFile));
            } catch (InvalidPathException e) {
                // not a file name at all: it was refused when read
            }
        }
        return inputs;
    }

    private int quiz(RuleSet ruleSet, AnswerSheet given) {
        // The quiz draws on the terminal itself, so stdout being piped does not turn its colour off.
        var colour = io.colourAllowed(color);
        try (var session = QuizSession.on(io.env().openTerminal(), colour, io.env()::stopJob)) {
            var prompter = session.prompter();
            var asked = new Quiz(ruleSet, prompter, allQuestions).run(given);
            var answers = asked.answers();
            prompter.restoreTerminal();
            var report = Report.of(Evaluator.evaluate(ruleSet, answers), asked.dontKnow());
            var result = report.result();
            var failed = print(report);
            if (failed.isPresent()) {
                return failed.get();
            }
            if (quiet || outputFile != null || format != OutputFormat.text || !io.env().stdoutIsTerminal()) {
                prompter.say("Verdict: " + result.verdict().id() + ", language " + result.recommendation().name()
                        + (quiet && outputFile == null ? ""
                                : " (the full result went to " + (outputFile != null ? outputFile : "stdout") + ")"));
            }
            var saved = saveFile != null ? askName(prompter).saveIfAsked(ruleSet, asked)
                    : offerToSave(prompter, ruleSet, asked);
            return saved.orElseGet(() -> gate.exitCode(report, io));
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
            if (outputFile != null) {
                taken.add(outputFile);
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
            OutputFiles.write(saveFile, content, force);
            return Optional.empty();
        } catch (IOException e) {
            io.error("--save " + saveFile + ": cannot write: " + OutputFiles.plainMessage(e));
            return Optional.of(ExitCode.USAGE);
        }
    }

    /** The answers file first, then the flags, which win where both answer a question. */
    private AnswerSheet answers(RuleSet ruleSet) throws LoadException, BadAnswerException {
        Map<String, List<String>> raw = new LinkedHashMap<>();
        var dontKnow = new LinkedHashSet<String>();
        if (answersFile != null) {
            var file = AnswersSource.read(answersFile, ruleSet, io);
            raw.putAll(file.answers());
            dontKnow.addAll(file.dontKnow());
            if (name == null) {
                name = file.name();
            }
        }
        var flags = AnswerFlags.parse(answerFlags, ruleSet);
        raw.putAll(flags);
        dontKnow.removeAll(flags.keySet());
        return new AnswerSheet(ruleSet.check(raw), dontKnow);
    }

    /** Prints the result on stdout, or writes it to --output; a failed write becomes the exit code. */
    private Optional<Integer> print(Report report) {
        printed = true;
        if (quiet && outputFile == null) {
            return Optional.empty();
        }
        if (outputFile == null && format == OutputFormat.text && full && Pager.wanted(io.env(), noInput)) {
            var text = new StringWriter();
            try (var writer = new PrintWriter(text)) {
                render(report, writer, io.style(color));
            }
            if (!Pager.page(io.env(), text.toString())) {
                io.out().print(text);
                io.out().flush();
            }
            return Optional.empty();
        }
        if (outputFile == null) {
            render(report, io.out(), io.style(color));
            return Optional.empty();
        }
        var text = new StringWriter();
        try (var writer = new PrintWriter(text)) {
            render(report, writer, Style.plain()); // a file gets no colour codes
        }
        try {
            OutputFiles.write(outputFile, text.toString(), force);
            return Optional.empty();
        } catch (IOException e) {
            io.error("--output " + outputFile + ": cannot write: " + OutputFiles.plainMessage(e));
            return Optional.of(ExitCode.OUTPUT_FAILED);
        }
    }

    private void render(Report report, PrintWriter out, Style style) {
        switch (format) {
            case json -> JsonRenderer.render(report, explain, out);
            case markdown -> MarkdownRenderer.render(report, VersionProvider.toolVersion(),
                    Docs.date(io.env().variable("SOURCE_DATE_EPOCH")), out);
            case text -> {
                if (full) {
                    TextRenderer.render(report, explain, style, io.width(), out);
                } else {
                    CardRenderer.render(report, style, io.width(), out);
                }
            }
        }
    }
}
