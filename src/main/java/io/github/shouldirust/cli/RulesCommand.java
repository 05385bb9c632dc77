package io.github.shouldirust.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The rules-file tools: check, test and diff. Alone, it shows its usage on stderr: a usage error, exit 2.
 * Declared in code ({@link OptionsInCode}).
 */
final class RulesCommand implements Callable<Integer> {
    /** What the advisor's usage says of it; {@link CommandTree} lists it without building the command. */
    static final String SUMMARY =
            "Check rules files, run the examples they carry, and show what a change to them flips.";

    private final CommandSpec spec;

    RulesCommand() {
        this.spec = CommandSpec.wrapWithoutInspection(this).name("rules");
        spec.usageMessage().description(SUMMARY);
        OptionsInCode.addHelpAndVersion(spec);
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USAGE;
    }
}
