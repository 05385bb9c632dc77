package io.github.shouldirust.load;

import static io.github.shouldirust.support.Diagnostics.assertCleanFailure;
import static io.github.shouldirust.support.Diagnostics.assertNoStackTrace;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.shouldirust.core.RuleSet;
import io.github.shouldirust.support.Cli;
import io.github.shouldirust.support.HostileYaml;
import io.github.shouldirust.support.RunResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad and hostile files given as rules or answers: each is refused with one clear line (a LoadException, exit 3
 * for rules and 2 for answers), never a stack trace, never a hang. The timeout is only a hang guard.
 */
class HostileInputTest {
    private static final Duration HANG_GUARD = Duration.ofSeconds(10);

    private static RuleSet rules;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() throws Exception {
        rules = RulesLoader.bundled();
    }

    static Stream<Arguments> hostileFiles() {
        return Stream.of(
                hostile("an empty file", new byte[0], "1:1: file is empty"),
                hostile("only a comment", utf8("# nothing to see here\n"), "1:1: file is empty"),
                hostile(
                        "a list at the top level",
                        utf8("- building: os\n- latency: critical\n"),
                        "1:1: ",
                        "must be a mapping",
                        "not a list"),
                hostile(
                        "a billion-laughs alias bomb",
                        utf8(HostileYaml.billionLaughs()),
                        "1:4: YAML anchors are not allowed"),
                hostile(
                        "an alias used as a merge key",
                        utf8("a: &x {b: 1}\nc:\n  <<: *x\n"),
                        "1:4: YAML anchors are not allowed"),
                hostile(
                        "an alias to a plain value's anchor",
                        utf8("a: &x 1\nc: *x\n"),
                        "2:4: YAML aliases are not allowed"),
                hostile(
                        "a !!java.lang.Runtime tag",
                        utf8("building: !!java.lang.Runtime {}\n"),
                        "1:11: YAML tags are not allowed",
                        "java.lang.Runtime"),
                hostile(
                        "a script-engine gadget tag",
                        utf8("building: !!javax.script.ScriptEngineManager "
                                + "[!!java.net.URLClassLoader [[!!java.net.URL [\"http://localhost/\"]]]]\n"),
                        "1:11: YAML tags are not allowed"),
                hostile("a custom !Foo tag", utf8("building: !Foo os\n"), "1:11: YAML tags are not allowed", "Foo"),
                hostile(
                        "10,000 nested lists",
                        utf8("[".repeat(10_000) + "]".repeat(10_000)),
                        "nested deeper than the limit of 64 levels"),
                hostile("10,000 unclosed lists", utf8("[".repeat(10_000)), "nested deeper than the limit of 64 levels"),
                hostile("500 nested block lists", nestedBlockLists(500), "nested deeper than the limit of 64 levels"),
                hostile("a file over 1 MiB", utf8(HostileYaml.overLimit()), "larger than the limit of 1 MiB"),
                hostile("NUL bytes", new byte[256], "1:1: malformed YAML"),
                hostile(
                        "two YAML documents",
                        utf8("building: os\n---\nlatency: critical\n"),
                        "3:1: expected one YAML document, found more"),
                hostile(
                        "duplicate keys",
                        utf8("building: os\nlatency: critical\n\nbuilding: script\n"),
                        "4:1: duplicate key 'building' (first at line 1)"),
                hostile(
                        "duplicate keys in a flow mapping",
                        utf8("{building: os, latency: critical, building: os}\n"),
                        "duplicate key 'building' (first at line 1)"));
    }

    private static Arguments hostile(String name, byte[] content, String... expected) {
        return Arguments.of(name, content, expected);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] nestedBlockLists(int depth) {
        var yaml = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            yaml.append(" ".repeat(i * 2)).append("-\n");
        }
        return utf8(yaml.toString());
    }

    private static void assertOneClearLine(LoadException e, String... expected) {
        assertThat(e).as("a LoadException").isNotNull();
        assertThat(e.problems()).hasSize(1);
        assertThat(e.getMessage()).doesNotContain("\n").contains(expected);
        assertNoStackTrace(e.getMessage());
    }

    @ParameterizedTest(name = "rules loader refuses {0}")
    @MethodSource("hostileFiles")
    void rulesLoaderRefuses(String name, byte[] content, String[] expected) {
        var e = assertTimeoutPreemptively(
                HANG_GUARD,
                () -> catchThrowableOfType(LoadException.class, () -> RulesLoader.parse(content, "hostile.yaml")));

        assertOneClearLine(e, expected);
        assertThat(e.getMessage()).startsWith("hostile.yaml");
    }

    @ParameterizedTest(name = "answers loader refuses {0}")
    @MethodSource("hostileFiles")
    void answersLoaderRefuses(String name, byte[] content, String[] expected) {
        var e = assertTimeoutPreemptively(
                HANG_GUARD,
                () -> catchThrowableOfType(
                        LoadException.class, () -> AnswersLoader.parse(content, "hostile.yaml", rules)));

        assertOneClearLine(e, expected);
    }

    /** Each hostile file given to the program as --rules (exit 3) and as --answers (exit 2). */
    static Stream<Arguments> hostileFilesGivenToTheCli() {
        return hostileFiles().flatMap(hostile -> {
            var name = hostile.get()[0];
            var content = hostile.get()[1];
            return Stream.of(Arguments.of(name, content, "--rules", 3), Arguments.of(name, content, "--answers", 2));
        });
    }

    @ParameterizedTest(name = "{2} with {0} exits {3}")
    @MethodSource("hostileFilesGivenToTheCli")
    void cliRefusesTheFile(String name, byte[] content, String option, int exitCode) throws IOException {
        var file = Files.write(dir.resolve("hostile.yaml"), content);

        var result = assertTimeoutPreemptively(HANG_GUARD, () -> Cli.run(option, file.toString()));

        assertCleanFailure(result, exitCode);
        assertThat(result.stderrLines()).singleElement().asString().startsWith("should-i-rust: " + file);
    }

    @ParameterizedTest(name = "--answers - with {0} on stdin exits 2")
    @MethodSource("hostileFiles")
    void cliRefusesOnStdin(String name, byte[] content, String[] expected) {
        var result = assertTimeoutPreemptively(
                HANG_GUARD, () -> Cli.cli().stdin(content).execute("--answers", "-"));

        assertCleanFailure(result, 2);
        assertThat(result.stderrLines()).singleElement().asString().startsWith("should-i-rust: <stdin>");
    }

    // Invalid UTF-8 and binary garbage are refused in one line without a stack trace, but the line reads
    // "malformed YAML: java.io.CharConversionException: Invalid UTF-8 start byte 0x9d (at char #2, byte #-1)".

    static Stream<Arguments> undecodable() {
        var garbage = new byte[4096];
        new Random(42).nextBytes(garbage);
        return Stream.of(
                Arguments.of("invalid UTF-8", new byte[] {'a', ':', ' ', (byte) 0xC3, (byte) 0x28, '\n'}),
                Arguments.of("a stray 0xFF byte", new byte[] {'a', ':', ' ', (byte) 0xFF, '\n'}),
                Arguments.of("binary garbage", garbage));
    }

    @ParameterizedTest(name = "{0} is refused in one line")
    @MethodSource("undecodable")
    void undecodableBytesAreRefusedInOneLine(String name, byte[] content) throws IOException {
        var e = assertTimeoutPreemptively(
                HANG_GUARD,
                () -> catchThrowableOfType(LoadException.class, () -> RulesLoader.parse(content, "hostile.yaml")));
        var file = Files.write(dir.resolve("hostile.yaml"), content);
        RunResult asRules = Cli.run("--rules", file.toString());
        RunResult asAnswers = Cli.run("--answers", file.toString());

        assertThat(e).isNotNull();
        assertThat(e.problems()).hasSize(1);
        assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("\tat ");
        assertThat(asRules.exitCode()).isEqualTo(3);
        assertThat(asAnswers.exitCode()).isEqualTo(2);
        for (var result : new RunResult[] {asRules, asAnswers}) {
            assertThat(result.stdout()).isEmpty();
            assertThat(result.stderrLines()).singleElement().asString().doesNotContain("\tat ");
        }
    }

    @ParameterizedTest(name = "{0} is explained in plain words")
    @MethodSource("undecodable")
    void undecodableBytesAreExplainedInPlainWords(String name, byte[] content) {
        var e = catchThrowableOfType(LoadException.class, () -> RulesLoader.parse(content, "hostile.yaml"));

        assertThat(e.getMessage()).contains("UTF-8").doesNotContain("Exception").doesNotContain("#-1");
    }

    @Test
    void aStringOverTheLimitIsRefusedNamingTheLimit() {
        var content = utf8("building: " + "x".repeat(YamlReader.MAX_STRING_LENGTH + 1) + "\n");

        var e = catchThrowableOfType(LoadException.class, () -> AnswersLoader.parse(content, "long.yaml", rules));

        assertThat(e).isNotNull();
        assertThat(e.getMessage().length()).as("length of the one-line message").isLessThan(1_000);
        assertThat(e.getMessage()).contains("limit");
    }

    @Test
    void stdinOverTheLimitIsRefusedWithoutReadingItAll() {
        var stream = new java.io.InputStream() {
            long served;

            @Override
            public int read() {
                served++;
                return ' ';
            }
        };

        var result = assertTimeoutPreemptively(
                HANG_GUARD, () -> Cli.cli().stdin(stream).execute("--answers", "-"));

        assertCleanFailure(result, 2);
        assertThat(result.stderr()).contains("<stdin>").contains("larger than the limit of 1 MiB");
        assertThat(stream.served).isLessThanOrEqualTo(YamlReader.MAX_BYTES + 1L);
    }

    @Test
    void anOverflowingIntegerIsRefusedAsOutOfRange() {
        var content = utf8("schema: 99999999999\n");

        var e = catchThrowableOfType(LoadException.class, () -> RulesLoader.parse(content, "rules.yaml"));

        assertThat(e.problems()).first().asString().isEqualTo("rules.yaml:1:9: 'schema' is out of range: 99999999999");
    }
}
