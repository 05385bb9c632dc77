package io.github.shouldirust.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.shouldirust.support.Cli;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The completion script and the man page against the program's live command tree: every command and option
 * is in both, and has a description, so one added without docs fails here rather than reaching a user.
 */
class DocsTest {

    /** The tree the program runs, built here independently of {@link Docs}. */
    private static List<CommandSpec> liveCommands() {
        var nowhere = new PrintWriter(Writer.nullWriter());
        var io = new Io(nowhere, nowhere, InputStream.nullInputStream(), new Cli.FakeEnvironment(Map.of(), false));
        var all = new ArrayList<CommandSpec>();
        collect(CommandTree.whole(io).getCommandSpec(), all);
        return all;
    }

    private static void collect(CommandSpec spec, List<CommandSpec> all) {
        all.add(spec);
        spec.subcommands().values().forEach(sub -> collect(sub.getCommandSpec(), all));
    }

    private static List<ArgSpec> arguments(CommandSpec spec) {
        var all = new ArrayList<ArgSpec>(spec.options());
        all.addAll(spec.positionalParameters());
        return all;
    }

    @Test
    void theTreeHasTheCommandsTheDocsDescribe() {
        assertThat(liveCommands())
                .extracting(CommandSpec::qualifiedName)
                .containsExactly(
                        "should-i-rust",
                        "should-i-rust help",
                        "should-i-rust questions",
                        "should-i-rust compare",
                        "should-i-rust rules",
                        "should-i-rust rules help",
                        "should-i-rust rules check",
                        "should-i-rust rules test",
                        "should-i-rust rules diff",
                        "should-i-rust schema");
    }

    @Test
    void everyCommandOptionAndParameterHasADescription() {
        for (var command : liveCommands()) {
            assertThat(String.join(" ", command.usageMessage().description()))
                    .as("description of %s", command.qualifiedName())
                    .isNotBlank();
            for (var argument : arguments(command)) {
                assertThat(String.join(" ", argument.description()))
                        .as("description of %s in %s", name(argument), command.qualifiedName())
                        .isNotBlank();
                assertThat(argument.hidden())
                        .as("%s is hidden, so neither doc shows it", name(argument))
                        .isFalse();
            }
        }
    }

    @Test
    void theManPageDescribesEveryCommandOptionParameterAndExitCode() {
        var page = Docs.manPage();

        for (var command : liveCommands()) {
            var section = manSection(page, command);
            for (var option : command.options()) {
                for (var name : option.names()) {
                    assertThat(section)
                            .as("%s in the man page's section for %s", name, command.qualifiedName())
                            .containsPattern("(?m)^\\.TP\\n.*\\\\fB" + Pattern.quote(Troff.escape(name)) + "\\\\fR");
                }
            }
            for (var parameter : command.positionalParameters()) {
                assertThat(section)
                        .as("%s in the man page's section for %s", parameter.paramLabel(), command.qualifiedName())
                        .containsPattern("(?m)^\\.TP\\n\\\\fI" + Pattern.quote(parameter.paramLabel()) + "\\\\fR");
            }
            var exitCodes = command.parent() == null ? sectionAfter(page, "\n.SH \"EXIT STATUS\"\n") : section;
            for (var code : command.usageMessage().exitCodeList().keySet()) {
                assertThat(exitCodes)
                        .as("exit code %s of %s", code.strip(), command.qualifiedName())
                        .containsPattern("(?m)^\\.TP\\n\\\\fB" + code.strip() + "\\\\fR\\n");
            }
            assertThat(page)
                    .as("a synopsis for %s", command.qualifiedName())
                    .containsPattern("(?m)^\\.SY \"?" + Pattern.quote(Troff.escape(command.qualifiedName())) + "\"?$");
        }
    }

    @Test
    void theCompletionScriptCompletesEveryCommandAndOption() throws Exception {
        var script = Docs.completion();

        for (var command : liveCommands()) {
            var function = "_picocli_" + command.qualifiedName().replace(' ', '_');
            var body = functionBody(script, function);
            var words = Pattern.compile("local (?:flag|arg)_opts=\"([^\"]*)\"")
                    .matcher(body)
                    .results()
                    .flatMap(m -> List.of(m.group(1).split(" ")).stream())
                    .toList();
            for (var option : command.options()) {
                for (var name : option.names()) {
                    assertThat(words).as("%s in %s", name, function).contains("'" + name + "'");
                }
            }
            for (var sub : command.subcommands().keySet()) {
                assertThat(body)
                        .as("subcommand %s in %s", sub, function)
                        .containsPattern("local commands=\"[^\"]*\\b" + sub + "\\b");
            }
        }
    }

    @Test
    void writesBothFilesUnderTheDirectoryItIsGiven(@TempDir Path target) throws Exception {
        Docs.main(target.toString());

        assertThat(target.resolve("completion/should-i-rust.bash")).content().isEqualTo(Docs.completion());
        var page = Files.readString(target.resolve("man/should-i-rust.1"));
        var date = Pattern.compile("(?m)^\\.TH \\S+ 1 (\\d{4}-\\d{2}-\\d{2}) ").matcher(page);
        assertThat(date.find()).as("a date in .TH").isTrue();
        assertThat(page)
                .isEqualTo(Docs.manPage(LocalDate.parse(date.group(1))))
                .contains("\"should\\-i\\-rust " + VersionProvider.toolVersion() + "\"");
    }

    @Test
    void aWrongNumberOfArgumentsIsRefused() {
        assertThatThrownBy(Docs::main)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("usage");
    }

    /** The part of the man page about one command: OPTIONS for the root, its own .SS for a subcommand. */
    private static String manSection(String page, CommandSpec command) {
        return sectionAfter(
                page,
                command.parent() == null
                        ? "\n.SH OPTIONS\n"
                        : "\n.SS \"" + Troff.escape(command.qualifiedName()) + "\"\n");
    }

    private static String sectionAfter(String page, String start) {
        assertThat(page).contains(start);
        var from = page.indexOf(start) + start.length();
        var next = Pattern.compile("\\n\\.S[HS] ").matcher(page);
        return page.substring(from, next.find(from) ? next.start() : page.length());
    }

    private static String functionBody(String script, String function) {
        var start = "function " + function + "() {";
        assertThat(script).as("the script's function for a command").contains(start);
        var from = script.indexOf(start);
        return script.substring(from, script.indexOf("\n}\n", from));
    }

    private static String name(ArgSpec argument) {
        return argument.isOption()
                ? ((picocli.CommandLine.Model.OptionSpec) argument).longestName()
                : argument.paramLabel();
    }
}
