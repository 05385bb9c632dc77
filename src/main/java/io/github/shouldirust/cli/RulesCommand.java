package io.github.shouldirust.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The rules-file tools: check and test. Alone, it shows its usage on stderr: a usage error, exit 2. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = RulesCommand.SUMMARY)
final class RulesCommand implements Callable<Integer> {
    /** What the advisor's usage says of it; {@link CommandTree} lists it without building the command. */
    static final String SUMMARY =
            "Check rules files, run the examples they carry, and show what a change to them flips.";

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USAGE;
    }
}
