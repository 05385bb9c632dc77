package io.github.shouldirust.cli;

import io.github.shouldirust.render.QuestionsRenderer;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Lists the questions with their ids, values and help, for writing --answer flags or answers files. */
@Command(
        name = "questions",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = QuestionsCommand.SUMMARY,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:listed", "1:internal error", "2:usage error", "3:bad rules file"})
final class QuestionsCommand implements Callable<Integer> {
    /** What the advisor's usage says of it; {@link CommandTree} lists it without building the command. */
    static final String SUMMARY = "List the questions: ids, allowed values, defaults and why each is asked.";

    private final Io io;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    /** The question list has no decision to record, so no markdown. */
    enum Format {
        text,
        json
    }

    @Mixin
    RulesOption rules = new RulesOption();

    @Mixin
    ColorOptions colors = new ColorOptions();

    QuestionsCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        var ruleSet = rules.loadOrReport(io);
        if (ruleSet == null) {
            return ExitCode.BAD_RULES;
        }
        switch (format) {
            case json -> QuestionsRenderer.json(ruleSet, io.out());
            case text -> QuestionsRenderer.text(ruleSet, io.style(colors.mode()), io.width(), io.out());
        }
        return ExitCode.EVALUATED;
    }
}
