package io.github.shouldirust.core;

import static io.github.shouldirust.core.TinyRules.answers;
import static io.github.shouldirust.core.TinyRules.is;
import static io.github.shouldirust.core.TinyRules.language;
import static io.github.shouldirust.core.TinyRules.rule;
import static io.github.shouldirust.core.TinyRules.single;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EvaluatorTest {

    /** q decides the score; filler questions only count towards confidence. */
    private static RuleSet scoring() throws InvalidRulesException {
        return TinyRules.builder()
                .languages(language("go"), language("python"), language("java"), language("bash"))
                .questions(
                        single("q", "a", "b", "c"),
                        single("r", "x", "y"),
                        single("filler1", "f"),
                        single("filler2", "f"))
                .rules(
                        rule("plus-two", is("q", "a"), 2, "c"),
                        rule("minus-five", is("r", "x"), -5, "c"),
                        rule("plus-three", is("q", "b"), 3, "c"),
                        rule("plus-one-more", is("q", "a", "b"), 1, "c"))
                .build();
    }

    @Test
    void scoreIsTheSumOfTheFiredRules() throws Exception {
        var result = Evaluator.evaluate(scoring(), answers("q", "a", "r", "x"));

        assertThat(result.score()).isEqualTo(2 - 5 + 1);
        assertThat(result.reasons())
                .extracting(Rule::id)
                .containsExactlyInAnyOrder("plus-two", "minus-five", "plus-one-more");
    }

    @Test
    void noFiredRuleScoresZero() throws Exception {
        var result = Evaluator.evaluate(scoring(), answers("q", "c"));

        assertThat(result.score()).isZero();
        assertThat(result.reasons()).isEmpty();
    }

    @Test
    void reasonsAreStrongestEffectFirstWithTiesInFileOrder() throws Exception {
        var rules = TinyRules.builder()
                .questions(single("q", "a"))
                .rules(
                        rule("small", is("q", "a"), 1, "c"),
                        rule("big-against", is("q", "a"), -4, "c"),
                        rule("tie-first", is("q", "a"), 2, "c"),
                        rule("tie-second", is("q", "a"), -2, "c"))
                .build();

        var result = Evaluator.evaluate(rules, answers("q", "a"));

        assertThat(result.reasons())
                .extracting(Rule::id)
                .containsExactly("big-against", "tie-first", "tie-second", "small");
    }

    @Test
    void verdictFollowsTheThresholds() throws Exception {
        var rules = TinyRules.builder()
                .questions(single("q", "high", "mid", "low"))
                .rules(
                        rule("high", is("q", "high"), 6, "c"),
                        rule("mid", is("q", "mid"), 5, "c"),
                        rule("low", is("q", "low"), -1, "c"))
                .thresholds(6, 0)
                .build();

        assertThat(Evaluator.evaluate(rules, answers("q", "high")).verdict()).isEqualTo(Verdict.USE_RUST);
        assertThat(Evaluator.evaluate(rules, answers("q", "mid")).verdict()).isEqualTo(Verdict.CONSIDER_RUST);
        assertThat(Evaluator.evaluate(rules, answers("q", "low")).verdict()).isEqualTo(Verdict.AVOID_RUST);
    }

    private static RuleSet alternatives() throws InvalidRulesException {
        return TinyRules.builder()
                .languages(language("go"), language("python"), language("java"), language("bash"))
                .questions(single("q", "a", "b"))
                .rules(
                        rule("favour", is("q", "a", "b"), -3, Map.of("python", 3, "go", 3, "java", 5, "bash", -1), "c"),
                        rule("python-more", is("q", "b"), 0, Map.of("python", 1), "c"))
                .build();
    }

    @Test
    void alternativesAreRankedByFitWithTiesInFileOrder() throws Exception {
        var result = Evaluator.evaluate(alternatives(), answers("q", "a"));

        assertThat(result.alternatives())
                .extracting(fit -> fit.language().id())
                .containsExactly("java", "go", "python", "bash");
        assertThat(result.alternatives()).extracting(LanguageFit::fit).containsExactly(5, 3, 3, -1);
        assertThat(result.alternatives().get(3).loweredBy())
                .extracting(Rule::id)
                .containsExactly("favour");
    }

    @Test
    void alternativeFitIsTheSumOfTheFiredRulesEffects() throws Exception {
        var result = Evaluator.evaluate(alternatives(), answers("q", "b"));

        assertThat(result.alternatives())
                .extracting(fit -> fit.language().id())
                .containsExactly("java", "python", "go", "bash");
        assertThat(result.alternatives().get(1).fit()).isEqualTo(4);
        assertThat(result.alternatives().get(1).raisedBy())
                .extracting(Rule::id)
                .containsExactly("favour", "python-more");
    }

    @Test
    void alternativesRankEveryLanguageButRust() throws Exception {
        var rules = alternatives();
        var result = Evaluator.evaluate(rules, answers("q", "a"));

        assertThat(result.alternatives())
                .hasSize(rules.languages().size() - 1)
                .noneMatch(fit -> fit.language().isRust());
    }

    @Test
    void withNothingFiredAlternativesKeepFileOrder() throws Exception {
        var result = Evaluator.evaluate(alternatives(), Answers.none());

        assertThat(result.alternatives())
                .extracting(fit -> fit.language().id())
                .containsExactly("go", "python", "java", "bash");
    }

    @Test
    void avoidRustRecommendsTheTopAlternative() throws Exception {
        var result = Evaluator.evaluate(alternatives(), answers("q", "a"));

        assertThat(result.verdict()).isEqualTo(Verdict.AVOID_RUST);
        assertThat(result.recommendation().id()).isEqualTo("java");
    }

    /** Go fits far better (+9), but a score that gives consider-rust or use-rust recommends Rust. */
    @ParameterizedTest(name = "a score of {0} gives {1} and recommends Rust")
    @CsvSource({"0, CONSIDER_RUST", "7, USE_RUST"})
    void considerRustAndUseRustRecommendRustEvenWhenAnAlternativeFitsBetter(int score, Verdict verdict)
            throws Exception {
        var rules = TinyRules.builder()
                .languages(language("go"))
                .questions(single("q", "a"))
                .rules(rule("go-loved", is("q", "a"), score, Map.of("go", 9), "c"))
                .build();

        var result = Evaluator.evaluate(rules, answers("q", "a"));

        assertThat(result.verdict()).isEqualTo(verdict);
        assertThat(result.recommendation().id()).isEqualTo("rust");
    }

    @Test
    void avoidRustWithNoAlternativeStillRecommendsRust() throws Exception {
        var rules = TinyRules.builder()
                .questions(single("q", "a"))
                .rules(rule("against", is("q", "a"), -3, "c"))
                .build();

        var result = Evaluator.evaluate(rules, answers("q", "a"));

        assertThat(result.verdict()).isEqualTo(Verdict.AVOID_RUST);
        assertThat(result.recommendation().id()).isEqualTo("rust");
    }

    @Test
    void unansweredAreListedInQuestionOrder() throws Exception {
        var rules = TinyRules.builder()
                .questions(
                        single("one", "a"),
                        single("two", "a"),
                        single("three", "a"),
                        single("four", "a"),
                        single("five", "a"))
                .build();

        var result = Evaluator.evaluate(rules, answers("four", "a", "two", "a"));

        assertThat(result.unanswered()).extracting(Question::id).containsExactly("one", "three", "five");
    }

    @Test
    void citedClaimsIncludeReasonsAlternativesAndTheirEvidence() throws Exception {
        var rules = TinyRules.builder()
                .claims(
                        new Claim("ev", ClaimKind.EVIDENCE, "Users", "Someone uses it.", List.of()),
                        new Claim("backed", ClaimKind.DOMAIN, "Domains", "Backed claim.", List.of("ev")),
                        TinyRules.claim("go-wins"),
                        TinyRules.claim("rust-wins"),
                        TinyRules.claim("unused"))
                .languages(new Language("go", "Go", List.of("rust-wins"), List.of("go-wins")))
                .questions(single("q", "a"))
                .rules(rule("r", is("q", "a"), 1, "backed"))
                .build();

        var cited = Evaluator.evaluate(rules, answers("q", "a")).citedClaims();

        assertThat(cited.keySet()).containsExactly("backed", "rust-wins", "go-wins", "ev");
    }
}
