package io.github.shouldirust.cli;

import static io.github.shouldirust.support.Diagnostics.assertNoStackTrace;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.shouldirust.support.CheckedRulesFile;
import io.github.shouldirust.support.Cli;
import io.github.shouldirust.support.HostileYaml;
import io.github.shouldirust.support.RunResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input catalogue (issue "Hardened against bad input"): every input a user controls (flags,
 * answers files and stdin, rules files) broken one way per case, each run end to end through
 * {@link ShouldIRust#run}. A case states the exact exit code (2 usage error or bad answer, 3 bad rules
 * file) and every line the run must print: diagnostics on stderr, each "should-i-rust: " and one line,
 * with stdout empty; or, for {@code rules check}, its report on stdout with stderr empty; or, where the
 * input is in fact fine, a complete result. No run may print a stack trace, and none may hang: each
 * runs under a guard of a few seconds (a guard, not a benchmark).
 *
 * <p>In arguments and expected lines, {@code {name}} stands for the path of {@code name} in the case's
 * temporary directory, whether the case creates it or not.
 */
class BadInputCatalogueTest {
    private static final Duration HANG_GUARD = Duration.ofSeconds(5);
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

    private static final String QUESTIONS = "(questions: building, lifespan, latency, performance, safety, "
            + "concurrency, deployment, experience, rust-experience, team-languages, codebase, iteration-speed, "
            + "hiring, ai-written)";
    private static final String LATENCY = "(allowed: critical, important, unimportant)";
    private static final String DEPLOYMENT =
            "(allowed: constrained, single-binary, fast-startup, cross-platform, " + "browser, none)";
    private static final String VERDICTS = "(allowed: use-rust, consider-rust, avoid-rust)";
    private static final String HELP = " (see 'should-i-rust --help')";
    private static final String RULES_KEYS = "(known: claims, examples, extends, id, languages, questions, rules, "
            + "schema, source, title, verdicts, version)";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([\\w./-]+)\\}");

    /** One megabyte of 'x': more than Linux lets one argument of a process be (128 KiB), but run() takes it. */
    private static final String MEGABYTE = "x".repeat(1 << 20);

    @TempDir
    Path dir;

    static Stream<Case> catalogue() {
        return Stream.of(flags(), answersFiles(), rulesFiles()).flatMap(List::stream);
    }

    // ---------------------------------------------------------------------------------------------- flags

    private static List<Case> flags() {
        return List.of(
                run("unknown option", "--bogus").fails(2, "Unknown option: '--bogus'" + HELP),
                run(
                                "a newline in -a cannot forge a second log line",
                                "--no-input",
                                "-a",
                                "latency=x\nshould-i-rust: all clear")
                        .fails(
                                2,
                                "--answer latency=x\\u000Ashould-i-rust: all clear: 'x\\u000Ashould-i-rust: all clear' is not "
                                        + "an answer to 'latency' " + LATENCY),
                run(
                                "a terminal sequence in -a is shown, not obeyed",
                                "--no-input",
                                "-a",
                                "latency\u001b]0;owned\u0007=critical")
                        .fails(
                                2,
                                "--answer latency\\u001B]0;owned\\u0007=critical: unknown question 'latency\\u001B]0;owned\\u0007' "
                                        + QUESTIONS),
                run("an invisible character in a question id is shown", "--no-input", "-a", "latency\u200b=critical")
                        .fails(
                                2,
                                "--answer latency\\u200B=critical: unknown question 'latency\\u200B' " + QUESTIONS
                                        + "; did you mean 'latency'?"),
                run("unknown option of a subcommand", "rules", "check", "--bogus")
                        .fails(2, "Unknown option: '--bogus' (see 'should-i-rust rules check --help')"),
                run("an @argfile is an argument, never a file to read", "@/etc/passwd")
                        .fails(2, "unknown command '@/etc/passwd'" + HELP),
                run("an @argfile naming a device does not read it", "--no-input", "-a", "@/dev/zero")
                        .fails(2, "--answer '@/dev/zero': expected ID=VALUE, for example latency=critical"),
                run("--answers: a device", "--no-input", "--answers", "/dev/zero")
                        .fails(2, "/dev/zero: is not a regular file (a device, pipe or socket); for stdin, write -"),
                run("--rules: a device", "--no-input", "--rules", "/dev/zero")
                        .fails(3, "/dev/zero: is not a regular file (a device, pipe or socket); for stdin, write -"),
                run("stray argument", "advise").fails(2, "unknown command 'advise'" + HELP),
                run("-a without a value", "-a")
                        .fails(2, "Missing required parameter for option '--answer' (ID=VALUE)" + HELP),
                run("-a followed by another option", "-a", "--no-input")
                        .fails(2, "Expected parameter for option '--answer' but found '--no-input'" + HELP),
                run("--answers without a value", "--answers")
                        .fails(2, "Missing required parameter for option '--answers' (FILE)" + HELP),
                run("-a without '='", "-a", "latency")
                        .fails(2, "--answer 'latency': expected ID=VALUE, for example latency=critical"),
                run("-a with an empty id", "-a", "=critical")
                        .fails(2, "--answer '=critical': expected ID=VALUE, for example latency=critical"),
                run("-a with an empty string", "-a", "")
                        .fails(2, "--answer '': expected ID=VALUE, for example latency=critical"),
                run("-a with an unknown question", "-a", "speed=fast")
                        .fails(2, "--answer speed=fast: unknown question 'speed' " + QUESTIONS),
                run("-a with an unknown value lists the allowed ones", "-a", "latency=fast")
                        .fails(2, "--answer latency=fast: 'fast' is not an answer to 'latency' " + LATENCY),
                run("-a values are case-sensitive", "-a", "latency=Critical")
                        .fails(
                                2,
                                "--answer latency=Critical: 'Critical' is not an answer to 'latency' " + LATENCY
                                        + "; did you mean 'critical'?"),
                run("-a with an empty value", "-a", "latency=")
                        .fails(2, "--answer latency=: '' is not an answer to 'latency' " + LATENCY),
                run("single-choice question given twice", "-a", "latency=critical", "-a", "latency=important")
                        .fails(2, "--answer latency: answered twice; give it once"),
                run("single-choice question given a comma list", "-a", "latency=critical,important")
                        .fails(2, "--answer latency=critical,important: 'latency' takes one value, got 2 " + LATENCY),
                run("multi-choice question given twice", "-a", "deployment=browser", "-a", "deployment=constrained")
                        .fails(2, "--answer deployment: answered twice; give it once with comma-separated values"),
                run("multi-choice value repeated", "-a", "deployment=browser,browser")
                        .fails(2, "--answer deployment=browser,browser: 'browser' is given twice for 'deployment'"),
                run("exclusive value combined", "-a", "deployment=none,browser")
                        .fails(
                                2,
                                "--answer deployment=none,browser: 'none' cannot be combined with other answers "
                                        + "to 'deployment'"),
                run("--format unknown", "--format", "xml")
                        .fails(
                                2,
                                "Invalid value for option '--format': expected one of [text, json, markdown, github] "
                                        + "(case-sensitive) but was 'xml'" + HELP),
                run("--format empty", "--format", "")
                        .fails(
                                2,
                                "Invalid value for option '--format': expected one of [text, json, markdown, github] "
                                        + "(case-sensitive) but was ''" + HELP),
                run("--format given twice: the last wins", "--format", "text", "--format", "json")
                        .printsJson("consider-rust", (result, dir) -> {}),
                run("--fail-on unknown", "--fail-on", "rust")
                        .fails(
                                2,
                                "Invalid value for option '--fail-on' (VERDICT): 'rust' is not a verdict " + VERDICTS
                                        + HELP),
                run("--fail-on empty", "--fail-on", "")
                        .fails(
                                2,
                                "Invalid value for option '--fail-on' (VERDICT): '' is not a verdict " + VERDICTS
                                        + HELP),
                run("--min-confidence a word", "--min-confidence", "high")
                        .fails(2, "Invalid value for option '--min-confidence': 'high' " + NOT_A_PERCENT + HELP),
                run("--min-confidence over 100", "--min-confidence", "101")
                        .fails(2, "Invalid value for option '--min-confidence': '101' " + NOT_A_PERCENT + HELP),
                run("--min-confidence a fraction", "--min-confidence", "0.8")
                        .fails(2, "Invalid value for option '--min-confidence': '0.8' " + NOT_A_PERCENT + HELP),
                run("--min-confidence negative", "--min-confidence=-5")
                        .fails(2, "Invalid value for option '--min-confidence': '-5' " + NOT_A_PERCENT + HELP),
                run("--min-confidence empty", "--min-confidence", "")
                        .fails(2, "Invalid value for option '--min-confidence': '' " + NOT_A_PERCENT + HELP),
                run("--fail-on a lone comma gates on nothing", "--fail-on", ",")
                        .fails(2, "--fail-on ',': names no verdict " + VERDICTS),
                run("--answers - twice: the last wins, so stdin is read once", "--answers", "-", "--answers", "-")
                        .fails(2, "<stdin>:1:1: file is empty"),
                run("--answers with an empty file name", "--answers", "")
                        .fails(2, "Invalid value for option '--answers': the file name is empty" + HELP),
                run("--rules with an empty file name", "--rules", "")
                        .fails(2, "Invalid value for option '--rules' (FILE): the file name is empty" + HELP),
                run("--save with an empty file name", "--no-input", "--save", "")
                        .fails(2, "Invalid value for option '--save': the file name is empty" + HELP),
                run("rules check with an empty file name", "rules", "check", "")
                        .fails(2, "Unmatched argument at index 2: '' (see 'should-i-rust rules check --help')"),
                run(
                                "--save to an existing file without --force",
                                "--no-input",
                                "-a",
                                "building=os",
                                "--save",
                                "{saved.yaml}")
                        .file("saved.yaml", "building: script\n")
                        .fails(2, "--save {saved.yaml}: file exists; add --force to replace it"),
                run("--save to a directory", "--no-input", "--save", "{somewhere}")
                        .directory("somewhere")
                        .fails(2, "--save {somewhere}: is a directory, not a file"),
                run("--save into a missing directory", "--no-input", "--save", "{missing/saved.yaml}")
                        .fails(2, "--save {missing/saved.yaml}: no such directory: {missing}"),
                run(
                                "--save with --force replaces the file",
                                "--no-input",
                                "-a",
                                "building=os",
                                "--format",
                                "json",
                                "--save",
                                "{saved.yaml}",
                                "--force")
                        .file("saved.yaml", "building: script\n")
                        .printsJson(
                                "consider-rust",
                                (result, dir) -> assertThat(read(dir.resolve("saved.yaml")))
                                        .contains("building: \"os\"")
                                        .doesNotContain("script")),
                run("a 1 MB answer value", "-a", "latency=" + MEGABYTE)
                        .fails(
                                2,
                                "--answer latency=" + "x".repeat(32) + " [...1048505 characters...] "
                                        + "x".repeat(39) + ": '" + "x".repeat(39) + " [...1048498 characters...] "
                                        + "x".repeat(39) + "' is not an answer to 'latency' " + LATENCY),
                run("a 1 MB option", "--" + MEGABYTE)
                        .fails(
                                2,
                                "Unknown option: '--" + "x".repeat(37) + " [...1048500 characters...] " + "x".repeat(39)
                                        + "'" + HELP),
                run("a 1 MB file name", "--answers", MEGABYTE)
                        .fails(
                                2,
                                "x".repeat(40) + " [...1048497 characters...] " + "x".repeat(39)
                                        + ": cannot read: File name too long"),
                run("--answers named in bytes the locale could not read", "--answers", "caf\uFFFD.yaml")
                        .fails(2, "caf\uFFFD.yaml: " + UNREADABLE_NAME),
                run("--save named in bytes the locale could not read", "--no-input", "--save", "caf\uFFFD.yaml")
                        .fails(2, "Invalid value for option '--save': " + UNREADABLE_NAME + HELP));
    }

    private static final String NOT_A_PERCENT = "is not a percentage (a whole number from 0 to 100, such as 80 or 80%)";

    /** A name with U+FFFD in it: the locale (here, the test JVM's) decoded it, and lost letters. */
    private static final String UNREADABLE_NAME = "not a valid file name: part of it could not be read in the "
            + "locale's character set (" + java.nio.charset.Charset.forName(System.getProperty("sun.jnu.encoding"))
            + "); run under a locale that matches the terminal (such as LANG=C.UTF-8) or use ASCII letters";

    // --------------------------------------------------------------------------------------- answers files

    /** Answers in {@code answers.yaml}, read with {@code --answers}. */
    private static Case answers(String name, String content) {
        return answers(name, utf8(content));
    }

    private static Case answers(String name, byte[] content) {
        return run(name, "--no-input", "--answers", "{answers.yaml}").file("answers.yaml", content);
    }

    /** Answers on stdin, read with {@code --answers -}. */
    private static Case stdin(String name, byte[] content) {
        return run(name, "--no-input", "--answers", "-").stdin(content);
    }

    private static List<Case> answersFiles() {
        return List.of(
                answers("empty file", "").fails(2, "{answers.yaml}:1:1: file is empty"),
                answers("only blank lines and comments", "\n   \n# nothing yet\n  # still nothing\n\n")
                        .fails(2, "{answers.yaml}:1:1: file is empty"),
                // SnakeYAML (YAML 1.1) refuses a tab even on an otherwise blank line; it says so, located.
                answers("a blank line holding a tab", "building: os\n\t\n")
                        .fails(
                                2,
                                "{answers.yaml}:2:1: malformed YAML: found character '\\t(TAB)' that cannot "
                                        + "start any token. (Do not use \\t(TAB) for indentation) (while scanning for the "
                                        + "next token)"),
                answers("truncated YAML", "building: os\nlatency: [crit")
                        .fails(
                                2,
                                "{answers.yaml}:2:15: malformed YAML: expected ',' or ']', but got <stream end> "
                                        + "(while parsing a flow sequence that starts at line 2)"),
                answers("truncated inside a quoted string", "building: os\nlatency: \"crit")
                        .fails(
                                2,
                                "{answers.yaml}:2:15: malformed YAML: found unexpected end of stream (while "
                                        + "scanning a quoted scalar that starts at line 2)"),
                answers("truncated JSON", "{\"building\": \"os\", ")
                        .fails(
                                2,
                                "{answers.yaml}:1:20: malformed YAML: expected the node content, but found "
                                        + "'<stream end>' (while parsing a flow node that starts at line 1)"),
                answers("binary: a PNG header", bytes(0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0))
                        .fails(
                                2,
                                "{answers.yaml}:1:1: not UTF-8: byte 0x89 cannot start or continue a character; "
                                        + "save the file as UTF-8"),
                answers("binary: NUL bytes", new byte[64])
                        .fails(
                                2,
                                "{answers.yaml}:1:1: malformed YAML: NUL byte (U+0000) is not allowed: a binary "
                                        + "file, or UTF-16 without a byte-order mark? Save it as UTF-8 text"),
                answers("a control character mid-file", "building: os\n\nlatency: crit\u0007ical\n")
                        .fails(2, "{answers.yaml}:3:14: malformed YAML: control character U+0007 is not allowed"),
                answers("UTF-16 with a byte-order mark", utf16("building: os\n", true))
                        .fails(2, "{answers.yaml}:1:1: file is UTF-16; save it as UTF-8"),
                answers("UTF-16 without a byte-order mark", utf16("building: os\n", false))
                        .fails(
                                2,
                                "{answers.yaml}:1:2: malformed YAML: NUL byte (U+0000) is not allowed: a binary "
                                        + "file, or UTF-16 without a byte-order mark? Save it as UTF-8 text"),
                answers("Latin-1", "building: os\n# caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1))
                        .fails(
                                2,
                                "{answers.yaml}:2:6: not UTF-8: byte 0xE9 cannot start or continue a character; "
                                        + "save the file as UTF-8"),
                answers("name: empty", "name: \"\"\nbuilding: os\n")
                        .fails(
                                2,
                                "{answers.yaml}:1:7: name: expected whose answers these are, as text (e.g. "
                                        + "name: Ana)"),
                answers("name: a list", "name: [Ana, Bo]\n")
                        .fails(
                                2,
                                "{answers.yaml}:1:7: name: expected whose answers these are, as text (e.g. "
                                        + "name: Ana)"),
                answers("name: over 100 characters", "name: " + "x".repeat(101) + "\n")
                        .fails(2, "{answers.yaml}:1:7: name: longer than 100 characters"),
                answers("rules: a mapping", "rules: {id: why-rust}\n")
                        .fails(
                                2,
                                "{answers.yaml}:1:8: rules: expected the id of the rules these answers are for "
                                        + "(e.g. rules: why-rust)"),
                answers("rules: other rules", "rules: acme-policy\nplatform: edge\n")
                        .fails(
                                2,
                                "{answers.yaml}:1:8: these answers are for the rules 'acme-policy', not why-rust "
                                        + "1.0.0; give those rules with --rules"),
                run("compare: no file", "compare")
                        .fails(2, "Missing required parameter: 'FILE' (see 'should-i-rust compare --help')"),
                run("compare: stdin twice", "compare", "-", "-")
                        .fails(2, "'-' (stdin) is given more than once; it can be read only once"),
                run("compare: a directory", "compare", "{answers.yaml}", "/")
                        .file("answers.yaml", "building: os\n")
                        .fails(2, "/: is a directory, not a file"),
                run(
                                "compare: a bad file among good ones names every bad one",
                                "compare",
                                "{a.yaml}",
                                "{b.yaml}",
                                "{c.yaml}")
                        .file("a.yaml", "building: os\n")
                        .file("b.yaml", "latency: fast\n")
                        .file("c.yaml", "[]\n")
                        .fails(
                                2,
                                "{b.yaml}:1:10: 'fast' is not an answer to 'latency' " + LATENCY,
                                "{c.yaml}:1:1: an answers file must be a mapping of question id to answer, not a list"),
                answers("a top-level list", "- building: os\n- latency: critical\n")
                        .fails(
                                2,
                                "{answers.yaml}:1:1: an answers file must be a mapping of question id to answer, "
                                        + "not a list"),
                answers("a top-level scalar", "network-service\n")
                        .fails(
                                2,
                                "{answers.yaml}:1:1: an answers file must be a mapping of question id to answer, "
                                        + "not a string"),
                answers("two YAML documents", "building: os\n---\nlatency: critical\n")
                        .fails(2, "{answers.yaml}:3:1: expected one YAML document, found more"),
                answers("a number for a single-choice question", "building: os\nlatency: 42\n")
                        .fails(2, "{answers.yaml}:2:10: '42' is not an answer to 'latency' " + LATENCY),
                answers("a nested mapping for a single-choice question", "latency:\n  level: critical\n")
                        .fails(
                                2,
                                "{answers.yaml}:2:3: the answer to 'latency' must be a string, not a mapping "
                                        + LATENCY),
                answers("a list for a single-choice question", "latency: [critical, important]\n")
                        .fails(2, "{answers.yaml}:1:10: 'latency' takes one value, got 2 " + LATENCY),
                answers("an empty string for a question", "latency: ''\n")
                        .fails(2, "{answers.yaml}:1:10: the answer to 'latency' is empty " + LATENCY),
                answers("null inside a multi-choice list", "deployment: [browser, null]\n")
                        .fails(
                                2,
                                "{answers.yaml}:1:23: the answer to 'deployment' must be a string, not null "
                                        + DEPLOYMENT),
                answers("an unknown question", "building: os\nspeed: fast\n")
                        .fails(2, "{answers.yaml}:2:1: unknown question 'speed' " + QUESTIONS),
                answers("an unknown question with a mapping value", "speed:\n  level: fast\n")
                        .fails(2, "{answers.yaml}:1:1: unknown question 'speed' " + QUESTIONS),
                answers("a YAML merge key", "<<: {latency: critical}\n")
                        .fails(2, "{answers.yaml}:1:1: unknown question '<<' " + QUESTIONS),
                answers("an unknown value", "latency:   fast\n")
                        .fails(2, "{answers.yaml}:1:12: 'fast' is not an answer to 'latency' " + LATENCY),
                answers("an unknown value in a multi-choice list", "deployment: [browser, moon]\n")
                        .fails(2, "{answers.yaml}:1:13: 'moon' is not an answer to 'deployment' " + DEPLOYMENT),
                answers("duplicate keys", "latency: critical\nbuilding: os\nlatency: important\n")
                        .fails(2, "{answers.yaml}:3:1: duplicate key 'latency' (first at line 1)"),
                answers("a YAML alias", "building: &kind os\nlatency: *kind\n")
                        .fails(2, "{answers.yaml}:2:10: YAML aliases are not allowed (*kind)"),
                answers("a !!java.lang tag", "building: !!java.lang.Runtime {}\n")
                        .fails(2, "{answers.yaml}:1:11: YAML tags are not allowed (!!java.lang.Runtime)"),
                answers("a custom !foo tag", "latency: !foo critical\n")
                        .fails(2, "{answers.yaml}:1:10: YAML tags are not allowed (!foo)"),
                answers("a file over the 1 MiB limit", utf8(HostileYaml.overLimit()))
                        .fails(2, "{answers.yaml}: file is larger than the limit of 1 MiB"),
                answers("nesting over the depth limit", "building: " + "[".repeat(100) + "]".repeat(100) + "\n")
                        .fails(2, "{answers.yaml}:1:74: nested deeper than the limit of 64 levels"),
                answers("a value over the length limit", "building: " + "x".repeat(70_000) + "\n")
                        .fails(2, "{answers.yaml}:1:11: a value is longer than the limit of 65536 characters"),
                run("a directory", "--no-input", "--answers", "{answers}")
                        .directory("answers")
                        .fails(2, "{answers}: is a directory, not a file"),
                run("a missing file", "--no-input", "--answers", "{missing.yaml}")
                        .fails(2, "{missing.yaml}: no such file"),
                run("a path through a regular file", "--no-input", "--answers", "{answers.yaml}/more.yaml")
                        .file("answers.yaml", "building: os\n")
                        .fails(2, "{answers.yaml}/more.yaml: no such file ({answers.yaml} is a file, not a directory)"),
                run("an unreadable file", "--no-input", "--answers", "{answers.yaml}")
                        .unreadable("answers.yaml", "building: os\n")
                        .fails(2, "{answers.yaml}: permission denied"),
                stdin("stdin empty", new byte[0]).fails(2, "<stdin>:1:1: file is empty"),
                stdin("stdin truncated", utf8("building: [os\n"))
                        .fails(
                                2,
                                "<stdin>:2:1: malformed YAML: expected ',' or ']', but got <stream end> "
                                        + "(while parsing a flow sequence that starts at line 1)"),
                stdin("stdin binary", bytes(0xFF, 0xD8, 0xFF, 0xE0))
                        .fails(
                                2,
                                "<stdin>:1:1: not UTF-8: byte 0xFF cannot start or continue a character; save "
                                        + "the file as UTF-8"),
                stdin("stdin with a bad value", utf8("{\"latency\": \"fast\"}"))
                        .fails(2, "<stdin>:1:13: 'fast' is not an answer to 'latency' " + LATENCY),
                stdin("stdin over the 1 MiB limit", utf8(HostileYaml.overLimit()))
                        .fails(2, "<stdin>: input is larger than the limit of 1 MiB"),
                // Not bad input: what a careful reader might expect to be refused, but is fine.
                answers("an anchor without an alias is harmless", "building: &kind os\n")
                        .prependArgs("--format", "json")
                        .printsJson("consider-rust"),
                answers("a UTF-8 byte-order mark and CRLF line ends", utf8("\uFEFFbuilding: os\r\nhiring: no\r\n"))
                        .prependArgs("--format", "json")
                        .printsJson("consider-rust"),
                stdin("JSON on stdin", utf8("{\"building\": \"script\", \"lifespan\": \"run-once\"}"))
                        .prependArgs("--format", "json")
                        .printsJson("avoid-rust"));
    }

    // ----------------------------------------------------------------------------------------- rules files

    /** checked.yaml with one line replaced: the line must read {@code old} exactly. */
    private static String checkedWith(String old, String replacement) {
        var lines = new ArrayList<>(CheckedRulesFile.lines());
        int index = lines.indexOf(old);
        if (index < 0 || lines.lastIndexOf(old) != index) {
            throw new IllegalStateException("checked.yaml has no single line '" + old + "'");
        }
        lines.set(index, replacement);
        return String.join("\n", lines) + "\n";
    }

    /** checked.yaml cut short at the first occurrence of {@code marker}, as an interrupted copy leaves it. */
    private static String checkedCutAt(String marker) {
        var text = String.join("\n", CheckedRulesFile.lines()) + "\n";
        return text.substring(0, text.indexOf(marker) + marker.length());
    }

    /** The same bad rules file given to the advisor with --rules, and to rules check. */
    private static List<Case> rules(String name, byte[] content, String problem) {
        return List.of(
                run("--rules: " + name, "--no-input", "--rules", "{rules.yaml}")
                        .file("rules.yaml", content)
                        .fails(3, "{rules.yaml}" + problem),
                run("rules check: " + name, "rules", "check", "{rules.yaml}")
                        .file("rules.yaml", content)
                        .reports(3, "{rules.yaml}" + problem, "{rules.yaml}: 1 error"));
    }

    private static List<Case> rules(String name, String content, String problem) {
        return rules(name, utf8(content), problem);
    }

    private static List<Case> rulesFiles() {
        var cases = new ArrayList<Case>();
        cases.addAll(rules("empty", "", ":1:1: file is empty"));
        cases.addAll(rules(
                "truncated",
                checkedCutAt("    claims: [spe"),
                ":46:17: malformed YAML: expected ',' or ']', but got <stream end> (while parsing a flow sequence "
                        + "that starts at line 46)"));
        cases.addAll(rules(
                "binary",
                bytes(0x7F, 'E', 'L', 'F', 2, 1, 1, 0),
                ":1:1: malformed YAML: control character U+007F is not allowed"));
        cases.addAll(rules(
                "a list, not a mapping",
                "- schema: 1\n- id: x\n",
                ":1:1: the rules file must be a mapping, not a list"));
        cases.addAll(rules(
                "a billion-laughs alias bomb", HostileYaml.billionLaughs(), ":1:4: YAML anchors are not allowed (&a)"));
        cases.addAll(rules(
                "an over-long string",
                checkedWith("title: A small rules file that passes rules check", "title: " + "x".repeat(70_000)),
                ":4:8: a value is longer than the limit of 65536 characters"));
        cases.addAll(rules(
                "an unknown top-level key",
                checkedWith("source: checked.txt", "sauce: checked.txt"),
                ":5:1: unknown key 'sauce' in the rules file " + RULES_KEYS));
        cases.addAll(rules(
                "extends rules that are not there",
                "schema: 1\nid: team\nversion: '1'\nextends: ./team-base.yaml\n",
                ":4:10: this file extends './team-base.yaml', but the rules it layers over are 'why-rust' ('extends' "
                        + "takes the id of the rules from the --rules before it, or of the bundled rules when it "
                        + "comes first)"));
        cases.addAll(rules(
                "an escape sequence spelled in a double-quoted value",
                checkedWith(
                        "title: A small rules file that passes rules check",
                        "title: \"\\e]0;owned\\a A small rules file\""),
                ":4:8: a control character (U+001B) is not allowed in a value"));
        cases.addAll(rules(
                "a line separator (U+2028) hides a line in a comment",
                checkedWith(
                        "title: A small rules file that passes rules check",
                        "title: A small rules file # a comment\u2028version: '9'"),
                ":4:38: malformed YAML: U+2028 is not allowed: YAML reads it as a line break, where editors and "
                        + "diffs show one line"));
        for (var yaml11 : List.of("yes", "off", "on", "True")) {
            cases.addAll(rules(
                    "a YAML 1.1 boolean (" + yaml11 + ")",
                    checkedWith(
                            "      - { value: none, label: None of these, exclusive: true }",
                            "      - { value: none, label: None of these, exclusive: " + yaml11 + " }"),
                    ":39:57: 'exclusive' must be true or false, not " + yaml11));
        }
        cases.addAll(rules(
                "a hexadecimal score",
                checkedWith("    score: 5", "    score: 0x10"),
                ":43:12: rule 1 'score' must be written in decimal (like 12 or -3), not 0x10"));
        cases.addAll(rules(
                "an octal-looking score",
                checkedWith("    score: 5", "    score: 010"),
                ":43:12: rule 1 'score' must be written in decimal (like 12 or -3), not 010"));
        cases.addAll(rules(
                "an anchor on a mapping",
                checkedWith("    languages: { go: -1 }", "    languages: &mine { go: -1 }"),
                ":44:16: YAML anchors are not allowed (&mine)"));
        cases.addAll(rules(
                "a custom tag",
                checkedWith("id: checked", "id: !python/object checked"),
                ":2:5: YAML tags are not allowed (!python/object)"));
        cases.addAll(List.of(
                run("--rules: a directory", "--no-input", "--rules", "{rules}")
                        .directory("rules")
                        .fails(3, "{rules}: is a directory, not a file"),
                run("rules check: a directory", "rules", "check", "{rules}")
                        .directory("rules")
                        .reports(3, "{rules}: is a directory, not a file", "{rules}: 1 error"),
                run("--rules: a missing file", "--no-input", "--rules", "{missing.yaml}")
                        .fails(3, "{missing.yaml}: no such file"),
                run("rules check: a missing file", "rules", "check", "{missing.yaml}")
                        .reports(3, "{missing.yaml}: no such file", "{missing.yaml}: 1 error"),
                run("rules test: a missing file", "rules", "test", "{missing.yaml}")
                        .fails(3, "{missing.yaml}: no such file"),
                run("questions --rules: a missing file", "questions", "--rules", "{missing.yaml}")
                        .fails(3, "{missing.yaml}: no such file"),
                run("--rules: a file over the 1 MiB limit", "--no-input", "--rules", "{rules.yaml}")
                        .file("rules.yaml", utf8(HostileYaml.overLimit()))
                        .fails(3, "{rules.yaml}: file is larger than the limit of 1 MiB"),
                run(
                                "a bad rules file is reported before bad answers",
                                "--no-input",
                                "--rules",
                                "{rules.yaml}",
                                "-a",
                                "speed=warp")
                        .file("rules.yaml", "")
                        .fails(3, "{rules.yaml}:1:1: file is empty")));
        return cases;
    }

    // ------------------------------------------------------------------------------------------ the tests

    @Test
    void theCatalogueHoldsAtLeastFortyFiveCases() {
        var names = catalogue().map(Case::toString).toList();

        assertThat(names).hasSizeGreaterThanOrEqualTo(45).doesNotHaveDuplicates();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void eachBadInputIsRefusedExactly(Case c) throws IOException {
        var stdin = c.stdin;
        var args = c.args.stream().map(this::resolve).toArray(String[]::new);
        c.setUp(dir);

        RunResult result = assertTimeoutPreemptively(
                HANG_GUARD, () -> Cli.cli().stdin(stdin).execute(args));

        assertNoStackTrace(result.stderr());
        assertThat(result.exitCode()).as("exit code of %s", result).isEqualTo(c.exitCode);
        var expected = c.expected.stream().map(this::resolve).toList();
        switch (c.outcome) {
            case DIAGNOSTICS -> {
                assertThat(result.stdout()).as("stdout of a failed run").isEmpty();
                assertThat(result.stderrLines())
                        .as("stderr")
                        .containsExactlyElementsOf(expected.stream()
                                .map(line -> "should-i-rust: " + line)
                                .toList());
            }
            case REPORT -> {
                assertThat(result.stderr()).as("stderr of rules check").isEmpty();
                assertNoStackTrace(result.stdout());
                assertThat(result.stdout().lines()).as("stdout of rules check").containsExactlyElementsOf(expected);
            }
            case RESULT -> {
                assertThat(result.stderr()).as("stderr of a good run").isEmpty();
                JsonNode json = JSON.readTree(result.stdout());
                assertThat(json.path("verdict").asText())
                        .as("the verdict on stdout")
                        .isEqualTo(c.verdict);
                c.alsoCheck.accept(result, dir);
            }
        }
    }

    /** Replaces each {@code {name}} with the path of that name in the temporary directory. */
    private String resolve(String text) {
        return PLACEHOLDER
                .matcher(text)
                .replaceAll(
                        m -> Matcher.quoteReplacement(dir.resolve(m.group(1)).toString()));
    }

    // --------------------------------------------------------------------------------------- the table's rows

    /** What a case must print. */
    private enum Outcome {
        /** Diagnostics on stderr, nothing on stdout. */
        DIAGNOSTICS,
        /** rules check: its report on stdout, nothing on stderr. */
        REPORT,
        /** The input is fine: a complete JSON result on stdout, nothing on stderr. */
        RESULT
    }

    /** One row: what to put on disk, how to run, and what must come out. */
    static final class Case {
        private final String name;
        private List<String> args;
        private byte[] stdin = new byte[0];
        private final List<String> files = new ArrayList<>();
        private final List<byte[]> contents = new ArrayList<>();
        private final List<String> directories = new ArrayList<>();
        private String unreadable;
        private int exitCode;
        private Outcome outcome;
        private List<String> expected = List.of();
        private String verdict;
        private BiConsumer<RunResult, Path> alsoCheck = (result, dir) -> {};

        private Case(String name, List<String> args) {
            this.name = name;
            this.args = args;
        }

        Case file(String file, String content) {
            return file(file, utf8(content));
        }

        Case file(String file, byte[] content) {
            files.add(file);
            contents.add(content);
            return this;
        }

        Case directory(String directory) {
            directories.add(directory);
            return this;
        }

        /** A file its reader may not read (mode 000); the case is skipped where that does not stop reads (root). */
        Case unreadable(String file, String content) {
            unreadable = file;
            return file(file, content);
        }

        Case stdin(byte[] content) {
            stdin = content;
            return this;
        }

        Case prependArgs(String... more) {
            var all = new ArrayList<>(Arrays.asList(more));
            all.addAll(args);
            args = all;
            return this;
        }

        Case fails(int code, String... lines) {
            return expect(code, Outcome.DIAGNOSTICS, lines);
        }

        Case reports(int code, String... lines) {
            return expect(code, Outcome.REPORT, lines);
        }

        Case printsJson(String expectedVerdict) {
            return printsJson(expectedVerdict, (result, dir) -> {});
        }

        Case printsJson(String expectedVerdict, BiConsumer<RunResult, Path> check) {
            verdict = expectedVerdict;
            alsoCheck = check;
            return expect(0, Outcome.RESULT);
        }

        private Case expect(int code, Outcome what, String... lines) {
            exitCode = code;
            outcome = what;
            expected = List.of(lines);
            return this;
        }

        void setUp(Path dir) throws IOException {
            for (var directory : directories) {
                Files.createDirectories(dir.resolve(directory));
            }
            for (int i = 0; i < files.size(); i++) {
                Files.write(dir.resolve(files.get(i)), contents.get(i));
            }
            if (unreadable != null) {
                var file = dir.resolve(unreadable);
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
                assumeFalse(Files.isReadable(file), "mode 000 does not stop this user (root) reading " + file);
            }
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private static Case run(String name, String... args) {
        return new Case(name, List.of(args));
    }

    // ------------------------------------------------------------------------------------------- contents

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(int... values) {
        var bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    private static byte[] utf16(String text, boolean byteOrderMark) {
        var encoded = text.getBytes(StandardCharsets.UTF_16LE);
        if (!byteOrderMark) {
            return encoded;
        }
        var marked = new byte[encoded.length + 2];
        marked[0] = (byte) 0xFF;
        marked[1] = (byte) 0xFE;
        System.arraycopy(encoded, 0, marked, 2, encoded.length);
        return marked;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
