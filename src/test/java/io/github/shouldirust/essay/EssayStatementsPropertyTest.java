package io.github.shouldirust.essay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.shouldirust.core.Answers;
import io.github.shouldirust.core.Evaluation;
import io.github.shouldirust.core.Evaluator;
import io.github.shouldirust.core.Ranking;
import io.github.shouldirust.core.RuleSet;
import io.github.shouldirust.core.Verdict;
import io.github.shouldirust.load.RulesLoader;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 11: the essay's plain statements hold for every profile, not only for the examples. Each is
 * checked on 10,000 seeded random profiles with the statement's own answer forced in; a failure prints
 * the seed and the profile that broke it.
 */
class EssayStatementsPropertyTest {
    private static final long BASE_SEED = Long.getLong("essay.seed", 20_261_129L);
    private static final int PROFILES = Integer.getInteger("essay.profiles", 10_000);

    private static RuleSet rules;

    @BeforeAll
    static void load() throws Exception {
        rules = RulesLoader.bundled();
    }

    /** Domains whose own named tool beats a person's or an experiment's pick. */
    private static final Set<String> DOMAINS_WITH_THEIR_OWN_PICK =
            Set.of("mobile-app", "desktop-gui", "web-frontend", "script");

    static Stream<Arguments> statements() {
        return Stream.of(
                statement(
                        "First language? Pick Python or JavaScript.",
                        "experience",
                        "first-language",
                        result -> result.verdict() == Verdict.AVOID_RUST
                                && (Set.of("python", "javascript").contains(language(result))
                                        || is(result, "building", "mobile-app"))),
                statement(
                        "Technically possible. Practically, you reach for Kotlin or Swift first.",
                        "building",
                        "mobile-app",
                        result -> result.verdict() == Verdict.AVOID_RUST
                                && Set.of("kotlin", "swift").contains(language(result))),
                statement(
                        "pandas plus the entire NumPy and Jupyter ecosystem still wins for interactive exploration.",
                        "building",
                        "data-exploration",
                        result -> result.verdict() == Verdict.AVOID_RUST
                                && language(result).equals("python")),
                statement(
                        "Bash or Python wins. Rust's compile step is not worth it for ten lines that run once.",
                        "building",
                        "script",
                        result -> result.verdict() == Verdict.AVOID_RUST
                                && Set.of("bash", "python").contains(language(result))),
                statement(
                        "Python serves training; Rust is taking inference.",
                        "building",
                        "ml-training",
                        result -> result.verdict() == Verdict.AVOID_RUST
                                && language(result).equals("python")),
                statement(
                        "Swift, Kotlin, and Flutter are more mature ecosystems.",
                        "building",
                        "desktop-gui",
                        result -> result.verdict() != Verdict.USE_RUST),
                statement(
                        "The other side wins on: The browser.",
                        "building",
                        "web-frontend",
                        result -> result.verdict() != Verdict.USE_RUST),
                statement(
                        "For a 50-line experiment, Python or Go finishes before Rust compiles. Use Python for that.",
                        "lifespan",
                        "experiment",
                        result -> result.verdict() == Verdict.AVOID_RUST
                                && (Set.of("python", "go").contains(language(result))
                                        || result.answers().get("building").stream()
                                                .anyMatch(DOMAINS_WITH_THEIR_OWN_PICK::contains))),
                statement(
                        "Bash or Python wins ... for ten lines that run once.",
                        "lifespan",
                        "run-once",
                        result -> result.verdict() == Verdict.AVOID_RUST
                                && (Set.of("bash", "python").contains(language(result))
                                        || result.answers().get("building").stream()
                                                .anyMatch(DOMAINS_WITH_THEIR_OWN_PICK::contains))));
    }

    private static Arguments statement(String sentence, String question, String value, Predicate<Evaluation> holds) {
        return Arguments.of(sentence, question, value, holds);
    }

    private static String language(Evaluation result) {
        return result.recommendation().id();
    }

    private static boolean is(Evaluation result, String question, String value) {
        return result.answers().get(question).contains(value);
    }

    @ParameterizedTest(name = "{1}={2}: \"{0}\"")
    @MethodSource("statements")
    void theEssaysStatementHoldsForEveryProfile(
            String sentence, String question, String value, Predicate<Evaluation> holds) throws Exception {
        int checked = 0;
        for (int i = 0; i < PROFILES; i++) {
            long seed = BASE_SEED + i;
            var answers =
                    rules.check(RandomAnswers.generate(rules, new Random(seed))).with(question, List.of(value));
            var result = Evaluator.evaluate(rules, answers);
            if (!holds.test(result)) {
                fail(
                        "\"%s\" broken: %s, %s (score %d)%n  seed %d, profile %s",
                        sentence, result.verdict().id(), language(result), result.score(), seed, answers.asMap());
            }
            checked++;
        }
        assertThat(checked).isEqualTo(PROFILES);
    }

    /** "Unimportant" on the axes where Rust's wins are says those wins buy nothing: it counts against Rust. */
    @ParameterizedTest(name = "{0}=unimportant scores below leaving it open")
    @MethodSource("rustsAxes")
    void unimportantCountsAgainstRust(String question) throws Exception {
        forEveryProfile(
                answers -> {
                    int open = Evaluator.score(rules, answers.without(question));
                    int unimportant = Evaluator.score(rules, answers.with(question, List.of("unimportant")));
                    return unimportant < open;
                },
                "%s=unimportant does not score below leaving it open".formatted(question));
    }

    static Stream<String> rustsAxes() {
        return Stream.of("latency", "performance", "safety");
    }

    /**
     * "Java, Go, Python, and friends chose safety": where nothing points to C or C++ as the alternative,
     * critical safety adds little; in a kernel, where C is the alternative, it adds the most.
     */
    @Test
    void memorySafetyWeighsMostWhereTheAlternativeIsCOrCpp() throws Exception {
        forEveryProfile(
                answers -> {
                    var backend = answers.with("building", List.of("backend-app"))
                            .without("team-languages")
                            .without("codebase")
                            .without("latency")
                            .without("performance")
                            .without("deployment");
                    var kernel = backend.with("building", List.of("os"));
                    return gain(backend, "safety", "critical") <= 2 && gain(kernel, "safety", "critical") >= 4;
                },
                "safety=critical does not weigh by its context");
    }

    /** A long life adds at most one point, less than any weakness the essay names. */
    @Test
    void aLongLifeNeverCancelsANamedWeakness() throws Exception {
        forEveryProfile(
                answers -> Evaluator.score(rules, answers.with("lifespan", List.of("years")))
                                - Evaluator.score(rules, answers.with("lifespan", List.of("months")))
                        <= 1,
                "lifespan=years adds more than one point over months");
    }

    /** No recommendation is decided by the rules file's order without being reported as a tie. */
    @Test
    void aTieDecidedByFileOrderIsReportedAsOne() throws Exception {
        forEveryProfile(
                answers -> {
                    var result = Evaluator.evaluate(rules, answers);
                    var alternatives = result.alternatives();
                    var first = alternatives.get(0);
                    var second = alternatives.get(1);
                    boolean level = first.allowed() == second.allowed()
                            && first.fit() == second.fit()
                            && first.teamPick() == second.teamPick()
                            && first.essayPick() == second.essayPick();
                    var decidedBy = result.ranking().decidedBy();
                    return level == (decidedBy == Ranking.DecidedBy.TIE)
                            && (decidedBy != Ranking.DecidedBy.TIE
                                    || result.ranking().tiedWith().contains(second.language()));
                },
                "a level first place is not reported as a tie, or a tie is reported where there is none");
    }

    private static int gain(Answers answers, String question, String value) {
        return Evaluator.score(rules, answers.with(question, List.of(value)))
                - Evaluator.score(rules, answers.without(question));
    }

    private static void forEveryProfile(Predicate<Answers> holds, String broken) throws Exception {
        for (int i = 0; i < PROFILES; i++) {
            long seed = BASE_SEED + i;
            var answers = rules.check(RandomAnswers.generate(rules, new Random(seed)));
            if (!holds.test(answers)) {
                fail("%s%n  seed %d, profile %s", broken, seed, describe(answers.asMap()));
            }
        }
    }

    private static String describe(Map<String, List<String>> answers) {
        return answers.isEmpty() ? "(no answers)" : answers.toString();
    }
}
