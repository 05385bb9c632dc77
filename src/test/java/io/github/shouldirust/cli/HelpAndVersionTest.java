package io.github.shouldirust.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.shouldirust.load.RulesLoader;
import io.github.shouldirust.support.Cli;
import io.github.shouldirust.support.Project;
import java.io.IOException;
import java.nio.file.Files;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HelpAndVersionTest {

    @Test
    void helpExitsZeroAndListsEveryExitCode() {
        var result = Cli.run("--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.stderr()).isEmpty();
        assertThat(result.stdout())
                .contains("Exit codes:")
                .containsPattern("(?m)^\\s+0\\s+evaluated")
                .containsPattern("(?m)^\\s+1\\s+internal error")
                .containsPattern("(?m)^\\s+2\\s+usage error")
                .containsPattern("(?m)^\\s+3\\s+bad rules file")
                .containsPattern("(?m)^\\s+4\\s+.*--fail-on")
                .containsPattern("(?m)^\\s+6\\s+.*--min-confidence");
    }

    @Test
    void helpAsACommandTakesAPathToTheCommand() {
        var check = Cli.run("help", "rules", "check");
        var test = Cli.run("rules", "help", "test");
        var typo = Cli.run("help", "rules", "chek");

        assertThat(check.exitCode()).isZero();
        assertThat(check.stdout()).startsWith("Usage: should-i-rust rules check ");
        assertThat(test.stdout()).startsWith("Usage: should-i-rust rules test ");
        assertThat(Cli.run("help").stdout()).isEqualTo(Cli.run("--help").stdout());
        assertThat(typo.exitCode()).isEqualTo(2);
        assertThat(typo.stderr())
                .isEqualTo("should-i-rust: unknown command 'chek'; did you mean 'check'? "
                        + "(see 'should-i-rust rules --help')\n");
    }

    @Test
    void anUnknownCommandAfterHelpIsShownEscapedLikeAnyOtherUsageError() {
        var result = Cli.run("help", "x\u001b]0;owned\u0007");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stderr())
                .isEqualTo(
                        "should-i-rust: unknown command 'x\\u001B]0;owned\\u0007' " + "(see 'should-i-rust --help')\n");
    }

    @Test
    void helpWrapsAtTheTerminalsWidth() {
        var wide = Cli.cli().env("COLUMNS", "150").execute("--help").stdout();
        var narrow = Cli.cli().env("COLUMNS", "60").execute("--help").stdout();

        assertThat(wide.lines().mapToInt(String::length).max().orElseThrow()).isBetween(101, 150);
        assertThat(narrow.lines().mapToInt(String::length).max().orElseThrow()).isLessThanOrEqualTo(60);
    }

    /** --help lists the commands from their names and summaries alone; `help` builds the whole tree. */
    @ParameterizedTest
    @CsvSource({"55,false", "80,true", "150,true", "200,false"})
    void theUsageListsTheCommandsAsTheWholeTreeDoes(String columns, boolean terminal) {
        var cli = Cli.cli().env("COLUMNS", columns).env("PAGER", "cat");
        if (terminal) {
            cli.terminal();
        }

        var listed = cli.execute("--help");
        var whole = cli.execute("help");

        assertThat(listed.stdout()).contains("Commands:").isEqualTo(whole.stdout());
        assertThat(listed.stdout().contains("\u001b[")).isEqualTo(terminal);
    }

    @ParameterizedTest
    @CsvSource({"questions", "compare", "schema", "rules", "rules check", "rules test", "rules diff"})
    void everyCommandsVersionFlagPrintsTheVersion(String command) {
        var args = new java.util.ArrayList<>(java.util.List.of(command.split(" ")));
        args.add("-V");

        var result = Cli.cli().execute(args);

        assertThat(result.exitCode()).isZero();
        assertThat(result.stdout()).isEqualTo(Cli.run("--version").stdout()).startsWith("should-i-rust ");
    }

    /** Help asked for after words the advisor alone cannot place: they name a command of the whole tree. */
    @ParameterizedTest
    @CsvSource({
        "help --help, Usage: should-i-rust [-hqV]",
        "help rules --help, Usage: should-i-rust rules ",
        "help compare -h, Usage: should-i-rust compare ",
        "--no-input questions --help, Usage: should-i-rust questions ",
        "--no-color rules check --help, Usage: should-i-rust rules check "
    })
    void helpAfterACommandNotNamedFirstShowsThatCommandsUsage(String args, String usage) {
        var result = Cli.run(args.split(" "));

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.stdout()).startsWith(usage);
    }

    @Test
    void helpListsTheOptions() {
        var result = Cli.run("--help");

        assertThat(result.stdout())
                .contains(
                        "--answer",
                        "--answers",
                        "--no-input",
                        "--format",
                        "--rules",
                        "--fail-on",
                        "--no-color",
                        "--version",
                        "questions");
    }

    @Test
    void questionsHelpExitsZero() {
        var result = Cli.run("questions", "--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.stdout()).contains("--format").contains("Exit codes:");
    }

    @Test
    void versionPrintsTheToolVersionAndTheRulesIdAndVersion() throws Exception {
        var result = Cli.run("--version");

        assertThat(result.exitCode()).isZero();
        assertThat(result.stderr()).isEmpty();
        assertThat(result.stdout().lines())
                .containsExactly(
                        "should-i-rust " + projectVersion() + " (rules "
                                + RulesLoader.bundled().metadata().id() + " "
                                + RulesLoader.bundled().metadata().version() + ")",
                        "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor")
                                + ") on " + System.getProperty("os.name") + " " + System.getProperty("os.arch"));
    }

    @Test
    void versionNamesTheRulesThisRunWouldUseLayersIncluded() throws Exception {
        var result = Cli.run("--rules", "rules/examples/acme-policy.yaml", "--version");

        assertThat(result.exitCode()).isZero();
        assertThat(result.stdout().lines().findFirst())
                .hasValue("should-i-rust " + projectVersion() + " (rules why-rust 1.0.0 + acme-policy 1.0.0)");
    }

    @Test
    void versionStillAnswersWhenTheRulesCannotBeRead() throws Exception {
        var result = Cli.run("--version", "--rules", "no/such/rules.yaml");

        assertThat(result.exitCode()).isZero();
        assertThat(result.stdout().lines().findFirst())
                .hasValue(
                        "should-i-rust " + projectVersion() + " (rules unreadable: no/such/rules.yaml: no such file)");
    }

    /** The version in pom.xml, read independently of the constant the build writes from it. */
    private static String projectVersion() throws IOException {
        var pom = Files.readString(Project.root().resolve("pom.xml"));
        var matcher = Pattern.compile("<artifactId>should-i-rust</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(pom);
        assertThat(matcher.find()).as("version in pom.xml").isTrue();
        return matcher.group(1);
    }
}
