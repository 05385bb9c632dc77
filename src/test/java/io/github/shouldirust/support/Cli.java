package io.github.shouldirust.support;

import io.github.shouldirust.cli.Environment;
import io.github.shouldirust.cli.ShouldIRust;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the whole program through {@link ShouldIRust#run} as a user would, with captured output, a given
 * stdin (empty unless set) and a fake environment (no variables, not a terminal, unless set), or an
 * environment of the test's own ({@link #in}).
 */
public final class Cli {
    private final Map<String, String> variables = new HashMap<>();
    private boolean terminal;
    private InputStream stdin = new ByteArrayInputStream(new byte[0]);
    private Environment environment;

    private Cli() {}

    public static Cli cli() {
        return new Cli();
    }

    /** Shorthand for {@code cli().run(args)}. */
    public static RunResult run(String... args) {
        return cli().execute(args);
    }

    public Cli env(String name, String value) {
        variables.put(name, value);
        return this;
    }

    /** Stdout is a terminal. */
    public Cli terminal() {
        terminal = true;
        return this;
    }

    /**
     * Runs in {@code environment} (a person at a terminal, a pager that records what it shows) instead of
     * the fake one, which {@link #env} and {@link #terminal} set up.
     */
    public Cli in(Environment environment) {
        this.environment = environment;
        return this;
    }

    public Cli stdin(String text) {
        return stdin(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    public Cli stdin(byte[] bytes) {
        return stdin(new ByteArrayInputStream(bytes));
    }

    public Cli stdin(InputStream in) {
        stdin = in;
        return this;
    }

    public RunResult execute(List<String> args) {
        return execute(args.toArray(String[]::new));
    }

    public RunResult execute(String... args) {
        if (environment != null && (terminal || !variables.isEmpty())) {
            throw new IllegalStateException("env() and terminal() set up the fake environment, not one given to in()");
        }
        var out = new StringWriter();
        var err = new StringWriter();
        var runIn = environment != null ? environment : new FakeEnvironment(Map.copyOf(variables), terminal);
        int code;
        try (var outWriter = new PrintWriter(out);
                var errWriter = new PrintWriter(err)) {
            code = ShouldIRust.run(outWriter, errWriter, stdin, runIn, args);
        }
        return new RunResult(code, out.toString(), err.toString());
    }

    /** An environment that holds only what the test put in it. */
    public record FakeEnvironment(Map<String, String> variables, boolean stdoutIsTerminal) implements Environment {
        @Override
        public String variable(String name) {
            return variables.get(name);
        }
    }
}
