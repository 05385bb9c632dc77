package io.github.shouldirust.cli;

import io.github.shouldirust.core.Verdict;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * What the advisor takes on its command line: its help and options, declared in code rather than with
 * annotations (see {@link AdviseCommand} for why), and their values as one run parsed them.
 *
 * @param full the whole report rather than the card: --full, or --explain, which implies it
 * @param saveFile --save's file, '-' being stdout
 * @param name --name: whose answers these are, for the saved file
 * @param outputFile -o's file; null for stdout, which '-' also is
 */
record AdviseOptions(
        List<String> answerFlags,
        String answersFile,
        boolean noInput,
        OutputFormat format,
        boolean explain,
        boolean full,
        boolean allQuestions,
        RulesOption rules,
        List<Verdict> failOn,
        GateOptions gate,
        boolean quiet,
        ColorMode color,
        Path saveFile,
        String name,
        Path outputFile,
        boolean force) {
    static final String NO_COLOR_HELP = "No colour, even on a terminal (NO_COLOR does the same).";

    /** The advisor's model, for {@code command}; {@code versions} answers --version. */
    static CommandSpec spec(Callable<Integer> command, IVersionProvider versions) {
        var spec =
                CommandSpec.wrapWithoutInspection(command).name("should-i-rust").versionProvider(versions);
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
                .exitCodeListHeading(OptionsInCode.EXIT_CODES_HEADING)
                .exitCodeList(OptionsInCode.exitCodes(
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
        spec.addOption(OptionSpec.builder("-a", "--answer")
                .paramLabel("ID=VALUE")
                .type(List.class)
                .auxiliaryTypes(String.class)
                .description("Answer a question, e.g. -a latency=critical. Repeatable; a multi-choice question "
                        + "takes comma-separated values (-a deployment=single-binary,fast-startup).")
                .build());
        spec.addOption(OptionSpec.builder("--answers")
                .paramLabel("FILE")
                .type(String.class)
                .converters(new FileNameConverter.OrStdin())
                .description("Read answers from a YAML or JSON file of id: value ('-' for stdin). "
                        + "--answer flags override it.")
                .build());
        spec.addOption(OptionsInCode.flag("--no-input", "Never prompt; evaluate only what is given."));
        spec.addOption(OptionSpec.builder("--format")
                .paramLabel("FORMAT")
                .type(OutputFormat.class)
                .defaultValue("text")
                .description("Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). markdown writes "
                        + "an architecture decision record (MADR); github, an annotation for a GitHub Actions run.")
                .build());
        spec.addOption(OptionsInCode.flag(
                "--full",
                "Text: the whole report (every reason, what-if, alternative and "
                        + "claim) instead of the one-screen card."));
        spec.addOption(OptionsInCode.flag(
                "--explain",
                "Also list every rule, fired or not, with which parts of its "
                        + "condition held (text, where it implies --full, and json)."));
        spec.addOption(OptionsInCode.flag(
                "--all-questions", "Quiz: ask every open question, even once the verdict is settled."));
        spec.addOption(OptionsInCode.rules());
        spec.addOption(
                OptionsInCode.failOn("Exit 4 when the verdict is one of these (use-rust, consider-rust, avoid-rust); "
                        + "the result is still printed."));
        spec.addOption(OptionsInCode.minConfidence(
                "Exit 6 when the verdict's confidence is below PERCENT (0-100): a verdict on too few "
                        + "answers fails rather than passes; the open questions are named on stderr."));
        spec.addOption(OptionsInCode.flag(
                "-q",
                "--quiet",
                "No result on stdout (--output still writes it): only errors, and why " + "the gate failed."));
        spec.addOption(OptionsInCode.color());
        spec.addOption(OptionsInCode.noColor());
        spec.addOption(OptionSpec.builder("--save")
                .paramLabel("FILE")
                .type(Path.class)
                .description("Write the answers to FILE (YAML), which --answers FILE replays exactly; '-' for "
                        + "stdout, with -o FILE or --quiet for the result.")
                .build());
        spec.addOption(OptionSpec.builder("--name")
                .paramLabel("NAME")
                .type(String.class)
                .description("Whose answers these are, saved with them (name: in the file) so compare can label "
                        + "them; a quiz that saves asks for it otherwise.")
                .build());
        spec.addOption(OptionSpec.builder("-o", "--output")
                .paramLabel("FILE")
                .type(Path.class)
                .description("Write the result to FILE instead of stdout: whole or not at all (a temporary "
                        + "file renamed into place), an existing file only with --force; '-' is stdout.")
                .build());
        spec.addOption(OptionsInCode.flag("--force", "Let --save and --output replace an existing file."));
        OptionsInCode.addHelpAndVersion(spec);
        return spec;
    }

    /** The options as parsed: picocli hands them over in the parse result, there being no annotated fields. */
    static AdviseOptions of(ParseResult parsed) {
        List<Verdict> failOn = parsed.matchedOptionValue("--fail-on", List.of());
        boolean explain = parsed.hasMatchedOption("--explain");
        // -o - is stdout, as without -o: from here on, outputFile is a file or nothing.
        Path output = parsed.matchedOptionValue("--output", null);
        return new AdviseOptions(
                parsed.matchedOptionValue("--answer", List.of()),
                parsed.matchedOptionValue("--answers", null),
                parsed.hasMatchedOption("--no-input"),
                parsed.matchedOptionValue("--format", OutputFormat.text),
                explain,
                parsed.hasMatchedOption("--full") || explain,
                parsed.hasMatchedOption("--all-questions"),
                OptionsInCode.rulesFrom(parsed),
                failOn,
                new GateOptions(failOn, parsed.matchedOptionValue("--min-confidence", null)),
                parsed.hasMatchedOption("--quiet"),
                OptionsInCode.colorFrom(parsed),
                parsed.matchedOptionValue("--save", null),
                parsed.matchedOptionValue("--name", null),
                Dash.is(output) ? null : output,
                parsed.hasMatchedOption("--force"));
    }
}
