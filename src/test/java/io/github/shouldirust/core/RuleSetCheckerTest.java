package io.github.shouldirust.core;

import static io.github.shouldirust.core.TinyRules.all;
import static io.github.shouldirust.core.TinyRules.any;
import static io.github.shouldirust.core.TinyRules.is;
import static io.github.shouldirust.core.TinyRules.latency;
import static io.github.shouldirust.core.TinyRules.multi;
import static io.github.shouldirust.core.TinyRules.not;
import static io.github.shouldirust.core.TinyRules.rule;
import static io.github.shouldirust.core.TinyRules.single;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * RuleSetChecker (issue 5): what loading cannot find. Each analysis finds its fault, at the exact JSON
 * pointer and with the exact message, and finds nothing on a clean set; the score search's bounds match
 * scores computed by hand and by brute force.
 */
class RuleSetCheckerTest {

    /** q (a, b), m (x, y, none: exclusive), latency (a scale); scores from -4 to +8, thresholds 6 and 0. */
    private static TinyRules.Builder clean() {
        return TinyRules.builder()
                .questions(single("q", "a", "b"), multi("m", "x", "y", "none"), latency())
                .rules(
                        rule("fast", is("latency", "critical"), 5, "c"),
                        rule("slow", is("latency", "unimportant"), -4, "c"),
                        rule("x", is("m", "x"), 3, "c"),
                        rule("a", is("q", "a"), 0, "c"));
    }

    private static List<Problem> check(TinyRules.Builder builder) throws InvalidRulesException {
        return RuleSetChecker.check(builder.build());
    }

    @Test
    void findsNothingOnACleanSet() throws Exception {
        assertThat(check(clean())).isEmpty();
    }

    @Test
    void aRuleThatNeedsTwoValuesOfASingleChoiceQuestionNeverFires() throws Exception {
        var builder = clean().rules(rule("both", all(is("q", "a"), is("q", "b")), 1, "c"));

        assertThat(check(builder))
                .extracting(Problem::isError, Problem::path, Problem::message)
                .containsExactly(
                        tuple(true, "/rules/4/when", "rule 'both' can never fire: no answers satisfy its condition"));
    }

    @Test
    void aRuleThatNeedsAnExclusiveOptionWithAnotherNeverFires() throws Exception {
        var builder = clean().rules(rule("none-and-x", all(is("m", "none"), is("m", "x")), 1, "c"));

        assertThat(check(builder))
                .extracting(Problem::path, Problem::message)
                .containsExactly(
                        tuple("/rules/4/when", "rule 'none-and-x' can never fire: no answers satisfy its condition"));
    }

    @Test
    void aRuleThatContradictsItselfNeverFires() throws Exception {
        var builder = clean().rules(rule("self", all(is("q", "a"), not(is("q", "a"))), 1, "c"));

        assertThat(check(builder)).extracting(Problem::path).containsExactly("/rules/4/when");
    }

    @Test
    void twoValuesOfAMultiChoiceQuestionCanFireTogether() throws Exception {
        var builder = clean().rules(rule("x-and-y", all(is("m", "x"), is("m", "y")), 1, "c"));

        assertThat(check(builder)).isEmpty();
    }

    @Test
    void aRuleOnUnansweredFiresWhenTheQuestionIsLeftOpen() throws Exception {
        var builder = clean().rules(rule("open", not(any(is("q", "a"), is("q", "b"))), 1, "c"));

        assertThat(check(builder)).isEmpty();
    }

    @Test
    void rulesWithTheSameConditionAndOppositeScoresContradict() throws Exception {
        var builder = clean().rules(rule("not-x", is("m", "x"), -1, "c"));

        assertThat(check(builder))
                .extracting(Problem::isError, Problem::path, Problem::message)
                .containsExactly(tuple(
                        true,
                        "/rules/4/when",
                        "rule 'not-x' contradicts rule 'x': they fire on exactly the same "
                                + "answers with opposite effects (+3, -1)"));
    }

    @Test
    void equivalentConditionsWrittenDifferentlyContradict() throws Exception {
        var builder =
                clean().rules(rule("not-x", not(not(any(is("m", "x"), all(is("m", "x"), is("m", "y"))))), -1, "c"));

        assertThat(check(builder)).extracting(Problem::path).containsExactly("/rules/4/when");
    }

    @Test
    void rulesWithTheSameConditionAndScoresOfTheSameSignDoNotContradict() throws Exception {
        assertThat(check(clean().rules(rule("more-x", is("m", "x"), 1, "c")))).isEmpty();
    }

    @Test
    void aZeroScoreContradictsNothing() throws Exception {
        assertThat(check(clean().rules(rule("zero-x", is("m", "x"), 0, "c")))).isEmpty();
    }

    @Test
    void opposingRulesThatOverlapOnlyPartlyDoNotContradict() throws Exception {
        assertThat(check(clean().rules(rule("x-or-y", is("m", "x", "y"), -1, "c"))))
                .isEmpty();
    }

    @Test
    void aRuleForRustThatStopsFiringTowardRustBreaksTheScale() throws Exception {
        var builder = clean().rules(rule("middle", is("latency", "important"), 1, "c"));

        assertThat(check(builder))
                .extracting(Problem::isError, Problem::path, Problem::message)
                .containsExactly(tuple(
                        true,
                        "/rules/4/when",
                        "rule 'middle' (+1) goes against the scale of 'latency': moving it "
                                + "toward critical, which favours Rust, can stop it firing"));
    }

    @Test
    void aRuleAgainstRustThatStartsFiringTowardRustBreaksTheScale() throws Exception {
        var builder = clean().rules(rule("against", is("latency", "important"), -1, "c"));

        assertThat(check(builder))
                .extracting(Problem::path, Problem::message)
                .containsExactly(tuple(
                        "/rules/4/when",
                        "rule 'against' (-1) goes against the scale of 'latency': moving it toward "
                                + "critical, which favours Rust, can make it fire"));
    }

    @Test
    void aRuleForRustOnTheRustEndOfTheScaleKeepsIt() throws Exception {
        var builder = clean().rules(
                        rule("near", is("latency", "critical", "important"), 1, "c"),
                        rule("far", all(is("q", "b"), is("latency", "unimportant")), -1, "c"));

        assertThat(check(builder)).isEmpty();
    }

    @Test
    void theScaleIsCheckedForEveryAnswerToTheOtherQuestions() throws Exception {
        // Keeps the scale when q is a; breaks it when q is b.
        var builder = clean().rules(rule(
                "mixed",
                any(all(is("q", "a"), is("latency", "critical")), all(is("q", "b"), is("latency", "unimportant"))),
                1,
                "c"));

        assertThat(check(builder)).extracting(Problem::path).containsExactly("/rules/4/when");
    }

    /** Thresholds over the clean set, whose possible scores are -4, -1, 0, 3, 5 and 8, and what they give. */
    static Stream<Arguments> thresholds() {
        return Stream.of(
                Arguments.of(
                        "use-rust beyond the highest score is unreachable",
                        9,
                        0,
                        List.of(tuple(
                                true,
                                "/verdicts/use-rust",
                                "no answers reach use-rust: the highest possible score is +8, below +9"))),
                Arguments.of("use-rust at the highest score is reachable", 8, 0, List.of()),
                Arguments.of(
                        "avoid-rust below the lowest score is unreachable",
                        6,
                        -4,
                        List.of(tuple(
                                true,
                                "/verdicts/consider-rust",
                                "no answers give avoid-rust: the lowest possible score is -4, not below -4"))),
                Arguments.of(
                        "consider-rust in a gap between scores is unreachable",
                        8,
                        6,
                        List.of(tuple(
                                true,
                                "/verdicts/consider-rust",
                                "no answers give consider-rust: no score from +6 to +7 is possible"))),
                Arguments.of("consider-rust on one possible score is reachable", 6, 5, List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("thresholds")
    void aVerdictTheThresholdsPutOutOfReachIsAnError(
            String thresholds, int useRust, int considerRust, List<Tuple> findings) throws Exception {
        assertThat(check(clean().thresholds(useRust, considerRust)))
                .extracting(Problem::isError, Problem::path, Problem::message)
                .containsExactlyElementsOf(findings);
    }

    // ---------------------------------------------------------------- the score search, by hand

    /**
     * q (a, b) and m (x, y, z, none: exclusive). The highest score, +6, needs m = x, y and z together;
     * "none with x" would add 20 but the exclusive option makes it impossible; the lowest, -6, is m = none
     * with q = a.
     */
    private static RuleSet combinations(int useRust, int considerRust) throws InvalidRulesException {
        return TinyRules.builder()
                .questions(single("q", "a", "b"), multi("m", "x", "y", "z", "none"))
                .rules(
                        rule("x", is("m", "x"), 2, "c"),
                        rule("y", is("m", "y"), 2, "c"),
                        rule("xyz", all(is("m", "x"), is("m", "y"), is("m", "z")), 3, "c"),
                        rule("z", is("m", "z"), -1, "c"),
                        rule("none", is("m", "none"), -4, "c"),
                        rule("a", is("q", "a"), -2, "c"),
                        rule("none-b", all(is("m", "none"), is("q", "b")), 5, "c"),
                        rule("impossible", all(is("m", "none"), is("m", "x")), 20, "c"))
                .thresholds(useRust, considerRust)
                .build();
    }

    /** Every score some answers give, by trying every answer (unanswered included). */
    private static List<Integer> everyScore(RuleSet rules) {
        var scores = new ArrayList<Integer>();
        for (var q : AnswerSpace.options(rules.question("q").orElseThrow())) {
            for (var m : AnswerSpace.options(rules.question("m").orElseThrow())) {
                var answers = Answers.none();
                answers = q.isEmpty() ? answers : answers.with("q", q);
                answers = m.isEmpty() ? answers : answers.with("m", m);
                int score = 0;
                for (var rule : rules.rules()) {
                    score += rule.firesOn(answers) ? rule.score() : 0;
                }
                scores.add(score);
            }
        }
        return scores;
    }

    @Test
    void theAnswerSpaceOfAMultiChoiceQuestionRespectsItsExclusiveOption() throws Exception {
        assertThat(AnswerSpace.options(combinations(6, 0).question("m").orElseThrow()))
                .containsExactly(
                        List.of(),
                        List.of("x"),
                        List.of("y"),
                        List.of("x", "y"),
                        List.of("z"),
                        List.of("x", "z"),
                        List.of("y", "z"),
                        List.of("x", "y", "z"),
                        List.of("none"));
    }

    @Test
    void theSearchFindsTheHighestAndLowestScores() throws Exception {
        var rules = combinations(6, 0);
        var search = new ScoreSearch(rules);

        assertThat(search.highest()).isEqualTo(6);
        assertThat(search.lowest()).isEqualTo(-6);
        assertThat(search.unbounded()).isFalse();
        var scores = everyScore(rules);
        assertThat(scores.stream().mapToInt(Integer::intValue).max().orElseThrow())
                .isEqualTo(6);
        assertThat(scores.stream().mapToInt(Integer::intValue).min().orElseThrow())
                .isEqualTo(-6);
    }

    @Test
    void theSearchReachesExactlyTheScoresSomeAnswersGive() throws Exception {
        var rules = combinations(6, 0);
        var search = new ScoreSearch(rules);
        var scores = everyScore(rules);

        for (int score = -10; score <= 30; score++) {
            assertThat(search.reaches(score, score)).as("score %d", score).isEqualTo(scores.contains(score));
        }
        assertThat(search.reaches(7, 25)).isFalse();
        assertThat(search.reaches(-9, -7)).isFalse();
    }

    @Test
    void useRustReachableOnlyThroughTheThreeValuesTogetherIsReachable() throws Exception {
        assertThat(RuleSetChecker.check(combinations(6, 0)))
                .extracting(Problem::path)
                .containsExactly("/rules/7/when"); // the impossible rule, and nothing about verdicts
    }

    @Test
    void useRustAboveTheThreeValuesIsUnreachableDespiteTheImpossibleRule() throws Exception {
        assertThat(RuleSetChecker.check(combinations(7, 0)))
                .extracting(Problem::path, Problem::message)
                .containsExactly(
                        tuple("/rules/7/when", "rule 'impossible' can never fire: no answers satisfy its condition"),
                        tuple(
                                "/verdicts/use-rust",
                                "no answers reach use-rust: the highest possible score is +6, below +7"));
    }

    @Test
    void avoidRustAtTheLowestScoreIsReachableAndBelowItIsNot() throws Exception {
        assertThat(RuleSetChecker.check(combinations(6, -5)))
                .extracting(Problem::path)
                .containsExactly("/rules/7/when");
        assertThat(RuleSetChecker.check(combinations(6, -6)))
                .extracting(Problem::path, Problem::message)
                .containsExactly(
                        tuple("/rules/7/when", "rule 'impossible' can never fire: no answers satisfy its condition"),
                        tuple(
                                "/verdicts/consider-rust",
                                "no answers give avoid-rust: the lowest possible score is -6, not below -6"));
    }
}
