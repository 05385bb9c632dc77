package io.github.shouldirust.cli;

import io.github.shouldirust.core.Answers;
import io.github.shouldirust.core.BadAnswerException;
import io.github.shouldirust.core.Evaluation;
import io.github.shouldirust.core.Evaluator;
import io.github.shouldirust.core.RuleSet;
import io.github.shouldirust.core.Verdict;
import io.github.shouldirust.load.AnswersLoader;
import io.github.shouldirust.load.InputFiles;
import io.github.shouldirust.load.LoadException;
import io.github.shouldirust.render.JsonRenderer;
import io.github.shouldirust.render.TextRenderer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
            "4:the verdict is one of those given to --fail-on"
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  should-i-rust -a building=network-service -a latency=critical",
            "  should-i-rust --answers answers.yaml --format json | jq -r .verdict",
            "  should-i-rust --answers answers.yaml --fail-on avoid-rust",
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
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Mixin
    RulesOption rules = new RulesOption();

    @Option(names = "--fail-on", paramLabel = "VERDICT", split = ",", converter = VerdictConverter.class,
            description = "Exit 4 when the verdict is one of these (use-rust, consider-rust, avoid-rust); "
                    + "the result is still printed.")
    List<Verdict> failOn = new ArrayList<>();

    @Option(names = "--no-color", description = "No colour, even on a terminal (NO_COLOR does the same).")
    boolean noColor;

    AdviseCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        var ruleSet = rules.loadOrReport(io);
        if (ruleSet == null) {
            return ExitCode.BAD_RULES;
        }
        Answers answers;
        try {
            answers = answers(ruleSet);
        } catch (LoadException e) {
            e.problems().forEach(problem -> io.error(problem.toString()));
            return ExitCode.USAGE;
        } catch (BadAnswerException e) {
            io.error(e.getMessage());
            return ExitCode.USAGE;
        }
        var result = Evaluator.evaluate(ruleSet, answers);
        print(result);
        return failOn.contains(result.verdict()) ? ExitCode.FAILED_ON_VERDICT : ExitCode.EVALUATED;
    }

    /** The answers file first, then the flags, which win where both answer a question. */
    private Answers answers(RuleSet ruleSet) throws LoadException, BadAnswerException {
        Map<String, List<String>> raw = new LinkedHashMap<>();
        if (answersFile != null) {
            var content = "-".equals(answersFile)
                    ? InputFiles.readBounded(io.in(), "<stdin>")
                    : InputFiles.read(Path.of(answersFile));
            raw.putAll(AnswersLoader.parse(content, "-".equals(answersFile) ? "<stdin>" : answersFile, ruleSet));
        }
        raw.putAll(AnswerFlags.parse(answerFlags, ruleSet));
        return ruleSet.check(raw);
    }

    private void print(Evaluation result) {
        switch (format) {
            case json -> JsonRenderer.render(result, io.out());
            case text -> TextRenderer.render(result, io.style(noColor), io.width(), io.out());
        }
    }
}
