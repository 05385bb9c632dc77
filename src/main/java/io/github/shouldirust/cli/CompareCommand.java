package io.github.shouldirust.cli;

import io.github.shouldirust.core.AnswerSheet;
import io.github.shouldirust.core.Answers;
import io.github.shouldirust.core.Comparison;
import io.github.shouldirust.core.RuleSet;
import io.github.shouldirust.core.TeamAnswers;
import io.github.shouldirust.load.FileProblem;
import io.github.shouldirust.load.LoadException;
import io.github.shouldirust.render.ComparisonRenderer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * A team's answers files side by side: each verdict, the combined one, and the disagreements that matter.
 * Declared in code ({@link OptionsInCode}).
 */
final class CompareCommand implements Callable<Integer> {
    /** What the advisor's usage says of it; {@link CommandTree} lists it without building the command. */
    static final String SUMMARY =
            "Compare a team's answers files (one saved quiz per person, say): each person's verdict "
                    + "and language, the team's combined verdict, and the questions they disagree on, each with "
                    + "whether it matters: the verdict each of its answers gives with everything else held at the "
                    + "combined answers.";

    private final Io io;
    private final CommandSpec spec;

    CompareCommand(Io io) {
        this.io = io;
        this.spec = CommandSpec.wrapWithoutInspection(this).name("compare");
        spec.usageMessage()
                .sortOptions(false)
                .description(
                        SUMMARY,
                        "",
                        "The combined answers take, from the people who answered each question, " + TeamAnswers.RULE
                                + ". A person is named by the file's name: key, else by its file name.",
                        "")
                .exitCodeListHeading(OptionsInCode.EXIT_CODES_HEADING)
                .exitCodeList(OptionsInCode.exitCodes(
                        "0", "compared",
                        "1", "internal error",
                        "2", "usage error or a bad answers file (nothing is printed)",
                        "3", "bad rules file",
                        "4", "the combined verdict is one of those given to --fail-on",
                        "6", "the combined verdict's confidence is below --min-confidence"))
                .footerHeading("%nExamples:%n")
                .footer(
                        "  should-i-rust compare ana.yaml bo.yaml cy.yaml",
                        "  should-i-rust compare team/*.yaml --format markdown >> docs/decisions/0007-language.md",
                        "  should-i-rust compare team/*.yaml --fail-on avoid-rust --format json | jq .combined.verdict");
        spec.addPositional(PositionalParamSpec.builder()
                .index("0..*")
                .arity("1..*")
                .required(true)
                .paramLabel("FILE")
                .type(List.class)
                .auxiliaryTypes(Path.class)
                .description("Answers files (YAML or JSON, as --answers reads them); '-' for stdin, once.")
                .build());
        spec.addOption(OptionSpec.builder("--format")
                .paramLabel("FORMAT")
                .type(ReportFormat.class)
                .defaultValue("text")
                .description("Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). markdown is a "
                        + "section to paste into a decision record.")
                .build());
        spec.addOption(OptionsInCode.rules());
        spec.addOption(OptionsInCode.failOn(
                "Exit 4 when the combined verdict is one of these; the comparison is still printed."));
        spec.addOption(
                OptionsInCode.minConfidence("Exit 6 when the combined verdict's confidence is below PERCENT (0-100)."));
        OptionsInCode.addColorHelpAndVersion(spec);
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        var parsed = spec.commandLine().getParseResult();
        List<Path> files = parsed.matchedPositionalValue(0, List.of());
        if (files.stream().filter(Dash::is).count() > 1) {
            io.error("'-' (stdin) is given more than once; it can be read only once");
            return ExitCode.USAGE;
        }
        var ruleSet = OptionsInCode.rulesFrom(parsed).loadOrReport(io);
        if (ruleSet == null) {
            return ExitCode.BAD_RULES;
        }
        var members = members(ruleSet, files);
        if (members == null) {
            return ExitCode.USAGE;
        }
        var comparison = Comparison.of(ruleSet, members);
        switch (parsed.matchedOptionValue("--format", ReportFormat.text)) {
            case text -> ComparisonRenderer.text(comparison, io.style(OptionsInCode.colorFrom(parsed)), io.out());
            case json -> ComparisonRenderer.json(comparison, io.out());
            case markdown -> ComparisonRenderer.markdown(comparison, io.out());
        }
        io.out().flush();
        var gate = new GateOptions(
                parsed.matchedOptionValue("--fail-on", List.of()), parsed.matchedOptionValue("--min-confidence", null));
        return gate.exitCode(comparison.combinedReport(), io);
    }

    /** Every file read and checked; null when any is bad, after naming every problem in every file. */
    private List<Comparison.Member> members(RuleSet ruleSet, List<Path> files) {
        var members = new ArrayList<Comparison.Member>();
        var problems = new ArrayList<FileProblem>();
        for (var file : files) {
            try {
                // Every answer was checked where the file wrote it; only the order is the rules'.
                var content = AnswersSource.read(file.toString(), ruleSet, io);
                var answers = ruleSet.inQuestionOrder(Answers.of(content.answers()));
                members.add(new Comparison.Member(
                        content.name() != null ? content.name() : nameOf(file),
                        new AnswerSheet(answers, content.dontKnow())));
            } catch (LoadException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            io.errors(problems);
            return null;
        }
        return unique(members);
    }

    /** "ana" for team/ana.yaml; "stdin" for '-'. */
    private static String nameOf(Path file) {
        if (Dash.is(file)) {
            return "stdin";
        }
        var name = file.getFileName().toString();
        var dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /**
     * Two people of one name are told apart by number, in the order given: "Ana", "Ana (2)"; a number
     * another person's name already has is skipped, so every name in the report is one person's.
     */
    private static List<Comparison.Member> unique(List<Comparison.Member> members) {
        var used = new HashSet<String>();
        members.forEach(member -> used.add(member.name()));
        var seen = new HashSet<String>();
        var unique = new ArrayList<Comparison.Member>();
        for (var member : members) {
            var name = member.name();
            if (!seen.add(name)) {
                int n = 2;
                while (used.contains(name + " (" + n + ")")) {
                    n++;
                }
                name = name + " (" + n + ")";
                used.add(name);
            }
            unique.add(name.equals(member.name()) ? member : new Comparison.Member(name, member.sheet()));
        }
        return unique;
    }
}
