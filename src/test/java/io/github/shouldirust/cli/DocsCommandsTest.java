package io.github.shouldirust.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.github.shouldirust.support.Cli;
import io.github.shouldirust.support.DocPages;
import io.github.shouldirust.support.DocPages.Block;
import io.github.shouldirust.support.Project;
import io.github.shouldirust.support.RunResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every should-i-rust command in the user docs (README.md, docs/*.md) runs, and prints what the docs
 * show, so the docs cannot drift from the program. The docs are the expectation; this test only finds
 * their commands and runs them.
 *
 * <ul>
 *   <li>A command is a {@code bin/should-i-rust ...} line in a {@code sh} or {@code yaml} (CI job) block,
 *       or a {@code $ bin/should-i-rust ...} line of a {@code text} block that shows a session. Its
 *       arguments end at the first shell operator ({@code |}, {@code >}, {@code ;}, ...); a trailing
 *       {@code \} continues it on the next line; {@code NAME=value} before it sets a variable for it, and
 *       {@code cat FILE |} before that is its stdin.</li>
 *   <li>What a command printed (stdout, then stderr) is shown by the lines after it in a session, or by a
 *       {@code text} or {@code markdown} block right after its {@code sh} block (its last command). A
 *       shown line that is only {@code ...} stands for printed lines left out, and one that ends in
 *       {@code ...} for a longer line that begins the same.</li>
 *   <li>Each command runs in-process through {@link Cli}, as a script runs it: no terminal, empty stdin.
 *       It must not be refused (a usage error, a bad rules file, an internal error) unless the docs show
 *       it failing on purpose ({@link #SHOWN_FAILING}). A few cannot run here ({@link #PARSED_ONLY}):
 *       those must at least get past the program's option parser.</li>
 * </ul>
 */
class DocsCommandsTest {

    /**
     * What the docs' names stand for here: files they name but do not have, a shell variable and a
     * synopsis. A command's output names the file as the docs do.
     */
    private static final Map<String, String> STANDS_FOR = Map.ofEntries(
            Map.entry("ana.yaml", "src/test/resources/compare/ana.yaml"),
            Map.entry("bo.yaml", "src/test/resources/compare/bo.yaml"),
            Map.entry("cy.yaml", "src/test/resources/compare/cy.yaml"),
            Map.entry(".should-i-rust.yaml", "src/test/resources/docs/should-i-rust.yaml"),
            Map.entry("project.yaml", "src/test/resources/docs/project.yaml"),
            Map.entry("project.json", "src/test/resources/docs/project.json"),
            Map.entry("team.yaml", "src/test/resources/docs/team.yaml"),
            // A team's policy: the worked example; before its latest change, the bundled rules alone.
            Map.entry("policy.yaml", "rules/examples/acme-policy.yaml"),
            Map.entry("/tmp/policy-before.yaml", "rules/rust.yaml"),
            // The script that plays the quiz starts from these answers.
            Map.entry("${answers[@]}", "-a building=network-service"),
            // `rules check [FILE...]`: no files, so the bundled rules.
            Map.entry("[FILE...]", ""));

    /** Options whose value is a file the command writes: here, into a temporary folder. */
    private static final Set<String> WRITES = Set.of("--save", "-o", "--output", "--junit");

    /** Commands that cannot run here, and why: their options are only parsed. */
    private static final Map<String, String> PARSED_ONLY = Map.of(
            "bin/should-i-rust", "the quiz: it asks on a terminal",
            "bin/should-i-rust --save .should-i-rust.yaml", "the quiz, whose answers it saves",
            "bin/should-i-rust --save ana.yaml", "Ana's quiz, whose answers it saves");

    /** Commands the docs show failing on purpose, with the exit code they fail with. */
    private static final Map<String, Integer> SHOWN_FAILING = Map.of(
            "bin/should-i-rust -a latency=fast", ExitCode.USAGE,
            "bin/should-i-rust rules check team.yaml", ExitCode.BAD_RULES);

    /** The day the docs' decision records are dated (SOURCE_DATE_EPOCH). */
    private static final LocalDate DOCS_DAY = LocalDate.of(2026, 11, 29);

    @TempDir
    static Path written;

    /**
     * A command as the docs write it (variables set before it, its words after it, a file piped into it),
     * where, and what they show it printed (null: nothing shown).
     */
    record Command(
            String page, int line, List<String> variables, List<String> words, String stdin, List<String> shown) {
        String text() {
            return Stream.of(variables.stream(), Stream.of("bin/should-i-rust"), words.stream())
                    .flatMap(word -> word)
                    .collect(Collectors.joining(" "));
        }

        Command showing(List<String> output) {
            return new Command(page, line, variables, words, stdin, output);
        }

        @Override
        public String toString() {
            return page + ":" + line + ": " + text();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyCommandInTheDocsRuns() {
        return commands().stream().map(command -> dynamicTest(command.toString(), () -> check(command)));
    }

    @Test
    void everyExemptionAndStandInIsStillInTheDocs() {
        var commands = commands();
        var texts = commands.stream().map(Command::text).collect(Collectors.toSet());
        var words = commands.stream()
                .flatMap(command -> Stream.concat(command.words().stream(), Stream.ofNullable(command.stdin())))
                .collect(Collectors.toSet());

        assertThat(texts).containsAll(PARSED_ONLY.keySet()).containsAll(SHOWN_FAILING.keySet());
        assertThat(words).containsAll(STANDS_FOR.keySet());
    }

    private static void check(Command command) throws IOException {
        var args = new ArrayList<String>();
        var folder = Files.createTempDirectory(written, "run");
        var standIns = new HashMap<String, String>();
        for (int i = 0; i < command.words().size(); i++) {
            var word = command.words().get(i);
            var standIn = STANDS_FOR.get(word);
            if (standIn != null) {
                standIns.put(standIn, word);
                args.addAll(standIn.isEmpty() ? List.of() : List.of(standIn.split(" ")));
            } else {
                args.add(word);
            }
            if (WRITES.contains(word) && i + 1 < command.words().size()) {
                args.add(folder.resolve(command.words().get(++i)).toString());
            }
        }

        var why = PARSED_ONLY.get(command.text());
        if (why != null) {
            assertThat(command.shown())
                    .as("%s: its output is shown, so it must run", command)
                    .isNull();
            assertThatCode(() -> parse(args))
                    .as("%s (only parsed: %s)", command, why)
                    .doesNotThrowAnyException();
            return;
        }

        var cli = Cli.cli()
                .env("SOURCE_DATE_EPOCH", Long.toString(DOCS_DAY.atStartOfDay().toEpochSecond(ZoneOffset.UTC)));
        for (var variable : command.variables()) {
            cli.env(variable.substring(0, variable.indexOf('=')), variable.substring(variable.indexOf('=') + 1));
        }
        if (command.stdin() != null) {
            var file = STANDS_FOR.getOrDefault(command.stdin(), command.stdin());
            cli.stdin(Files.readString(Project.root().resolve(file), StandardCharsets.UTF_8));
        }
        var result = cli.execute(args.toArray(String[]::new));

        var failing = SHOWN_FAILING.get(command.text());
        if (failing != null) {
            assertThat(result.exitCode()).as("%s exits\n%s", command, result).isEqualTo(failing);
        } else {
            assertThat(result.exitCode())
                    .as("%s was refused\n%s", command, result)
                    .isNotIn(ExitCode.USAGE, ExitCode.BAD_RULES);
            assertThat(result.stderr()).as("%s", command).doesNotContain("internal error");
        }
        if (command.shown() != null) {
            var printed = printed(result, standIns);
            assertThat(shows(command.shown(), printed))
                    .as(
                            "%s shows:%n%s%nbut it printed:%n%s",
                            command, String.join("\n", command.shown()), String.join("\n", printed))
                    .isTrue();
        }
    }

    /** Parses as the program does, without running: throws if the program would refuse the arguments. */
    private static void parse(List<String> args) {
        var nowhere = new PrintWriter(Writer.nullWriter());
        var io = new Io(nowhere, nowhere, InputStream.nullInputStream(), new Cli.FakeEnvironment(Map.of(), false));
        CommandTree.whole(io).parseArgs(args.toArray(String[]::new));
    }

    /** Stdout's lines, then stderr's, with each stand-in file named as the docs name it. */
    private static List<String> printed(RunResult result, Map<String, String> standIns) {
        return Stream.concat(result.stdout().lines(), result.stderr().lines())
                .map(line -> {
                    for (var standIn : standIns.entrySet()) {
                        if (!standIn.getKey().isEmpty()) {
                            line = line.replace(standIn.getKey(), standIn.getValue());
                        }
                    }
                    return line;
                })
                .toList();
    }

    /**
     * Whether the printed lines are the shown ones, where a shown "..." line stands for printed lines left
     * out, and a shown line that ends in "..." for a longer printed line that begins the same.
     */
    static boolean shows(List<String> shown, List<String> printed) {
        var parts = new ArrayList<List<String>>();
        parts.add(new ArrayList<>());
        for (var line : shown) {
            if (line.strip().equals("...")) {
                parts.add(new ArrayList<>());
            } else {
                parts.get(parts.size() - 1).add(line);
            }
        }
        int at = 0;
        for (int p = 0; p < parts.size(); p++) {
            int found = p == 0 ? (showsAt(parts.get(p), printed, 0) ? 0 : -1) : find(parts.get(p), printed, at);
            if (found < 0) {
                return false;
            }
            at = found + parts.get(p).size();
        }
        var endsLeftOut = parts.size() > 1 && parts.get(parts.size() - 1).isEmpty();
        return endsLeftOut || at == printed.size();
    }

    private static int find(List<String> part, List<String> printed, int from) {
        for (int at = from; at + part.size() <= printed.size(); at++) {
            if (showsAt(part, printed, at)) {
                return at;
            }
        }
        return -1;
    }

    private static boolean showsAt(List<String> part, List<String> printed, int at) {
        if (at + part.size() > printed.size()) {
            return false;
        }
        for (int i = 0; i < part.size(); i++) {
            var line = part.get(i);
            var actual = printed.get(at + i);
            var cut = line.endsWith("...") && actual.startsWith(line.substring(0, line.length() - 3));
            if (!line.equals(actual) && !cut) {
                return false;
            }
        }
        return true;
    }

    /** Every command in the docs, in page order. */
    static List<Command> commands() {
        var commands = new ArrayList<Command>();
        for (var page : DocPages.pages()) {
            var blocks = DocPages.blocks(page);
            for (int b = 0; b < blocks.size(); b++) {
                var block = blocks.get(b);
                if (isSession(block)) {
                    commands.addAll(session(block));
                } else if (block.language().equals("sh") || block.language().equals("yaml")) {
                    var found = commandsIn(block, null);
                    var next = b + 1 < blocks.size() ? blocks.get(b + 1) : null;
                    if (block.language().equals("sh")
                            && !found.isEmpty()
                            && next != null
                            && !isSession(next)
                            && Set.of("text", "markdown").contains(next.language())
                            && DocPages.adjacent(block, next)) {
                        found.add(found.remove(found.size() - 1).showing(next.lines()));
                    }
                    commands.addAll(found);
                }
            }
        }
        return commands;
    }

    private static boolean isSession(Block block) {
        return block.language().equals("text")
                && block.lines().stream()
                        .anyMatch(line -> line.startsWith("$ ") && line.contains("bin/should-i-rust "));
    }

    /** A session: each "$ " line is a command, and the lines up to the next one what it printed. */
    private static List<Command> session(Block block) {
        var commands = new ArrayList<Command>();
        var lines = block.lines();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).startsWith("$ ")) {
                continue;
            }
            int start = i;
            var typed = new StringBuilder(lines.get(i));
            while (typed.toString().endsWith("\\") && i + 1 < lines.size()) {
                typed.setLength(typed.length() - 1);
                typed.append(lines.get(++i));
            }
            int end = i + 1;
            while (end < lines.size() && !lines.get(end).startsWith("$ ")) {
                end++;
            }
            var shown = new ArrayList<>(lines.subList(i + 1, end));
            while (!shown.isEmpty() && shown.get(shown.size() - 1).isBlank()) {
                shown.remove(shown.size() - 1);
            }
            var at = new Block(block.page(), block.line() + start, block.language(), List.of(typed.toString()));
            commandsIn(at, shown).forEach(commands::add);
            i = end - 1;
        }
        return commands;
    }

    /** The commands on the block's lines (a trailing backslash joins a line to the next). */
    private static List<Command> commandsIn(Block block, List<String> shown) {
        var commands = new ArrayList<Command>();
        var lines = block.lines();
        for (int i = 0; i < lines.size(); i++) {
            int start = i;
            var line = new StringBuilder(lines.get(i));
            while (line.toString().endsWith("\\") && i + 1 < lines.size()) {
                line.setLength(line.length() - 1);
                line.append(lines.get(++i));
            }
            var words = Word.split(line.toString());
            for (int w = 0; w < words.size(); w++) {
                if (words.get(w).is("bin/should-i-rust")) {
                    var args = words.subList(w + 1, words.size()).stream()
                            .takeWhile(word -> !word.operator())
                            .map(Word::text)
                            .toList();
                    int v = w;
                    while (v > 0 && words.get(v - 1).isVariable()) {
                        v--;
                    }
                    var variables = words.subList(v, w).stream().map(Word::text).toList();
                    var piped = v >= 3
                            && words.get(v - 1).isOperator("|")
                            && words.get(v - 3).is("cat");
                    commands.add(new Command(
                            block.page(),
                            block.line() + start,
                            variables,
                            args,
                            piped ? words.get(v - 2).text() : null,
                            shown));
                }
            }
        }
        return commands;
    }

    /** A word of a shell line, quotes removed, or an operator that ends a command ({@code |}, {@code >}...). */
    record Word(String text, boolean operator) {
        private static final String OPERATORS = "|&;<>()";

        boolean is(String word) {
            return !operator && text.equals(word);
        }

        boolean isOperator(String op) {
            return operator && text.equals(op);
        }

        /** {@code NAME=value} before a command: a variable set for it. */
        boolean isVariable() {
            return !operator && text.matches("[A-Z_][A-Z0-9_]*=.*");
        }

        /** The words of one line, up to a comment; no expansion, which the docs' commands do not need. */
        static List<Word> split(String line) {
            var words = new ArrayList<Word>();
            var word = new StringBuilder();
            boolean inWord = false;
            char quote = 0;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (quote != 0) {
                    if (c == quote) {
                        quote = 0;
                    } else {
                        word.append(c);
                    }
                } else if (c == '\'' || c == '"') {
                    quote = c;
                    inWord = true;
                } else if (c == '#' && !inWord) {
                    break;
                } else if (Character.isWhitespace(c) || isOperator(line, i)) {
                    if (inWord) {
                        words.add(new Word(word.toString(), false));
                        word.setLength(0);
                        inWord = false;
                    }
                    var op = new StringBuilder();
                    while (i < line.length() && isOperator(line, i)) {
                        op.append(line.charAt(i++));
                    }
                    if (!op.isEmpty()) {
                        words.add(new Word(op.toString(), true));
                        i--;
                    }
                } else {
                    word.append(c);
                    inWord = true;
                }
            }
            if (inWord) {
                words.add(new Word(word.toString(), false));
            }
            return words;
        }

        private static boolean isOperator(String line, int i) {
            char c = line.charAt(i);
            return OPERATORS.indexOf(c) >= 0 || (c == '$' && i + 1 < line.length() && line.charAt(i + 1) == '(');
        }
    }
}
