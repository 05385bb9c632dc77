package io.github.shouldirust.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * `help [COMMAND...]`: the usage of the command named by the path, as `help rules check`, beside each
 * command's --help. picocli's own help command looks one level down only. Declared in code
 * ({@link OptionsInCode}).
 */
final class HelpCommand implements Callable<Integer> {
    /** What the advisor's usage says of it; {@link CommandTree} lists it without building the command. */
    static final String SUMMARY = "Show the usage of a command: help rules check.";

    private final Io io;
    private final CommandSpec spec;

    private HelpCommand(Io io) {
        this.io = io;
        this.spec = CommandSpec.wrapWithoutInspection(this).name("help").helpCommand(true);
        spec.usageMessage().description(SUMMARY);
        spec.addPositional(PositionalParamSpec.builder()
                .index("0..*")
                .arity("0..*")
                .paramLabel("COMMAND")
                .type(List.class)
                .auxiliaryTypes(String.class)
                .description("The command, as a path: rules check.")
                .build());
    }

    static CommandLine commandLine(Io io) {
        return new CommandLine(new HelpCommand(io).spec);
    }

    @Override
    public Integer call() {
        List<String> path = spec.commandLine().getParseResult().matchedPositionalValue(0, List.of());
        var target = spec.parent().commandLine();
        for (var name : path) {
            var next = target.getSubcommands().get(name);
            if (next == null) {
                io.error(UsageMessage.unknownCommand(name, target));
                return ExitCode.USAGE;
            }
            target = next;
        }
        target.usage(target.getOut(), target.getColorScheme());
        return ExitCode.EVALUATED;
    }
}
