package io.github.shouldirust.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.shouldirust.core.Verdict;
import io.github.shouldirust.load.RulesLoader;
import io.github.shouldirust.support.Shell;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The completion script in a real bash: sourced, then asked to complete a command line the way bash's
 * readline asks (COMP_WORDS split as bash splits them, '=' a word of its own), through the function that
 * {@code complete -p should-i-rust} names.
 */
class CompletionTest {
    @TempDir
    static Path dir;

    private static Path script;

    @BeforeAll
    static void writeTheScript() throws Exception {
        assumeTrue(Shell.has("bash"), "bash is not installed");
        script = Docs.write(dir).get(0);
        Files.createDirectories(dir.resolve("files"));
        Files.writeString(dir.resolve("files/answers.yaml"), "latency: critical\n");
    }

    /** Sources the script, finds the function bash would call, and runs it as bash's completion does. */
    private static final String BASH = """
            source "$1" || exit 9
            shift
            fn=$(complete -p should-i-rust | sed -E 's/.*-F ([^ ]+).*/\\1/')
            COMP_WORDS=("$@")
            COMP_CWORD=$(( $# - 1 ))
            COMP_LINE="$*"
            COMP_POINT=${#COMP_LINE}
            COMPREPLY=()
            "$fn"
            printf '%s\\n' "${COMPREPLY[@]}"
            """;

    /** What bash offers for the last word of {@code words} (the command first), one per element. */
    private static List<String> complete(String... words) {
        var line = String.join(" ", words);
        var result = Shell.run(Shell.concat(
                List.of("bash", "--norc", "--noprofile", "-c", BASH, "bash", script.toString()), List.of(words)));
        assertThat(result.exitCode()).as("completing '%s': %s", line, result).isZero();
        // Outside a real completion, bash says compopt cannot run; anything else is a broken script.
        assertThat(result.stderr().lines().filter(l -> !l.contains("compopt")).toList())
                .as("stderr completing '%s'", line)
                .isEmpty();
        return result.stdout().lines().filter(l -> !l.isEmpty()).toList();
    }

    @Test
    void completesOptionNames() {
        assertThat(complete("should-i-rust", "--for")).containsExactlyInAnyOrder("--format", "--force");
    }

    @Test
    void completesEveryOptionOfEveryCommand() {
        for (var command : commands(Docs.commandLine().getCommandSpec()).toList()) {
            var words = Stream.concat(Arrays.stream(command.qualifiedName().split(" ")), Stream.of("-"))
                    .toArray(String[]::new);
            var names = command.options().stream()
                    .flatMap(o -> Arrays.stream(o.names()))
                    .toArray(String[]::new);

            assertThat(complete(words))
                    .as("options of %s", command.qualifiedName())
                    .containsExactlyInAnyOrder(names);
        }
    }

    @Test
    void completesSubcommands() {
        assertThat(complete("should-i-rust", ""))
                .containsExactlyInAnyOrder("help", "questions", "compare", "rules", "schema");
        assertThat(complete("should-i-rust", "rules", "")).containsExactlyInAnyOrder("help", "check", "test", "diff");
        assertThat(complete("should-i-rust", "sch")).containsExactly("schema");
    }

    @Test
    void completesFormatsAndVerdictsToTheirValues() {
        assertThat(complete("should-i-rust", "--format", ""))
                .containsExactly(
                        Arrays.stream(OutputFormat.values()).map(Enum::name).toArray(String[]::new));
        assertThat(complete("should-i-rust", "questions", "--format", "")).containsExactly("text", "json");
        assertThat(complete("should-i-rust", "--fail-on", ""))
                .containsExactly(
                        Arrays.stream(Verdict.values()).map(Verdict::id).toArray(String[]::new));
        assertThat(complete("should-i-rust", "schema", ""))
                .containsExactly("rules", "output", "questions", "compare", "diff");
    }

    @Test
    void completesAnAnswerToTheQuestionsAndValuesOfTheBundledRules() throws Exception {
        var latency = RulesLoader.bundled().question("latency").orElseThrow().values();

        assertThat(complete("should-i-rust", "-a", ""))
                .hasSize(Completion.answers(RulesLoader.bundled()).size())
                .containsAll(Completion.answers(RulesLoader.bundled()));
        assertThat(complete("should-i-rust", "--answer", "lat"))
                .containsExactlyElementsOf(
                        latency.stream().map(v -> "latency=" + v).toList());
    }

    @Test
    void completesTheNextValueOfAListAfterAComma() {
        // bash replaces the text after the '=': the values already given stay in front.
        assertThat(complete("should-i-rust", "-a", "deployment", "=", "single-binary,f"))
                .containsExactly("single-binary,fast-startup");
        assertThat(complete("should-i-rust", "--fail-on", "avoid-rust,c")).containsExactly("avoid-rust,consider-rust");
        assertThat(complete("should-i-rust", "--fail-on", "=", "avoid-rust,u")).containsExactly("avoid-rust,use-rust");
    }

    @Test
    void completesTheValueAfterAnEqualsSignThatBashSplitOff() {
        // bash gives "-a latency=cr" as four words and replaces only the text after the '='.
        assertThat(complete("should-i-rust", "-a", "latency", "=", "cr")).containsExactly("critical");
        assertThat(complete("should-i-rust", "-a", "latency", "=")).contains("critical", "unimportant");
        assertThat(complete("should-i-rust", "--format", "=", "js")).containsExactly("json");
        assertThat(complete("should-i-rust", "--answer", "=", "latency", "=", "cr"))
                .containsExactly("critical");
    }

    @Test
    void completesFilesForFileOptionsAndParameters() {
        var prefix = dir.resolve("files/ans").toString();
        var file = dir.resolve("files/answers.yaml").toString();

        assertThat(complete("should-i-rust", "--answers", prefix)).containsExactly(file);
        assertThat(complete("should-i-rust", "--rules", prefix)).containsExactly(file);
        assertThat(complete("should-i-rust", "--save", prefix)).containsExactly(file);
        assertThat(complete("should-i-rust", "rules", "check", prefix)).containsExactly(file);
        assertThat(complete("should-i-rust", "rules", "test", "--junit", prefix))
                .containsExactly(file);
        assertThat(complete("should-i-rust", "compare", prefix)).containsExactly(file);
    }

    private static Stream<CommandSpec> commands(CommandSpec spec) {
        return Stream.concat(
                Stream.of(spec), spec.subcommands().values().stream().flatMap(sub -> commands(sub.getCommandSpec())));
    }
}
