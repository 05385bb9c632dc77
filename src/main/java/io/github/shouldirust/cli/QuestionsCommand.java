package io.github.shouldirust.cli;

import io.github.shouldirust.render.QuestionsRenderer;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Lists the questions with their ids, values and help, for writing --answer flags or answers files.
 *
 * <p>Declared in code, as every command is ({@link OptionsInCode}).
 */
final class QuestionsCommand implements Callable<Integer> {
    /** What the advisor's usage says of it; {@link CommandTree} lists it without building the command. */
    static final String SUMMARY = "List the questions: ids, allowed values, defaults and why each is asked.";

    private final Io io;
    private final CommandSpec spec;

    /** The question list has no decision to record, so no markdown. */
    enum Format {
        text,
        json
    }

    QuestionsCommand(Io io) {
        this.io = io;
        this.spec = CommandSpec.wrapWithoutInspection(this)
                .name("questions")
                .versionProvider(new VersionProvider(() -> rules().load()));
        spec.usageMessage()
                .sortOptions(false)
                .description(SUMMARY)
                .exitCodeListHeading(OptionsInCode.EXIT_CODES_HEADING)
                .exitCodeList(OptionsInCode.exitCodes(
                        "0", "listed", "1", "internal error", "2", "usage error", "3", "bad rules file"));
        spec.addOption(OptionSpec.builder("--format")
                .paramLabel("FORMAT")
                .type(Format.class)
                .defaultValue("text")
                .description("Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
                .build());
        spec.addOption(OptionsInCode.rules());
        OptionsInCode.addColorHelpAndVersion(spec);
    }

    CommandSpec spec() {
        return spec;
    }

    private RulesOption rules() {
        return OptionsInCode.rulesFrom(spec.commandLine().getParseResult());
    }

    @Override
    public Integer call() {
        var parsed = spec.commandLine().getParseResult();
        var ruleSet = rules().loadOrReport(io);
        if (ruleSet == null) {
            return ExitCode.BAD_RULES;
        }
        switch (parsed.matchedOptionValue("--format", Format.text)) {
            case json -> QuestionsRenderer.json(ruleSet, io.out());
            case text ->
                QuestionsRenderer.text(ruleSet, io.style(OptionsInCode.colorFrom(parsed)), io.width(), io.out());
        }
        return ExitCode.EVALUATED;
    }
}
