package io.github.shouldirust.support;

import io.github.shouldirust.cli.Environment;
import io.github.shouldirust.cli.ShouldIRust;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Runs the whole program through {@link ShouldIRust#run} as a user would, with captured output, a given
 * stdin (empty unless set) and a fake environment (no variables, not a terminal, unless set).
 */
public final class Cli {
    private final Map<String, String> variables = new HashMap<>();
    private boolean terminal;
    private InputStream stdin = new ByteArrayInputStream(new byte[0]);

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

    public RunResult execute(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        var environment = new FakeEnvironment(Map.copyOf(variables), terminal);
        int code;
        try (var outWriter = new PrintWriter(out);
                var errWriter = new PrintWriter(err)) {
            code = ShouldIRust.run(outWriter, errWriter, stdin, environment, args);
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
