package io.github.shouldirust.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;

/** The entry point. {@link #run} is the whole program, so tests drive it exactly as a user would. */
public final class ShouldIRust {
    private ShouldIRust() {}

    public static void main(String[] args) {
        var out = Stdout.of(new FileOutputStream(FileDescriptor.out));
        var err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(run(out, err, System.in, args));
    }

    public static int run(PrintWriter out, PrintWriter err, InputStream in, String... args) {
        return run(out, err, in, Environment.system(), args);
    }

    /** Runs the program against the given streams and environment and returns its exit code. */
    public static int run(PrintWriter out, PrintWriter err, InputStream in, Environment env, String... args) {
        skipUnusedConverters();
        var io = new Io(out, err, in, env);
        try {
            var commandLine = commandLine(io, NONE);
            if (needsSubcommands(commandLine, args)) {
                // The command named first, alone when it is one: each subcommand's model costs its
                // annotations' reading. Help, errors and anything else get the whole tree.
                var named = args.length > 0 && SUBCOMMANDS.contains(args[0]) ? args[0] : ALL;
                commandLine = commandLine(io, named);
            }
            var code = commandLine.execute(args);
            out.flush();
            return out.checkError() ? outputFailed(io) : code;
        } catch (RuntimeException e) {
            return internalError(io, e);
        }
    }

    /**
     * picocli registers converters for java.time and java.sql types by reflection when a command line is
     * built, loading about a hundred classes at every start; no option here takes those types. A value
     * the user set is left alone.
     */
    private static void skipUnusedConverters() {
        if (System.getProperty("picocli.converters.excludes") == null) {
            System.setProperty("picocli.converters.excludes", "java\\.time\\..*,java\\.sql\\..*");
        }
    }

    /**
     * Whether these arguments need more than the advisor: a subcommand, the help that lists them, or an
     * error worth checking against them. The subcommands' models are built from annotations, ~20 ms
     * that a plain scripted run need not pay; parsing once without them tells.
     */
    private static boolean needsSubcommands(CommandLine advisorAlone, String[] args) {
        try {
            return advisorAlone.parseArgs(args).isUsageHelpRequested();
        } catch (CommandLine.ParameterException e) {
            return true;
        }
    }

    /** The whole command tree, for documentation generated from it (man page, completion). */
    static CommandLine commandLine(Io io) {
        return commandLine(io, ALL);
    }

    /** Which subcommands a tree gets: none, all, or the one of this name. */
    private static final String NONE = "";

    private static final String ALL = "*";
    /** The subcommands built alone when named first; a new one joins here and in {@link #commandLine}. */
    private static final java.util.Set<String> SUBCOMMANDS =
            java.util.Set.of("questions", "compare", "rules", "schema");

    /** Whether a tree of {@code subcommands} (NONE, ALL or one name) gets the one called {@code name}. */
    private static boolean wanted(String subcommands, String name) {
        return subcommands.equals(ALL) || subcommands.equals(name);
    }

    private static CommandLine commandLine(Io io, String subcommands) {
        var commandLine = new CommandLine(new AdviseCommand(io).spec());
        // No @argfile expansion: it would read any file named after '@' (a device forever, a secret into an
        // error message), and nothing here needs arguments from a file.
        commandLine.setExpandAtFiles(false);
        if (subcommands.equals(ALL)) {
            // `help [COMMAND...]`, as git and docker have it, beside --help.
            commandLine.addSubcommand(HelpCommand.commandLine(io));
        }
        if (wanted(subcommands, "questions")) {
            commandLine.addSubcommand(new CommandLine(new QuestionsCommand(io)));
        }
        if (wanted(subcommands, "compare")) {
            commandLine.addSubcommand(new CommandLine(new CompareCommand(io)));
        }
        if (wanted(subcommands, "rules")) {
            commandLine.addSubcommand(new CommandLine(new RulesCommand())
                    .addSubcommand(HelpCommand.commandLine(io))
                    .addSubcommand(new CommandLine(new RulesCheckCommand(io)))
                    .addSubcommand(new CommandLine(new RulesTestCommand(io)))
                    .addSubcommand(new CommandLine(new RulesDiffCommand(io))));
        }
        if (wanted(subcommands, "schema")) {
            commandLine.addSubcommand(new CommandLine(new SchemaCommand(io)));
        }
        // After the subcommands: registering reaches only those already added.
        commandLine.registerConverter(Path.class, new FileNameConverter());
        var colours =
                CommandLine.Help.defaultColorScheme(io.style(ColorMode.AUTO).isColour() ? Ansi.ON : Ansi.OFF);
        commandLine.setColorScheme(colours);
        commandLine.setOut(io.out());
        commandLine.setErr(io.err());
        // Help wraps at the terminal's width ($COLUMNS, which the launcher sets from the terminal), not
        // always at picocli's 80; picocli takes no less than 55.
        var helpWidth = Math.max(55, io.width());
        forEachCommand(commandLine, command -> {
            command.setUsageHelpWidth(helpWidth);
            command.setColorScheme(colours);
            command.setOut(io.out());
            command.setErr(io.err());
        });
        commandLine.setParameterExceptionHandler((e, arguments) -> {
            io.error(UsageMessage.of(e));
            return ExitCode.USAGE;
        });
        // A single-valued option given twice: the last one wins, as in most tools, so a script can
        // override an alias's option rather than fail.
        forEachCommand(commandLine, command -> command.setOverwrittenOptionsAllowed(true));
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> internalError(io, e));
        return commandLine;
    }

    /** Applies a setting to a command and every subcommand below it. */
    private static void forEachCommand(CommandLine command, java.util.function.Consumer<CommandLine> action) {
        action.accept(command);
        command.getSubcommands().values().forEach(sub -> forEachCommand(sub, action));
    }

    /**
     * Stdout could not take the output. A reader that stopped early (`| head -c 20`) wanted no more: that
     * ends quietly, as a process stopped by SIGPIPE would. Anything else (a full disk, a closed stdout)
     * means the result went nowhere, which a script must hear about.
     */
    private static int outputFailed(Io io) {
        var failure = io.out() instanceof Stdout stdout ? stdout.failure() : java.util.Optional.<IOException>empty();
        var reason = failure.map(IOException::getMessage).orElse("write error");
        if (reason.contains("Broken pipe")) {
            return ExitCode.STDOUT_CLOSED_BY_READER;
        }
        io.error("cannot write the output to stdout: " + reason);
        return ExitCode.OUTPUT_FAILED;
    }

    /** A bug: one line for the user, the stack trace only when asked for with SHOULD_I_RUST_DEBUG. */
    private static int internalError(Io io, Exception e) {
        io.error("internal error: " + e + " (please report it; set SHOULD_I_RUST_DEBUG=1 for details)");
        if (io.env().variable("SHOULD_I_RUST_DEBUG") != null) {
            e.printStackTrace(io.err());
            io.err().flush();
        }
        return ExitCode.INTERNAL_ERROR;
    }
}
