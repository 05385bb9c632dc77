package io.github.shouldirust.cli;

import io.github.shouldirust.load.LoadException;
import io.github.shouldirust.load.RulesLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import picocli.CommandLine;

/**
 * Writes the bash (and zsh) completion script and the man page, both from the live command tree, so that
 * they list exactly the commands and options the program has. The build runs it at prepare-package:
 * {@code Docs target} writes target/completion/should-i-rust.bash and target/man/should-i-rust.1.
 */
public final class Docs {
    static final String COMPLETION = "completion/should-i-rust.bash";
    static final String MAN_PAGE = "man/should-i-rust.1";

    private Docs() {}

    public static void main(String... args) throws IOException, LoadException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: Docs OUTPUT_DIRECTORY (got " + args.length + " arguments)");
        }
        write(Path.of(args[0]));
    }

    /** Writes both files under {@code directory} and returns their paths. */
    static List<Path> write(Path directory) throws IOException, LoadException {
        var completion = directory.resolve(COMPLETION);
        var manPage = directory.resolve(MAN_PAGE);
        Files.createDirectories(completion.getParent());
        Files.createDirectories(manPage.getParent());
        Files.writeString(completion, completion(), StandardCharsets.UTF_8);
        Files.writeString(manPage, manPage(date()), StandardCharsets.UTF_8);
        return List.of(completion, manPage);
    }

    static String completion() throws LoadException {
        return Completion.bash(commandLine(), RulesLoader.bundled());
    }

    static String manPage() {
        return manPage(date());
    }

    static String manPage(LocalDate date) {
        return ManPage.render(
                commandLine(), date, VersionProvider.toolVersion(), List.of(ENVIRONMENT, FILES, SEE_ALSO));
    }

    /** The page's date: SOURCE_DATE_EPOCH's when set (a reproducible build), else today's. */
    static LocalDate date() {
        return date(System.getenv("SOURCE_DATE_EPOCH"));
    }

    /** SOURCE_DATE_EPOCH's date (UTC) when it holds one, else today's (UTC). */
    static LocalDate date(String epoch) {
        return LocalDate.ofInstant(instant(epoch), ZoneOffset.UTC);
    }

    /** SOURCE_DATE_EPOCH's moment when it holds one, else now. */
    static Instant instant(String epoch) {
        if (epoch != null && epoch.strip().matches("\\d{1,11}")) {
            return Instant.ofEpochSecond(Long.parseLong(epoch.strip()));
        }
        return Instant.now();
    }

    /** The program's own tree, on an environment with no terminal and no variables (so no colour). */
    static CommandLine commandLine() {
        var nowhere = new PrintWriter(Writer.nullWriter());
        return CommandTree.whole(new Io(nowhere, nowhere, InputStream.nullInputStream(), Environment.none()));
    }

    private static final ManPage.Section ENVIRONMENT = new ManPage.Section(
            "ENVIRONMENT",
            List.of(),
            List.of(
                    new ManPage.Item(
                            "NO_COLOR",
                            "When set and not empty, no colour, as with --no-color (https://no-color.org)."),
                    new ManPage.Item(
                            "TERM",
                            "dumb: no colour, and the quiz asks with numbered choices instead of moving "
                                    + "a cursor."),
                    new ManPage.Item("COLUMNS", "The width text output wraps at, from 40 to 160 (default: 100)."),
                    new ManPage.Item(
                            "PAGER",
                            "The pager --full's report goes through at a terminal when it is longer "
                                    + "than the screen (default: less -FRX)."),
                    new ManPage.Item(
                            "SHOULD_I_RUST_DEBUG",
                            "When set, an internal error (exit status 1) also prints its " + "stack trace."),
                    new ManPage.Item(
                            "JAVA_HOME",
                            "The launcher (bin/should-i-rust) runs this JDK's java, 17 or newer; "
                                    + "else the java on PATH. A runtime image runs its own."),
                    new ManPage.Item(
                            "XDG_CACHE_HOME",
                            "Where the launcher keeps its class-data archives, in "
                                    + "should-i-rust/ (default: ~/.cache)."),
                    new ManPage.Item(
                            "SHOULD_I_RUST_ARCHIVE",
                            "off: the launcher runs without a class-data archive. wait: it records a missing "
                                    + "one before running (to bake it into an image), not behind the run."),
                    new ManPage.Item(
                            "SHOULD_I_RUST_LAUNCHER_DEBUG",
                            "When set, the launcher prints the java command line " + "on stderr before running it.")));

    private static final ManPage.Section FILES = new ManPage.Section(
            "FILES",
            List.of(),
            List.of(
                    new ManPage.Item(
                            ".should-i-rust.yaml",
                            "A name for the answers file that --save writes and --answers "
                                    + "replays: commit it, and gate CI on it with --no-input --answers .should-i-rust.yaml "
                                    + "--fail-on avoid-rust."),
                    new ManPage.Item(
                            "rules/rust.yaml",
                            "The bundled rules, carried inside the jar: what --rules replaces "
                                    + "or layers over, and what rules check and rules test read when given no FILE. "
                                    + "should-i-rust schema rules prints their JSON Schema.")));

    private static final ManPage.Section SEE_ALSO = new ManPage.Section(
            "SEE ALSO",
            List.of(
                    "@|bold jq|@(1), for the --format json output. The README.md of should-i-rust and the pages under its "
                            + "docs/ (the quiz, CI, rules files, output formats), and the essay why-rust.txt whose "
                            + "claims the rules cite."),
            List.of());
}
