package io.github.shouldirust.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

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
        skipUnusedPicocliLookups();
        var io = new Io(out, err, in, env);
        try {
            var commandLine = CommandTree.forArgs(io, args);
            var code = commandLine.execute(args);
            out.flush();
            return out.checkError() ? outputFailed(io) : code;
        } catch (RuntimeException e) {
            return internalError(io, e);
        }
    }

    /**
     * Two lookups picocli makes on every start that nothing here needs, each turned off unless the user set
     * it: its reflective converters for java.time and java.sql types (about a hundred classes loaded; no
     * option takes those types), and its search of the class path for Groovy's Closure, which a cold JVM
     * answers by reading the jar's whole directory (~3 ms on JDK 17, where nothing else opens the jar).
     */
    private static void skipUnusedPicocliLookups() {
        if (System.getProperty("picocli.converters.excludes") == null) {
            System.setProperty("picocli.converters.excludes", "java\\.time\\..*,java\\.sql\\..*");
        }
        if (System.getProperty("picocli.disable.closures") == null) {
            System.setProperty("picocli.disable.closures", "true");
        }
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
    static int internalError(Io io, Exception e) {
        io.error("internal error: " + e + " (please report it; set SHOULD_I_RUST_DEBUG=1 for details)");
        if (io.env().variable("SHOULD_I_RUST_DEBUG") != null) {
            e.printStackTrace(io.err());
            io.err().flush();
        }
        return ExitCode.INTERNAL_ERROR;
    }
}
