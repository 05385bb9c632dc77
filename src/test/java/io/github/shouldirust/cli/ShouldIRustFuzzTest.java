package io.github.shouldirust.cli;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.shouldirust.support.Cli;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The whole program on any argument list and stdin, in a fake environment that can never prompt: it
 * exits with a documented code other than 1 (internal error) and prints no stack trace.
 *
 * <p>An input is UTF-8 text, one argument per line, then optionally a line {@code <<<stdin} and what
 * stdin holds, so saved inputs read as the command they run. Arguments may name the scratch files in
 * {@code target/fuzz/} (a rules file, a layer, a broken file, answers files); what the run writes
 * ({@code --save}, {@code --output}, {@code --junit}) is redirected there, an {@code @argfile} is the scratch one, and
 * no device or /proc file is read (the test JVM's own stdin would block). {@code ./mvnw verify}
 * replays the inputs saved in ShouldIRustFuzzTestInputs/; fuzz/fuzz.sh fuzzes.
 */
class ShouldIRustFuzzTest {
    private static final Set<Integer> DOCUMENTED = Set.of(
            ExitCode.EVALUATED,
            ExitCode.USAGE,
            ExitCode.BAD_RULES,
            ExitCode.FAILED_ON_VERDICT,
            ExitCode.TESTS_FAILED,
            ExitCode.TOO_UNSURE,
            ExitCode.OUTPUT_FAILED);
    private static final String STDIN = "<<<stdin";
    private static final Path SCRATCH = scratch(Path.of("target", "fuzz"));
    private static final Path SAVED = SCRATCH.resolve("out/saved.yaml");
    private static final Path JUNIT = SCRATCH.resolve("out/junit.xml");
    private static final Path OUTPUT = SCRATCH.resolve("out/result.txt");

    @DictionaryFile(resourcePath = "/fuzz/cli.dict")
    @DictionaryFile(resourcePath = "/fuzz/answers.dict")
    @FuzzTest(maxDuration = "5m")
    void commandLine(byte[] input) throws IOException {
        var text = new String(input, StandardCharsets.UTF_8);
        var split = text.indexOf(STDIN + "\n");
        var argsText = split < 0 ? text : text.substring(0, split);
        var stdin = split < 0 ? "" : text.substring(split + STDIN.length() + 1);
        var args = new ArrayList<>(argsText.isEmpty() ? List.<String>of() : Arrays.asList(argsText.split("\n", -1)));
        if (split >= 0 && !args.isEmpty() && args.get(args.size() - 1).isEmpty()) {
            args.remove(args.size() - 1);
        }
        confine(args);
        Files.deleteIfExists(SAVED);
        Files.deleteIfExists(JUNIT);

        var result = Cli.cli().stdin(stdin).execute(args);
        int code = result.exitCode();
        var err = result.stderr();

        var run = "args " + args + ", stdin " + stdin.length() + " chars: exit " + code + "\n--- stderr\n" + err;
        // rules diff exits 1 when verdicts change, as diff does; an internal error says so on stderr.
        var verdictsChange = code == 1 && args.contains("diff") && !err.contains("internal error");
        if (!DOCUMENTED.contains(code) && !verdictsChange) {
            throw new AssertionError("undocumented exit code, " + run);
        }
        // A message may quote what it was given; only text the input did not bring in is a stack trace.
        for (var trace : List.of("Exception", "\tat ")) {
            if (err.contains(trace) && !text.contains(trace)) {
                throw new AssertionError("a stack trace or exception name on stderr, " + run);
            }
        }
    }

    /** Keeps the run's files in the scratch directory; see the class comment. */
    static void confine(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            var arg = args.get(i);
            if (arg.contains("/dev/") || arg.contains("/proc/") || arg.contains("/sys/")) {
                args.set(i, SCRATCH.resolve("missing.yaml").toString());
            } else if (arg.startsWith("@")) {
                args.set(i, "@" + SCRATCH.resolve("args.txt"));
            } else if (arg.startsWith("--save=")) {
                args.set(i, "--save=" + SAVED);
            } else if (arg.startsWith("--junit=")) {
                args.set(i, "--junit=" + JUNIT);
            } else if ((arg.equals("--save") || arg.equals("--junit")) && i + 1 < args.size()) {
                args.set(++i, (arg.equals("--save") ? SAVED : JUNIT).toString());
            } else if (arg.startsWith("--output=")) {
                args.set(i, "--output=" + OUTPUT);
            } else if (arg.equals("--output") && i + 1 < args.size()) {
                args.set(++i, OUTPUT.toString());
            } else if (arg.matches("-[hV]*o.*")) {
                // -o FILE, -oFILE, and -o clustered after the boolean short options (-Vo FILE)
                var option = arg.substring(0, arg.indexOf('o') + 1);
                if (option.equals(arg) && i + 1 < args.size()) {
                    args.set(++i, OUTPUT.toString());
                } else {
                    args.set(i, option + OUTPUT);
                }
            }
        }
    }

    private static Path scratch(Path dir) {
        try {
            Files.createDirectories(dir.resolve("out"));
            Files.write(dir.resolve("rules.yaml"), resource("/rules/checked.yaml"));
            Files.writeString(dir.resolve("layer.yaml"), """
                    schema: 1
                    id: team
                    version: "1"
                    extends: why-rust
                    rules:
                      - { id: hiring-at-scale, score: -1 }
                    verdicts: { consider-rust: 2 }
                    examples:
                      - { name: a script, answers: { building: script }, verdict: avoid-rust }
                    """);
            Files.writeString(dir.resolve("bad.yaml"), "schema: 2\nid: [\n");
            Files.writeString(dir.resolve("answers.yaml"), """
                    building: network-service
                    lifespan: years
                    latency: critical
                    deployment: [single-binary, fast-startup]
                    hiring: "no"
                    """);
            Files.writeString(dir.resolve("answers.json"), "{\"building\": \"os\", \"latency\": null}\n");
            Files.writeString(dir.resolve("args.txt"), "--no-input\n-a\nbuilding=os\n--format\njson\n");
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = ShouldIRustFuzzTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }
}
