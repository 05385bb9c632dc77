package io.github.shouldirust.cli;

import io.github.shouldirust.load.RulesLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The picocli command tree, built only as far as a run needs it: each command's model costs a cold JVM a
 * few milliseconds even declared in code. A scripted run builds the advisor alone, a named command
 * (`rules check`) itself alone under a bare root, the top-level --help only the names and summaries it
 * lists, and anything else (an error to check against every command, `help`) the whole tree.
 */
final class CommandTree {
    private CommandTree() {}

    /** How much of the tree to build. */
    enum Scope {
        /** The advisor alone. */
        ADVISOR,
        /** Each subcommand as a name and its summary: what the advisor's usage lists. */
        SUMMARIES,
        /** Everything. */
        WHOLE,
        /** The one command named by {@link #named}, under a bare root ({@link #namedRoot}). */
        NAMED
    }

    /** Which part of the tree, and for NAMED the command's path ("questions", "rules check"). */
    record Part(Scope scope, String named) {
        static final Part ADVISOR = new Part(Scope.ADVISOR, "");
        static final Part SUMMARIES = new Part(Scope.SUMMARIES, "");
        static final Part WHOLE = new Part(Scope.WHOLE, "");

        /** Whether a subcommand of this path ("rules", "rules check") is built in full. */
        boolean builds(String path) {
            // "rules" for "rules check", which it holds; "rules check" for "rules", which is built whole.
            return scope == Scope.WHOLE
                    || scope == Scope.NAMED
                            && (named.equals(path) || named.startsWith(path + " ") || path.startsWith(named + " "));
        }
    }

    /** The commands a name given first builds alone; a new one joins here and in {@link #build}. */
    private static final Set<String> NAMED = Set.of("questions", "compare", "rules", "schema");

    private static final Set<String> RULES_COMMANDS = Set.of("check", "test", "diff");

    /** The subcommands' names and summaries, in the order {@link #build} adds them. */
    private static final List<String[]> SUMMARIES = List.of(
            new String[] {"help", HelpCommand.SUMMARY},
            new String[] {"questions", QuestionsCommand.SUMMARY},
            new String[] {"compare", CompareCommand.SUMMARY},
            new String[] {"rules", RulesCommand.SUMMARY},
            new String[] {"schema", SchemaCommand.SUMMARY});

    /** The whole tree, for documentation generated from it (man page, completion) and for errors. */
    static CommandLine whole(Io io) {
        return build(io, Part.WHOLE);
    }

    /**
     * The tree these arguments need, built once: a command named first alone; else the advisor, which
     * parses them to tell a scripted run from the top-level --help (names and summaries) or an error (the
     * whole tree, to check it against every command).
     */
    static CommandLine forArgs(Io io, String[] args) {
        if (args.length > 0 && NAMED.contains(args[0])) {
            var rulesCommand = args[0].equals("rules") && args.length > 1 && RULES_COMMANDS.contains(args[1]);
            return build(io, new Part(Scope.NAMED, rulesCommand ? "rules " + args[1] : args[0]));
        }
        var advisor = build(io, Part.ADVISOR);
        try {
            var parsed = advisor.parseArgs(args);
            if (!parsed.isUsageHelpRequested()) {
                return advisor;
            }
            // picocli stops checking once help is asked for: `help --help` or `--no-input questions -h`
            // leave arguments the advisor alone cannot place, which the whole tree can.
            return build(io, parsed.unmatched().isEmpty() ? Part.SUMMARIES : Part.WHOLE);
        } catch (CommandLine.ParameterException e) {
            return build(io, Part.WHOLE);
        }
    }

    static CommandLine build(Io io, Part part) {
        var root = part.scope() == Scope.NAMED ? namedRoot() : new AdviseCommand(io).spec();
        var commandLine = new CommandLine(root);
        // No @argfile expansion: it would read any file named after '@' (a device forever, a secret into an
        // error message), and nothing here needs arguments from a file.
        commandLine.setExpandAtFiles(false);
        if (part.scope() == Scope.SUMMARIES) {
            SUMMARIES.forEach(entry -> commandLine.addSubcommand(summary(entry[0], entry[1])));
        }
        if (part.scope() == Scope.WHOLE) {
            // `help [COMMAND...]`, as git and docker have it, beside --help.
            commandLine.addSubcommand(HelpCommand.commandLine(io));
        }
        if (part.builds("questions")) {
            commandLine.addSubcommand(new CommandLine(new QuestionsCommand(io).spec()));
        }
        if (part.builds("compare")) {
            commandLine.addSubcommand(new CommandLine(new CompareCommand(io).spec()));
        }
        if (part.builds("rules")) {
            commandLine.addSubcommand(rules(io, part));
        }
        if (part.builds("schema")) {
            commandLine.addSubcommand(new CommandLine(new SchemaCommand(io).spec()));
        }
        configure(commandLine, io);
        return commandLine;
    }

    private static CommandLine rules(Io io, Part part) {
        var rules = new CommandLine(new RulesCommand().spec());
        if (part.builds("rules help")) {
            rules.addSubcommand(HelpCommand.commandLine(io));
        }
        if (part.builds("rules check")) {
            rules.addSubcommand(new CommandLine(new RulesCheckCommand(io).spec()));
        }
        if (part.builds("rules test")) {
            rules.addSubcommand(new CommandLine(new RulesTestCommand(io).spec()));
        }
        if (part.builds("rules diff")) {
            rules.addSubcommand(new CommandLine(new RulesDiffCommand(io).spec()));
        }
        return rules;
    }

    /**
     * The root of a tree built for a command named first, which the run never reaches: no advisor option
     * can come before the command's name, so only the root's name is used, in usage lines and messages.
     * The advisor's model would cost the run ~10 ms.
     */
    private static CommandSpec namedRoot() {
        return CommandSpec.wrapWithoutInspection((java.util.concurrent.Callable<Integer>) () -> ExitCode.USAGE)
                .name("should-i-rust");
    }

    /** A command listed by name and summary only, never run: the top-level usage is all that shows it. */
    private static CommandLine summary(String name, String text) {
        var spec = CommandSpec.create().name(name);
        spec.usageMessage().description(text);
        return new CommandLine(spec);
    }

    private static void configure(CommandLine commandLine, Io io) {
        // After the subcommands: registering reaches only those already added.
        commandLine.registerConverter(Path.class, new FileNameConverter());
        var colours =
                CommandLine.Help.defaultColorScheme(io.style(ColorMode.AUTO).isColour() ? Ansi.ON : Ansi.OFF);
        // Help wraps at the terminal's width ($COLUMNS, which the launcher sets from the terminal), not
        // always at picocli's 80; picocli takes no less than 55.
        var helpWidth = Math.max(55, io.width());
        forEachCommand(commandLine, command -> {
            command.setUsageHelpWidth(helpWidth);
            command.setColorScheme(colours);
            command.setOut(io.out());
            command.setErr(io.err());
            // A single-valued option given twice: the last one wins, as in most tools, so a script can
            // override an alias's option rather than fail.
            command.setOverwrittenOptionsAllowed(true);
            // -V on a command of its own printed nothing: the version, with the bundled rules'.
            var spec = command.getCommandSpec();
            if (spec.versionProvider() == null && spec.version().length == 0) {
                spec.versionProvider(new VersionProvider(RulesLoader::bundled));
            }
        });
        commandLine.setParameterExceptionHandler((e, arguments) -> {
            io.error(UsageMessage.of(e));
            return ExitCode.USAGE;
        });
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> ShouldIRust.internalError(io, e));
    }

    /** Applies a setting to a command and every subcommand below it. */
    private static void forEachCommand(CommandLine command, Consumer<CommandLine> action) {
        action.accept(command);
        command.getSubcommands().values().forEach(sub -> forEachCommand(sub, action));
    }
}
