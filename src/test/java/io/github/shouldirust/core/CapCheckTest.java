package io.github.shouldirust.core;

import static io.github.shouldirust.core.TinyRules.any;
import static io.github.shouldirust.core.TinyRules.cap;
import static io.github.shouldirust.core.TinyRules.capped;
import static io.github.shouldirust.core.TinyRules.is;
import static io.github.shouldirust.core.TinyRules.language;
import static io.github.shouldirust.core.TinyRules.latency;
import static io.github.shouldirust.core.TinyRules.multi;
import static io.github.shouldirust.core.TinyRules.not;
import static io.github.shouldirust.core.TinyRules.only;
import static io.github.shouldirust.core.TinyRules.rule;
import static io.github.shouldirust.core.TinyRules.single;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * RuleSetChecker on caps: a cap that never binds (a warning), caps that leave no language, examples a cap
 * contradicts, caps against a question's scale, and verdicts a cap puts out of reach, or within reach. Each
 * finding at its exact JSON pointer with its exact message; a clean set with caps gives none.
 */
class CapCheckTest {

    /**
     * RuleSetCheckerTest's clean set (scores from -4 to +8, thresholds 6 and 0) plus experience, and a cap
     * that binds: a first language keeps Rust at avoid-rust and recommends python.
     */
    private static TinyRules.Builder clean() {
        return TinyRules.builder()
                .languages(language("go"), language("python"))
                .questions(
                        single("q", "a", "b"),
                        multi("m", "x", "y", "none"),
                        latency(),
                        single("experience", "first-language", "seasoned"))
                .rules(
                        rule("fast", is("latency", "critical"), 5, "c"),
                        rule("slow", is("latency", "unimportant"), -4, "c"),
                        rule("x", is("m", "x"), 3, "c"),
                        rule("a", is("q", "a"), 0, "c"),
                        capped("beginner", is("experience", "first-language"), 0, cap(Verdict.AVOID_RUST, "python")));
    }

    /** A layer's cap that shares no language with the clean set's beginner cap, and fires with it. */
    private static Rule policyGoForBeginners() {
        return new Rule(
                "policy-go",
                is("experience", "first-language"),
                0,
                Map.of(),
                "Text of policy-go.",
                List.of("c"),
                only("go"),
                Picks.none(),
                "acme-policy.yaml");
    }

    private static List<Problem> check(TinyRules.Builder builder) throws InvalidRulesException {
        return RuleSetChecker.check(builder.build());
    }

    private static List<Problem> check(TinyRules.Builder builder, Example... examples) throws InvalidRulesException {
        return RuleSetChecker.check(builder.build().withExamples(List.of(examples)));
    }

    /** An example: {@code example("name", Verdict, "go", "q", "a", ...)}; language may be null. */
    private static Example example(String name, Verdict verdict, String language, String... questionThenValues) {
        var answers = new LinkedHashMap<String, List<String>>();
        for (int i = 0; i < questionThenValues.length; i += 2) {
            answers.put(questionThenValues[i], List.of(questionThenValues[i + 1].split(",")));
        }
        return new Example(name, answers, verdict, Optional.ofNullable(language), "tiny.yaml");
    }

    @Test
    void findsNothingOnACleanSetWithACap() throws Exception {
        assertThat(check(clean())).isEmpty();
    }

    // ---------------------------------------------------------------- caps that never bind

    /** Unimportant latency scores at most -1, so a cap to consider-rust there never binds: a warning. */
    @Test
    void aCapThatNeverBindsIsAWarning() throws Exception {
        var builder = clean().rules(capped("timid", is("latency", "unimportant"), 0, cap(Verdict.CONSIDER_RUST)));

        assertThat(check(builder))
                .extracting(Problem::isError, Problem::path, Problem::message)
                .containsExactly(tuple(
                        false,
                        "/rules/5/cap/at-most",
                        "the cap of rule 'timid' never binds: whenever it fires, the "
                                + "score stays below +6 anyway, so the verdict is consider-rust or lower without it"));
    }

    /**
     * A cap that binds on only some of the answers it fires on is worth having: with important latency the
     * score reaches +3 (m=x), above consider-rust's 0. Firing on the end of latency's scale away from Rust,
     * it keeps the scale too (see the section on scales below).
     */
    @Test
    void aCapThatBindsOnSomeAnswersAndKeepsTheScaleIsNotReported() throws Exception {
        var builder = clean().rules(
                        capped("unhurried", is("latency", "important", "unimportant"), 0, cap(Verdict.AVOID_RUST)));

        assertThat(check(builder)).isEmpty();
    }

    /** A cap on languages alone has no verdict to bind. */
    @Test
    void aCapOnLanguagesAloneIsNotReportedAsNeverBinding() throws Exception {
        var builder = clean().rules(capped("go-for-slow", is("latency", "unimportant"), 0, only("go", "python")));

        assertThat(check(builder)).isEmpty();
    }

    // ---------------------------------------------------------------- no language left

    /** Two caps of one file that can fire together and name no language in common: one is lost. */
    @Test
    void capsThatFireTogetherWithNoLanguageInCommonAreAnError() throws Exception {
        var builder = clean().rules(capped("go-only", is("experience", "first-language"), 0, only("go")));

        assertThat(check(builder))
                .extracting(Problem::isError, Problem::path, Problem::message)
                .containsExactly(tuple(
                        true,
                        "/rules/5/cap/languages",
                        "rules 'beginner' and 'go-only' can fire together, and their "
                                + "caps share no language (python / go): only the later one would count"));
    }

    /** Across layers a later cap overriding an earlier one is the point of a layer, not a mistake. */
    @Test
    void disjointCapsFromDifferentFilesAreFine() throws Exception {
        var builder = clean().rules(policyGoForBeginners());

        assertThat(check(builder)).isEmpty();
    }

    /** Disjoint caps that never fire on the same answers are fine. */
    @Test
    void disjointCapsThatNeverFireTogetherAreFine() throws Exception {
        var builder = clean().rules(capped("go-only", is("experience", "seasoned"), 0, only("go")));

        assertThat(check(builder)).isEmpty();
    }

    /** Caps that share a language leave it to recommend. */
    @Test
    void capsSharingALanguageAreFine() throws Exception {
        var builder =
                clean().rules(capped("go-or-python", is("experience", "first-language"), 0, only("go", "python")));

        assertThat(check(builder)).isEmpty();
    }

    // ---------------------------------------------------------------- examples against caps

    /** An example that expects a verdict above a cap firing on its answers can never pass. */
    @Test
    void anExampleExpectingMoreThanAFiringCapAllowsIsAnError() throws Exception {
        var problems = check(
                clean(),
                example("seasoned", Verdict.USE_RUST, null, "latency", "critical", "experience", "seasoned"),
                example(
                        "beginner wants rust",
                        Verdict.USE_RUST,
                        null,
                        "latency",
                        "critical",
                        "m",
                        "x",
                        "experience",
                        "first-language"),
                example("beginner considers rust", Verdict.CONSIDER_RUST, null, "experience", "first-language"));

        assertThat(problems)
                .extracting(Problem::isError, Problem::path, Problem::message)
                .containsExactly(
                        tuple(
                                true,
                                "/examples/1/verdict",
                                "example 'beginner wants rust' expects use-rust, but rule "
                                        + "'beginner' caps these answers at avoid-rust"),
                        tuple(
                                true,
                                "/examples/2/verdict",
                                "example 'beginner considers rust' expects consider-rust, but "
                                        + "rule 'beginner' caps these answers at avoid-rust"));
    }

    /** An example that expects a language a firing cap leaves out can never pass. */
    @Test
    void anExampleExpectingALanguageAFiringCapExcludesIsAnError() throws Exception {
        var problems =
                check(clean(), example("beginner in go", Verdict.AVOID_RUST, "go", "experience", "first-language"));

        assertThat(problems)
                .extracting(Problem::isError, Problem::path, Problem::message)
                .containsExactly(tuple(
                        true,
                        "/examples/0/language",
                        "example 'beginner in go' expects go, but rule 'beginner' "
                                + "allows only python on these answers"));
    }

    /** Examples that agree with the caps, or whose answers fire none, are fine. */
    @Test
    void examplesThatAgreeWithTheCapsAreFine() throws Exception {
        var problems = check(
                clean(),
                example("beginner in python", Verdict.AVOID_RUST, "python", "experience", "first-language"),
                example("beginner, no language", Verdict.AVOID_RUST, null, "experience", "first-language"),
                example(
                        "seasoned in go",
                        Verdict.AVOID_RUST,
                        "go",
                        "latency",
                        "unimportant",
                        "experience",
                        "seasoned"));

        assertThat(problems).isEmpty();
    }

    /**
     * A layer's cap overrides the cap it shares no language with, so an example that expects the layer's
     * language is right, as the evaluator confirms.
     */
    @Test
    void anExampleExpectingALanguageALaterLayersCapAllowsIsFine() throws Exception {
        var builder = clean().rules(policyGoForBeginners());
        var example = example("beginner at acme", Verdict.AVOID_RUST, "go", "experience", "first-language");
        var rules = builder.build().withExamples(List.of(example));

        var result = Evaluator.evaluate(rules, rules.check(example.answers()));

        assertThat(result.recommendation().id()).isEqualTo("go");
        assertThat(RuleSetChecker.check(rules)).isEmpty();
    }

    // ---------------------------------------------------------------- caps and rust-favours scales

    /** A cap is held to a scale like a rule against Rust: it must not start firing toward Rust's end. */
    @Test
    void aCapThatStartsFiringTowardRustBreaksTheScale() throws Exception {
        var builder = clean().rules(capped("rushed", is("latency", "important"), 0, cap(Verdict.AVOID_RUST)));

        assertThat(check(builder))
                .extracting(Problem::isError, Problem::path, Problem::message)
                .containsExactly(tuple(
                        true,
                        "/rules/5/when",
                        "rule 'rushed' (cap avoid-rust) goes against the scale of 'latency': "
                                + "moving it toward critical, which favours Rust, can make it fire"));
    }

    // A cap on the end of a scale away from Rust keeps it: aCapThatBindsOnSomeAnswersAndKeepsTheScaleIsNotReported.

    // ---------------------------------------------------------------- verdicts out of reach

    /** m=x lifts the score to +6 only where a cap to consider-rust fires, so use-rust is out of reach. */
    @Test
    void useRustIsUnreachableWhenACapFiresWhereverTheScoreIsHighEnough() throws Exception {
        var builder = clean().rules(capped("x-capped", is("m", "x"), 0, cap(Verdict.CONSIDER_RUST)));

        assertThat(check(builder))
                .extracting(Problem::isError, Problem::path, Problem::message)
                .containsExactly(tuple(
                        true,
                        "/verdicts/use-rust",
                        "no answers reach use-rust: the highest possible score that no cap "
                                + "holds back is +5, below +6"));
    }

    /** A cap that fires on every answer keeps the verdict below use-rust whatever the score. */
    @Test
    void useRustIsUnreachableWhenACapAlwaysFires() throws Exception {
        var builder =
                clean().rules(capped("always", any(is("q", "a"), not(is("q", "a"))), 0, cap(Verdict.CONSIDER_RUST)));

        assertThat(check(builder))
                .extracting(Problem::isError, Problem::path, Problem::message)
                .containsExactly(
                        tuple(true, "/verdicts/use-rust", "no answers reach use-rust: a cap holds back every answer"));
    }

    /** Without the cap the same set reaches use-rust: the error above is the cap's doing. */
    @Test
    void theSameSetWithoutTheCapReachesUseRust() throws Exception {
        var builder = clean().rules(rule("x-again", is("m", "x"), 0, "c"));

        assertThat(check(builder)).isEmpty();
    }

    /** Scores never fall below -4, but a cap to avoid-rust can fire: avoid-rust is within reach. */
    @Test
    void avoidRustReachableOnlyThroughACapIsNoError() throws Exception {
        assertThat(check(clean().thresholds(6, -4))).isEmpty();
    }

    /** A cap to consider-rust does not bring avoid-rust within reach. */
    @Test
    void aCapToConsiderRustDoesNotReachAvoidRust() throws Exception {
        var builder = TinyRules.builder()
                .languages(language("go"))
                .questions(latency(), single("experience", "first-language", "seasoned"))
                .rules(
                        rule("fast", is("latency", "critical"), 5, "c"),
                        rule("slow", is("latency", "unimportant"), -4, "c"),
                        capped("beginner", is("experience", "first-language"), 0, cap(Verdict.CONSIDER_RUST)))
                .thresholds(5, -4);

        assertThat(check(builder))
                .extracting(Problem::isError, Problem::path, Problem::message)
                .containsExactly(tuple(
                        true,
                        "/verdicts/consider-rust",
                        "no answers give avoid-rust: the lowest possible score is -4, not below -4"));
    }
}
