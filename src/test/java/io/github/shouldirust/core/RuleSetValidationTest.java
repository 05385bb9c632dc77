package io.github.shouldirust.core;

import static io.github.shouldirust.core.TinyRules.all;
import static io.github.shouldirust.core.TinyRules.claim;
import static io.github.shouldirust.core.TinyRules.is;
import static io.github.shouldirust.core.TinyRules.language;
import static io.github.shouldirust.core.TinyRules.not;
import static io.github.shouldirust.core.TinyRules.rule;
import static io.github.shouldirust.core.TinyRules.single;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** RuleSet.of refuses rules that do not hang together, naming each problem at a JSON pointer. */
class RuleSetValidationTest {

    /** A valid base: question q (a, b), rule r citing c, languages rust and go. */
    private static TinyRules.Builder base() {
        return TinyRules.builder().languages(language("go")).questions(single("q", "a", "b"));
    }

    private static List<Problem> problems(TinyRules.Builder builder) {
        var e = catchThrowableOfType(InvalidRulesException.class, builder::build);
        assertThat(e).as("RuleSet.of should have refused the rules").isNotNull();
        assertThat(e.problems()).allMatch(Problem::isError);
        return e.problems();
    }

    @Test
    void aValidRuleSetBuildsWithoutWarnings() throws Exception {
        var rules = base().rules(rule("r", is("q", "a"), 1, "c")).build();

        assertThat(rules.warnings()).isEmpty();
        assertThat(rules.rules()).extracting(Rule::id).containsExactly("r");
    }

    @Test
    void rejectsDuplicateClaimIds() {
        assertThat(problems(base().claims(claim("c")).rules(rule("r", is("q", "a"), 1, "c"))))
                .extracting(Problem::path, Problem::message)
                .containsExactly(tuple("/claims/1/id", "duplicate claim id 'c'"));
    }

    @Test
    void rejectsDuplicateQuestionIds() {
        assertThat(problems(base().questions(single("q", "x")).rules(rule("r", is("q", "a"), 1, "c"))))
                .extracting(Problem::path, Problem::message)
                .containsExactly(tuple("/questions/1/id", "duplicate question id 'q'"));
    }

    @Test
    void rejectsDuplicateRuleIds() {
        assertThat(problems(base().rules(rule("r", is("q", "a"), 1, "c"), rule("r", is("q", "b"), 1, "c"))))
                .extracting(Problem::path, Problem::message)
                .containsExactly(tuple("/rules/1/id", "duplicate rule id 'r'"));
    }

    @Test
    void rejectsDuplicateLanguageIds() {
        assertThat(problems(base().languages(language("go")).rules(rule("r", is("q", "a"), 1, "c"))))
                .extracting(Problem::path, Problem::message)
                .containsExactly(tuple("/languages/2/id", "duplicate language id 'go'"));
    }

    @Test
    void rejectsDuplicateOptionValues() {
        var builder = TinyRules.builder().questions(single("q", "a", "b", "a")).rules(rule("r", is("q", "a"), 1, "c"));

        assertThat(problems(builder))
                .extracting(Problem::path, Problem::message)
                .containsExactly(tuple("/questions/0/options/2/value", "duplicate option value 'a'"));
    }

    @Test
    void rejectsEffectsLargeEnoughToOverflowTheScore() {
        var builder = base().rules(rule("huge", is("q", "a"), 2_000_000_000, Map.of("go", 5_000), "c"));

        assertThat(problems(builder))
                .extracting(Problem::path, Problem::message)
                .containsExactly(
                        tuple("/rules/0/score", "score 2000000000 is out of range (-1000 to 1000)"),
                        tuple("/rules/0/languages/go", "effect 5000 on 'go' is out of range (-1000 to 1000)"));
    }

    @Test
    void rejectsAnUnknownClaimCitedByARule() {
        assertThat(problems(base().rules(rule("r", is("q", "a"), 1, "c", "nope"))))
                .extracting(Problem::path, Problem::message)
                .containsExactly(tuple("/rules/0/claims/1", "unknown claim 'nope'"));
    }

    @Test
    void rejectsAnUnknownClaimCitedByALanguage() {
        var builder = base().languages(new Language("python", "Python", List.of("c"), List.of("nope")))
                .rules(rule("r", is("q", "a"), 1, "c"));

        assertThat(problems(builder))
                .extracting(Problem::path, Problem::message)
                .containsExactly(tuple("/languages/2/other-wins/0", "unknown claim 'nope'"));
    }

    @Test
    void rejectsUnknownEvidence() {
        var builder = base().claims(new Claim("d", ClaimKind.DOMAIN, "S", "Domain.", List.of("nope")))
                .rules(rule("r", is("q", "a"), 1, "c", "d"));

        assertThat(problems(builder))
                .extracting(Problem::path, Problem::message)
                .containsExactly(tuple("/claims/1/evidence/0", "unknown claim 'nope'"));
    }

    @Test
    void rejectsEvidenceThatIsNotAnEvidenceClaim() {
        var builder = base().claims(new Claim("d", ClaimKind.DOMAIN, "S", "Domain.", List.of("c")))
                .rules(rule("r", is("q", "a"), 1, "c", "d"));

        assertThat(problems(builder))
                .extracting(Problem::path, Problem::message)
                .containsExactly(
                        tuple("/claims/1/evidence/0", "claim 'c' is listed as evidence but its kind is strength"));
    }

    @Test
    void rejectsAConditionOnAnUnknownQuestion() {
        assertThat(problems(base().rules(rule("r", all(is("q", "a"), not(is("speed", "fast"))), 1, "c"))))
                .extracting(Problem::path, Problem::message)
                .containsExactly(tuple("/rules/0/when/all/1/not/speed", "unknown question 'speed' (questions: q)"));
    }

    @Test
    void rejectsAConditionOnAnUnknownValue() {
        assertThat(problems(base().rules(rule("r", is("q", "a", "z"), 1, "c"))))
                .extracting(Problem::path, Problem::message)
                .containsExactly(tuple("/rules/0/when/q", "'z' is not an option of 'q' (allowed: a, b)"));
    }

    @Test
    void rejectsAnEffectOnAnUnknownLanguage() {
        assertThat(problems(base().rules(rule("r", is("q", "a"), 1, Map.of("cobol", 2), "c"))))
                .extracting(Problem::path, Problem::message)
                .containsExactly(tuple("/rules/0/languages/cobol", "unknown language 'cobol' (languages: rust, go)"));
    }

    @Test
    void rejectsAnEffectOnRustUnderLanguages() {
        assertThat(problems(base().rules(rule("r", is("q", "a"), 1, Map.of("rust", 2), "c"))))
                .extracting(Problem::path)
                .containsExactly("/rules/0/languages/rust");
    }

    @Test
    void rejectsARuleWithoutClaims() {
        assertThat(problems(base().rules(rule("r", is("q", "a"), 1))))
                .extracting(Problem::path, Problem::message)
                .containsExactly(tuple("/rules/0/claims", "rule 'r' cites no claim; every reason needs one"));
    }

    @Test
    void rejectsAnEmptyAllInARule() {
        assertThat(problems(base().rules(rule("r", new Condition.All(List.of()), 1, "c"))))
                .extracting(Problem::path, Problem::message)
                .containsExactly(tuple("/rules/0/when/all", "'all' needs at least one condition"));
    }

    @Test
    void rejectsUseRustBelowConsiderRust() {
        assertThat(problems(base().rules(rule("r", is("q", "a"), 1, "c")).thresholds(1, 2)))
                .extracting(Problem::path, Problem::message)
                .containsExactly(tuple("/verdicts/use-rust", "use-rust (1) must not be below consider-rust (2)"));
    }

    @Test
    void acceptsEqualThresholds() throws Exception {
        assertThat(base().rules(rule("r", is("q", "a"), 1, "c"))
                        .thresholds(2, 2)
                        .build()
                        .thresholds())
                .isEqualTo(new Thresholds(2, 2));
    }

    @Test
    void rejectsLanguagesWithoutRust() {
        var builder = base().rules(rule("r", is("q", "a"), 1, "c"));
        builder.languages.remove(0);

        assertThat(problems(builder))
                .extracting(Problem::path, Problem::message)
                .containsExactly(tuple("/languages", "the languages must include 'rust'"));
    }

    @Test
    void rejectsAQuestionNamedLikeAConditionKeyword() {
        var builder = base().questions(single("all", "x")).rules(rule("r", is("q", "a"), 1, "c"));

        assertThat(problems(builder)).extracting(Problem::path).containsExactly("/questions/1/id");
    }

    @Test
    void reportsEveryProblemNotOnlyTheFirst() {
        var builder = base().claims(claim("c"))
                .rules(rule("r", is("speed", "fast"), 1, "nope"), rule("s", is("q", "a"), 1))
                .thresholds(0, 5);

        assertThat(problems(builder))
                .extracting(Problem::path)
                .containsExactlyInAnyOrder(
                        "/claims/1/id",
                        "/rules/0/claims/0",
                        "/rules/0/when/speed",
                        "/rules/1/claims",
                        "/verdicts/use-rust");
    }

    @Test
    void anUncitedClaimIsAWarningNotAnError() throws Exception {
        var rules = base().claims(claim("lonely"))
                .rules(rule("r", is("q", "a"), 1, "c"))
                .build();

        assertThat(rules.warnings())
                .extracting(Problem::path, Problem::message)
                .containsExactly(tuple(
                        "/claims/1/id",
                        "claim 'lonely' is never cited by a rule or a language, nor listed as evidence"));
    }

    @Test
    void aQuestionNoRuleUsesIsAWarningNotAnError() throws Exception {
        var rules = base().questions(single("idle", "x"))
                .rules(rule("r", is("q", "a"), 1, "c"))
                .build();

        assertThat(rules.warnings()).extracting(Problem::path).containsExactly("/questions/1/id");
    }
}
