package io.github.shouldirust.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.shouldirust.support.Shell;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The man page: the sections man(7) readers look for, troff escaping, and a clean render by groff. */
class ManPageTest {
    /** The requests the renderer writes; any other line starting with '.' or an apostrophe is a bug. */
    private static final String REQUEST = "^\\.(\\\\\"|TH|SH|SS|SY|YS|TP|IP|PP|RS|RE|nf|fi|ad)( .*)?$";

    @Command(
            name = "demo",
            description = {
                ".TH at a line's start is text, not a request",
                "'so is an apostrophe",
                "a back\\slash, \\fB that is no font, and --dry-run"
            },
            exitCodeList = {"0:fine", "7:.also text"},
            footer = {"  demo --dry-run 'a b'     # quoted", "  demo \\\\server\\share"})
    static final class Demo {
        @Option(
                names = {"-n", "--dry-run"},
                description = ".starts with a dot")
        boolean dryRun;

        @Parameters(paramLabel = "FILE", description = "\\ and -")
        List<String> files = new ArrayList<>();
    }

    private static String demo() {
        return ManPage.render(new CommandLine(new Demo()), LocalDate.of(2025, 1, 31), "1.2.3", List.of());
    }

    @Test
    void hasTheSectionsOfAManPageInTheirOrder() {
        var page = Docs.manPage();

        assertThat(page).startsWith(".\\\" Generated").containsPattern("(?m)^\\.TH SHOULD\\\\-I\\\\-RUST 1 ");
        assertThat(page.lines().filter(l -> l.startsWith(".SH ")).toList())
                .containsExactly(
                        ".SH NAME",
                        ".SH SYNOPSIS",
                        ".SH DESCRIPTION",
                        ".SH OPTIONS",
                        ".SH COMMANDS",
                        ".SH \"EXIT STATUS\"",
                        ".SH ENVIRONMENT",
                        ".SH FILES",
                        ".SH EXAMPLES",
                        ".SH \"SEE ALSO\"");
        assertThat(page).contains(".SH NAME\n\\%should\\-i\\-rust \\- should this project be written in Rust?\n");
    }

    @Test
    void theEnvironmentSectionListsTheLaunchersVariablesToo() {
        var page = Docs.manPage();
        var environment = page.substring(page.indexOf(".SH ENVIRONMENT"), page.indexOf(".SH FILES"));

        for (var variable : List.of(
                "NO_COLOR",
                "TERM",
                "COLUMNS",
                "PAGER",
                "SHOULD_I_RUST_DEBUG",
                "JAVA_HOME",
                "XDG_CACHE_HOME",
                "SHOULD_I_RUST_ARCHIVE",
                "SHOULD_I_RUST_LAUNCHER_DEBUG")) {
            assertThat(environment).contains(".TP\n\\fB" + variable + "\\fR\n");
        }
    }

    @Test
    void everyLineStartingLikeARequestIsOneOfOurs() {
        for (var page : List.of(Docs.manPage(), demo())) {
            assertThat(page.lines()
                            .filter(l -> l.startsWith(".") || l.startsWith("'"))
                            .toList())
                    .allSatisfy(line -> assertThat(line).matches(REQUEST));
        }
    }

    @Test
    void escapesWhatTroffWouldReadAsRequestsOrEscapes() {
        var page = demo();

        assertThat(page)
                .contains("\n\\&.TH at a line\\(aqs start is text, not a request\n")
                .contains("\n\\(aqso is an apostrophe\n")
                .contains("\na back\\eslash, \\efB that is no font, and \\%\\-\\-dry\\-run\n")
                .contains("\n\\&.starts with a dot\n")
                .contains("\n\\&.also text\n")
                .contains("\ndemo \\%\\-\\-dry\\-run \\(aqa b\\(aq     # quoted\n")
                .contains("\ndemo \\e\\eserver\\eshare\n");
    }

    @Test
    void groffRendersItWithoutWarnings(@TempDir Path dir) throws Exception {
        assumeTrue(Shell.has("groff"), "groff is not installed");
        for (var page : List.of(Docs.manPage(), demo())) {
            var file = Files.writeString(dir.resolve("page.1"), page);

            var result = Shell.run("groff", "-man", "-ww", "-z", file.toString());

            assertThat(result.exitCode()).as("%s", result).isZero();
            assertThat(result.stderr()).as("groff warnings").isEmpty();
        }
    }

    @Test
    void mandocFindsNothingToWarnAbout(@TempDir Path dir) throws Exception {
        assumeTrue(Shell.has("mandoc"), "mandoc is not installed");
        for (var page : List.of(Docs.manPage(), demo())) {
            var file = Files.writeString(dir.resolve("page.1"), page);

            var result = Shell.run("mandoc", "-T", "lint", "-W", "warning", file.toString());

            assertThat(result.exitCode()).as("%s", result).isZero();
            assertThat(result.stdout() + result.stderr()).as("mandoc warnings").isEmpty();
        }
    }

    @Test
    void groffPrintsTheEscapedTextAsWritten(@TempDir Path dir) throws Exception {
        assumeTrue(Shell.has("groff"), "groff is not installed");
        var text = render(dir, demo());

        assertThat(text)
                .contains(
                        ".TH at a line's start is text, not a request",
                        "'so is an apostrophe",
                        "a back\\slash, \\fB that is no font, and --dry-run",
                        ".starts with a dot",
                        "\\ and -",
                        "demo --dry-run 'a b'     # quoted",
                        "demo \\\\server\\share");
    }

    @Test
    void groffPrintsOptionsAndExamplesReadyToCopy(@TempDir Path dir) throws Exception {
        assumeTrue(Shell.has("groff"), "groff is not installed");
        var text = render(dir, Docs.manPage());

        assertThat(text)
                .contains("should-i-rust - should this project be written in Rust?")
                .contains(
                        "-a, --answer ID=VALUE",
                        "--fail-on VERDICT[,VERDICT...]",
                        "should-i-rust rules check [--format FORMAT] [FILE...]")
                .contains("should-i-rust --no-input --answers answers.yaml --fail-on avoid-rust")
                .contains("130    the quiz was cancelled");
        // Prose may be hyphenated at a line's end; an option or an id (a word with a '-' in it) never is.
        var lines = text.lines().toList();
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (lines.get(i).endsWith("-")) {
                var words = lines.get(i).strip().split("\\s+");
                var broken = words[words.length - 1] + lines.get(i + 1).strip().split("\\s+")[0];
                assertThat(broken)
                        .as("a word broken across lines %d and %d", i, i + 1)
                        .matches("[A-Za-z]+-[A-Za-z',.;:)]+");
            }
        }
    }

    /** Plain text as man shows it at 80 columns, without bold or underline. */
    private static String render(Path dir, String page) throws Exception {
        var file = Files.writeString(dir.resolve("page.1"), page);
        var result = Shell.run("groff", "-man", "-Tascii", "-P-cbou", "-rLL=72n", "-rLT=72n", file.toString());
        assertThat(result.exitCode()).as("%s", result).isZero();
        return result.stdout();
    }
}
