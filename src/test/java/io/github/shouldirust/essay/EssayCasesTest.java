package io.github.shouldirust.essay;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.shouldirust.core.Evaluation;
import io.github.shouldirust.core.Evaluator;
import io.github.shouldirust.core.RuleSet;
import io.github.shouldirust.core.Verdict;
import io.github.shouldirust.load.RulesLoader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The cases issue 2 says the advice must get right, on the bundled rules; unlisted questions unanswered. */
class EssayCasesTest {
    private static RuleSet rules;

    @BeforeAll
    static void load() throws Exception {
        rules = RulesLoader.bundled();
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                essayCase(
                        "a ten-line script run once",
                        "building=script lifespan=run-once",
                        Verdict.AVOID_RUST,
                        "bash",
                        "python"),
                essayCase(
                        "embedded firmware kept for years, safety critical",
                        "building=embedded lifespan=years safety=critical",
                        Verdict.USE_RUST,
                        "rust"),
                essayCase(
                        "network service, critical tail latency, kept for years",
                        "building=network-service latency=critical lifespan=years",
                        Verdict.USE_RUST,
                        "rust"),
                essayCase("a mobile app", "building=mobile-app", Verdict.AVOID_RUST, "kotlin", "swift"),
                essayCase(
                        "a mobile app kept for years",
                        "building=mobile-app lifespan=years",
                        Verdict.AVOID_RUST,
                        "kotlin",
                        "swift"),
                essayCase("interactive data exploration", "building=data-exploration", Verdict.AVOID_RUST, "python"));
    }

    private static Arguments essayCase(String name, String answers, Verdict verdict, String... languages) {
        return Arguments.of(name, answers, verdict, Set.of(languages));
    }

    @ParameterizedTest(name = "{0}: {2}, language one of {3}")
    @MethodSource("cases")
    void adviceFollowsTheEssay(String name, String answers, Verdict verdict, Set<String> languages) throws Exception {
        var result = evaluate(answers);

        assertThat(result.verdict())
                .as("verdict for %s (score %d)", answers, result.score())
                .isEqualTo(verdict);
        assertThat(result.recommendation().id()).as("language for %s", answers).isIn(languages);
    }

    @ParameterizedTest(name = "{0}: every reason cites the essay")
    @MethodSource("cases")
    void everyReasonOfAnEssayCaseCitesAKnownClaim(String name, String answers, Verdict verdict, Set<String> languages)
            throws Exception {
        var result = evaluate(answers);

        assertThat(result.reasons())
                .isNotEmpty()
                .allSatisfy(rule -> assertThat(rule.claims())
                        .isNotEmpty()
                        .allSatisfy(id -> assertThat(rules.claim(id))
                                .as("claim %s of rule %s", id, rule.id())
                                .isPresent()));
    }

    static Evaluation evaluate(String answers) throws Exception {
        var raw = new LinkedHashMap<String, List<String>>();
        for (var answer : answers.split(" ")) {
            var parts = answer.split("=", 2);
            raw.put(parts[0], List.of(parts[1].split(",")));
        }
        return Evaluator.evaluate(rules, rules.check(raw));
    }
}
