package io.github.shouldirust.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.shouldirust.support.Cli;
import io.github.shouldirust.support.Golden;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The exact text and JSON a user sees, compared with src/test/resources/golden. After an intended change,
 * regenerate with {@code ./mvnw test -Dgolden.update=true} and review the diff before committing it.
 * Text runs with no COLUMNS (width 100) and no terminal, so no colour.
 */
class GoldenOutputTest {
    static Stream<Arguments> answerSets() {
        return Stream.of(
                Arguments.of(
                        "network-service", List.of("building=network-service", "latency=critical", "lifespan=years")),
                Arguments.of("script", List.of("building=script", "lifespan=run-once")),
                Arguments.of(
                        "full",
                        List.of(
                                "building=cli-tool",
                                "lifespan=years",
                                "latency=important",
                                "performance=critical",
                                "safety=important",
                                "concurrency=some",
                                "deployment=single-binary,fast-startup",
                                "experience=professional",
                                "rust-experience=some",
                                "team-languages=go,python,rust",
                                "codebase=greenfield",
                                "iteration-speed=important",
                                "hiring=no",
                                "ai-written=some")),
                Arguments.of("empty", List.of()));
    }

    /** The card, at the 80 columns of the smallest usual terminal. */
    @ParameterizedTest(name = "{0}.txt")
    @MethodSource("answerSets")
    void textCard(String name, List<String> answers) throws IOException {
        var card = advise(answers, "text");
        assertMatchesGolden(name + ".txt", card);
        assertThat(card.lines().count()).isLessThanOrEqualTo(22);
        assertThat(card.lines()).allMatch(line -> line.length() <= 80, "at most 80 columns");
    }

    /** An output that has only its golden file to match: the file's ending, and what asks for it. */
    private record Output(String ending, String format, List<String> flags) {}

    private static final List<Output> MATCHED_AS_THEY_ARE = List.of(
            new Output(".full.txt", "text", List.of("--full")),
            new Output(".json", "json", List.of()),
            new Output(".md", "markdown", List.of()),
            new Output(".explain.txt", "text", List.of("--explain")),
            new Output(".explain.json", "json", List.of("--explain")));

    /** Each of those outputs for each answer set, by its golden file's name. */
    static Stream<Arguments> goldenFiles() {
        return answerSets().flatMap(set -> {
            var name = set.get()[0];
            var answers = set.get()[1];
            return MATCHED_AS_THEY_ARE.stream()
                    .map(output -> Arguments.of(name + output.ending(), answers, output.format(), output.flags()));
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenFiles")
    void outputMatchesItsGoldenFile(String file, List<String> answers, String format, List<String> flags)
            throws IOException {
        assertMatchesGolden(file, advise(answers, format, flags.toArray(String[]::new)));
    }

    /** One GitHub Actions annotation; shown unescaped in the golden file, one message line a line. */
    @ParameterizedTest(name = "{0}.github.txt")
    @MethodSource("answerSets")
    void githubAnnotation(String name, List<String> answers) throws IOException {
        var annotation = advise(answers, "github");
        assertThat(annotation.lines()).singleElement().asString().startsWith("::notice title=should-i-rust%3A ");
        assertMatchesGolden(name + ".github.txt", annotation.replace("%0A", "%0A\n"));
    }

    @ParameterizedTest(name = "questions --format {0}")
    @MethodSource("formats")
    void questionsOutput(String format, String extension) throws IOException {
        var result = Cli.run("questions", "--format", format);

        assertThat(result.exitCode()).as("%s", result).isZero();
        assertThat(result.stderr()).isEmpty();
        assertMatchesGolden("questions." + extension, result.stdout());
    }

    static Stream<Arguments> formats() {
        return Stream.of(Arguments.of("text", "txt"), Arguments.of("json", "json"));
    }

    private static String advise(List<String> answers, String format, String... more) {
        var args = new ArrayList<String>(List.of(more));
        answers.forEach(answer -> {
            args.add("-a");
            args.add(answer);
        });
        args.add("--format");
        args.add(format);
        var result = Cli.cli()
                .env("COLUMNS", "80")
                .env("SOURCE_DATE_EPOCH", "1764374400")
                .execute(args.toArray(String[]::new));
        assertThat(result.exitCode()).as("%s", result).isZero();
        assertThat(result.stderr()).isEmpty();
        return result.stdout();
    }

    private static void assertMatchesGolden(String file, String actual) throws IOException {
        Golden.assertMatches(file, actual);
    }
}
