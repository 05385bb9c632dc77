package io.github.shouldirust.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * `help [COMMAND...]`: the usage of the command named by the path, as `help rules check`, beside each
 * command's --help. picocli's own help command looks one level down only.
 */
@Command(name = "help", helpCommand = true, description = HelpCommand.SUMMARY)
final class HelpCommand implements Callable<Integer> {
    /** What the advisor's usage says of it; {@link CommandTree} lists it without building the command. */
    static final String SUMMARY = "Show the usage of a command: help rules check.";

    private final Io io;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "COMMAND", arity = "0..*", description = "The command, as a path: rules check.")
    List<String> path = new ArrayList<>();

    @Override
    public Integer call() {
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

    private HelpCommand(Io io) {
        this.io = io;
    }

    static CommandLine commandLine(Io io) {
        return new CommandLine(new HelpCommand(io));
    }
}
