package io.github.shouldirust.core;

import static io.github.shouldirust.core.TinyRules.answers;
import static io.github.shouldirust.core.TinyRules.cap;
import static io.github.shouldirust.core.TinyRules.capped;
import static io.github.shouldirust.core.TinyRules.fixed;
import static io.github.shouldirust.core.TinyRules.is;
import static io.github.shouldirust.core.TinyRules.language;
import static io.github.shouldirust.core.TinyRules.only;
import static io.github.shouldirust.core.TinyRules.rule;
import static io.github.shouldirust.core.TinyRules.single;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Caps and picks in the engine: a fired cap lowers the verdict and narrows the languages, picks break ties
 * in fit, and the what-if and open-question analyses give the verdicts the evaluator would, caps included.
 */
class CapTest {

    // ---------------------------------------------------------------- the verdict

    /**
     * latency (critical: +8, low: -2) decides the score, thresholds 6 and 0; experience (first-language,
     * seasoned) scores nothing, so only the extra rules' caps can tie the verdict to it.
     */
    private static RuleSet profile(Rule... extra) throws InvalidRulesException {
        return TinyRules.builder()
                .languages(language("go"), language("python"), language("java"))
                .questions(single("latency", "critical", "low"), single("experience", "first-language", "seasoned"))
                .rules(rule("fast", is("latency", "critical"), 8, "c"), rule("slow", is("latency", "low"), -2, "c"))
                .rules(extra)
                .build();
    }

    private static Rule beginner(Verdict atMost) {
        return capped("beginner", is("experience", "first-language"), 0, cap(atMost));
    }

    /** A cap to avoid-rust turns a use-rust score into avoid-rust, and an alternative is recommended. */
    @Test
    void aCapToAvoidRustOverrulesAUseRustScore() throws Exception {
        var result = Evaluator.evaluate(
                profile(beginner(Verdict.AVOID_RUST)), answers("latency", "critical", "experience", "first-language"));

        assertThat(result.score()).isEqualTo(8);
        assertThat(result.scoreVerdict()).isEqualTo(Verdict.USE_RUST);
        assertThat(result.verdict()).isEqualTo(Verdict.AVOID_RUST);
        assertThat(result.capped()).isTrue();
        assertThat(result.binding()).extracting(Rule::id).containsExactly("beginner");
        assertThat(result.limits()).extracting(Rule::id).containsExactly("beginner");
        assertThat(result.recommendation().id()).isEqualTo("go");
    }

    /** A cap to consider-rust turns a use-rust score into consider-rust; Rust is still the language. */
    @Test
    void aCapToConsiderRustOverrulesAUseRustScore() throws Exception {
        var result = Evaluator.evaluate(
                profile(beginner(Verdict.CONSIDER_RUST)),
                answers("latency", "critical", "experience", "first-language"));

        assertThat(result.scoreVerdict()).isEqualTo(Verdict.USE_RUST);
        assertThat(result.verdict()).isEqualTo(Verdict.CONSIDER_RUST);
        assertThat(result.capped()).isTrue();
        assertThat(result.binding()).extracting(Rule::id).containsExactly("beginner");
        assertThat(result.recommendation().isRust()).isTrue();
    }

    /** A fired cap above the score's verdict is listed as a limit, but the verdict is the score's. */
    @Test
    void aCapThatDoesNotBindLeavesTheVerdict() throws Exception {
        var result = Evaluator.evaluate(
                profile(beginner(Verdict.CONSIDER_RUST)), answers("latency", "low", "experience", "first-language"));

        assertThat(result.verdict()).isEqualTo(Verdict.AVOID_RUST).isEqualTo(result.scoreVerdict());
        assertThat(result.capped()).isFalse();
        assertThat(result.binding()).isEmpty();
        assertThat(result.limits()).extracting(Rule::id).containsExactly("beginner");
    }

    /** A cap at exactly the verdict the score gives does not bind either. */
    @Test
    void aCapAtTheScoresOwnVerdictDoesNotBind() throws Exception {
        var result = Evaluator.evaluate(
                profile(beginner(Verdict.AVOID_RUST)), answers("latency", "low", "experience", "first-language"));

        assertThat(result.verdict()).isEqualTo(Verdict.AVOID_RUST);
        assertThat(result.capped()).isFalse();
        assertThat(result.binding()).isEmpty();
    }

    /** A cap whose rule does not fire limits nothing and is not listed. */
    @Test
    void aCapThatDoesNotFireChangesNothing() throws Exception {
        var result = Evaluator.evaluate(
                profile(beginner(Verdict.AVOID_RUST)), answers("latency", "critical", "experience", "seasoned"));

        assertThat(result.verdict()).isEqualTo(Verdict.USE_RUST);
        assertThat(result.capped()).isFalse();
        assertThat(result.limits()).isEmpty();
        assertThat(result.binding()).isEmpty();
        assertThat(result.recommendation().isRust()).isTrue();
    }

    /** Two fired caps give the lower of the two, whichever the rules file lists first. */
    @Test
    void twoCapsGiveTheLowerWhicheverComesFirst() throws Exception {
        var consider = capped("consider-cap", is("experience", "first-language"), 0, cap(Verdict.CONSIDER_RUST));
        var avoid = capped("avoid-cap", is("experience", "first-language"), 0, cap(Verdict.AVOID_RUST));
        var answers = answers("latency", "critical", "experience", "first-language");

        var considerFirst = Evaluator.evaluate(profile(consider, avoid), answers);
        var avoidFirst = Evaluator.evaluate(profile(avoid, consider), answers);

        assertThat(considerFirst.verdict()).isEqualTo(Verdict.AVOID_RUST);
        assertThat(avoidFirst.verdict()).isEqualTo(Verdict.AVOID_RUST);
        // Both hold the verdict below the score's use-rust.
        assertThat(considerFirst.binding()).extracting(Rule::id).containsExactly("consider-cap", "avoid-cap");
    }

    /** Of two fired caps only the one below the score's verdict binds. */
    @Test
    void onlyTheCapsBelowTheScoresVerdictBind() throws Exception {
        var rules = TinyRules.builder()
                .questions(single("q", "a"))
                .rules(
                        rule("middling", is("q", "a"), 3, "c"),
                        capped("to-consider", is("q", "a"), 0, cap(Verdict.CONSIDER_RUST)),
                        capped("to-avoid", is("q", "a"), 0, cap(Verdict.AVOID_RUST)))
                .build();

        var result = Evaluator.evaluate(rules, answers("q", "a"));

        assertThat(result.scoreVerdict()).isEqualTo(Verdict.CONSIDER_RUST);
        assertThat(result.verdict()).isEqualTo(Verdict.AVOID_RUST);
        assertThat(result.limits()).extracting(Rule::id).containsExactly("to-consider", "to-avoid");
        assertThat(result.binding()).extracting(Rule::id).containsExactly("to-avoid");
    }

    // ---------------------------------------------------------------- narrowing the languages

    /** kind=script scores -5 and fits go best (5), then python (2), then java (1). */
    private static RuleSet narrowing(Rule... caps) throws InvalidRulesException {
        return TinyRules.builder()
                .languages(language("go"), language("python"), language("java"))
                .questions(single("kind", "script", "service"))
                .rules(rule("script", is("kind", "script"), -5, Map.of("go", 5, "python", 2, "java", 1), "c"))
                .rules(caps)
                .build();
    }

    private static List<String> ranked(Evaluation result) {
        return result.alternatives().stream().map(fit -> fit.language().id()).toList();
    }

    /** A cap naming one language makes it the recommendation, though another language fits better. */
    @Test
    void theRecommendationIsAnAllowedLanguageEvenWhenAnotherFitsBetter() throws Exception {
        var result = Evaluator.evaluate(
                narrowing(capped("python-only", is("kind", "script"), 0, cap(Verdict.AVOID_RUST, "python"))),
                answers("kind", "script"));

        assertThat(result.recommendation().id()).isEqualTo("python");
        assertThat(ranked(result)).containsExactly("python", "go", "java");
        assertThat(result.alternatives()).extracting(LanguageFit::allowed).containsExactly(true, false, false);
        assertThat(result.ranking().decidedBy()).isEqualTo(Ranking.DecidedBy.LIMIT);
        assertThat(result.ranking().tiedWith()).isEmpty();
    }

    /** A cap that names languages but no verdict reorders the alternatives and leaves the verdict alone. */
    @Test
    void aCapOnLanguagesAloneLeavesTheVerdict() throws Exception {
        var result = Evaluator.evaluate(
                profile(capped("python-only", is("experience", "first-language"), 0, only("python"))),
                answers("latency", "critical", "experience", "first-language"));

        assertThat(result.verdict()).isEqualTo(Verdict.USE_RUST);
        assertThat(result.capped()).isFalse();
        assertThat(result.binding()).isEmpty();
        assertThat(result.limits()).extracting(Rule::id).containsExactly("python-only");
        assertThat(result.recommendation().isRust()).isTrue();
        assertThat(ranked(result)).containsExactly("python", "go", "java");
    }

    /** Two narrowing caps leave only the languages both name. */
    @Test
    void twoNarrowingCapsLeaveTheLanguagesBothName() throws Exception {
        var result = Evaluator.evaluate(
                narrowing(
                        capped("python-or-java", is("kind", "script"), 0, cap(Verdict.AVOID_RUST, "python", "java")),
                        capped("java-or-go", is("kind", "script"), 0, only("java", "go"))),
                answers("kind", "script"));

        assertThat(result.recommendation().id()).isEqualTo("java");
        assertThat(ranked(result)).containsExactly("java", "go", "python");
        assertThat(result.alternatives()).extracting(LanguageFit::allowed).containsExactly(true, false, false);
        assertThat(result.ranking().decidedBy()).isEqualTo(Ranking.DecidedBy.LIMIT);
    }

    /**
     * Caps that share no language would leave nothing: the later one in rule order decides, so that a layer
     * (whose rules come after those it extends) overrides the essay.
     */
    @Test
    void ofDisjointNarrowingCapsTheLaterOneDecides() throws Exception {
        var javaOnly = capped("java-only", is("kind", "script"), 0, cap(Verdict.AVOID_RUST, "java"));
        var pythonOnly = capped("python-only", is("kind", "script"), 0, only("python"));

        var pythonLast = Evaluator.evaluate(narrowing(javaOnly, pythonOnly), answers("kind", "script"));
        var javaLast = Evaluator.evaluate(narrowing(pythonOnly, javaOnly), answers("kind", "script"));

        assertThat(pythonLast.recommendation().id()).isEqualTo("python");
        assertThat(ranked(pythonLast)).containsExactly("python", "go", "java");
        assertThat(pythonLast.alternatives()).extracting(LanguageFit::allowed).containsExactly(true, false, false);
        assertThat(pythonLast.ranking().decidedBy()).isEqualTo(Ranking.DecidedBy.LIMIT);
        assertThat(javaLast.recommendation().id()).isEqualTo("java");
        assertThat(ranked(javaLast)).containsExactly("java", "go", "python");
    }

    /** A narrowing cap whose rule does not fire leaves every language allowed. */
    @Test
    void aNarrowingCapThatDoesNotFireAllowsEveryLanguage() throws Exception {
        var result = Evaluator.evaluate(
                narrowing(capped("python-only", is("kind", "service"), 0, cap(Verdict.AVOID_RUST, "python"))),
                answers("kind", "script"));

        assertThat(result.recommendation().id()).isEqualTo("go");
        assertThat(result.alternatives()).extracting(LanguageFit::allowed).containsOnly(true);
        assertThat(result.ranking().decidedBy()).isEqualTo(Ranking.DecidedBy.FIT);
    }

    // ---------------------------------------------------------------- ties in fit

    /** go, python and java in that order; q=a scores -5 and fires the rules given, q=b fires nothing. */
    private static Evaluation tie(Rule... rules) throws InvalidRulesException {
        var set = TinyRules.builder()
                .languages(language("go"), language("python"), language("java"))
                .questions(single("q", "a", "b"))
                .rules(rule("against", is("q", "a"), -5, "c"))
                .rules(rules)
                .build();
        return Evaluator.evaluate(set, answers("q", "a"));
    }

    private static Rule picks(
            String id, String question, Map<String, Integer> languages, List<String> team, List<String> essay) {
        return rule(id, is("q", question), 0, languages, Cap.none(), new Picks(team, essay));
    }

    /** At equal fit the team's language comes first, then the essay's pick, then the rules file's order. */
    @Test
    void theTeamsPickBeatsTheEssaysPickWhichBeatsFileOrder() throws Exception {
        var result = tie(picks("picks", "a", Map.of(), List.of("java"), List.of("python")));

        assertThat(ranked(result)).containsExactly("java", "python", "go");
        assertThat(result.recommendation().id()).isEqualTo("java");
        assertThat(result.ranking().decidedBy()).isEqualTo(Ranking.DecidedBy.TEAM);
        assertThat(result.alternatives()).extracting(LanguageFit::teamPick).containsExactly(true, false, false);
        assertThat(result.alternatives()).extracting(LanguageFit::essayPick).containsExactly(false, true, false);
    }

    /** Picks named by different fired rules count together. */
    @Test
    void picksFromSeveralFiredRulesCountTogether() throws Exception {
        var result = tie(
                picks("team", "a", Map.of(), List.of("java"), List.of()),
                picks("essay", "a", Map.of(), List.of(), List.of("python")));

        assertThat(ranked(result)).containsExactly("java", "python", "go");
        assertThat(result.ranking().decidedBy()).isEqualTo(Ranking.DecidedBy.TEAM);
    }

    /** With no team pick, the essay's pick beats the rules file's order. */
    @Test
    void theEssaysPickBeatsFileOrder() throws Exception {
        var result = tie(picks("picks", "a", Map.of(), List.of(), List.of("java")));

        assertThat(ranked(result)).containsExactly("java", "go", "python");
        assertThat(result.ranking().decidedBy()).isEqualTo(Ranking.DecidedBy.ESSAY);
        assertThat(result.ranking().tiedWith()).isEmpty();
    }

    /** Picks only break ties: a better fit wins over the team's language. */
    @Test
    void aBetterFitBeatsTheTeamsPick() throws Exception {
        var result = tie(picks("picks", "a", Map.of("go", 1), List.of("java"), List.of("java")));

        assertThat(ranked(result)).containsExactly("go", "java", "python");
        assertThat(result.ranking().decidedBy()).isEqualTo(Ranking.DecidedBy.FIT);
    }

    /** A cap's languages come before the team's own. */
    @Test
    void aCapBeatsTheTeamsPick() throws Exception {
        var result = tie(
                picks("picks", "a", Map.of(), List.of("java"), List.of()),
                capped("python-only", is("q", "a"), 0, cap(Verdict.AVOID_RUST, "python")));

        assertThat(ranked(result)).containsExactly("python", "java", "go");
        assertThat(result.ranking().decidedBy()).isEqualTo(Ranking.DecidedBy.LIMIT);
    }

    /** Picks of a rule that does not fire count for nothing. */
    @Test
    void picksOfARuleThatDoesNotFireCountForNothing() throws Exception {
        var result = tie(picks("picks", "b", Map.of(), List.of("java"), List.of("python")));

        assertThat(ranked(result)).containsExactly("go", "python", "java");
        assertThat(result.alternatives()).extracting(LanguageFit::teamPick).containsOnly(false);
        assertThat(result.ranking().decidedBy()).isEqualTo(Ranking.DecidedBy.TIE);
    }

    /** When nothing separates the best languages, the result says so and names every one level with it. */
    @Test
    void aTieThatIsLeftIsReportedWithTheLanguagesLevelWithTheFirst() throws Exception {
        var all = tie();

        assertThat(all.recommendation().id()).isEqualTo("go");
        assertThat(all.ranking().decidedBy()).isEqualTo(Ranking.DecidedBy.TIE);
        assertThat(all.ranking().tiedWith()).extracting(Language::id).containsExactly("python", "java");

        var two = tie(picks("fits", "a", Map.of("go", 2, "java", 2), List.of(), List.of()));

        assertThat(ranked(two)).containsExactly("go", "java", "python");
        assertThat(two.ranking().decidedBy()).isEqualTo(Ranking.DecidedBy.TIE);
        assertThat(two.ranking().tiedWith()).extracting(Language::id).containsExactly("java");
    }

    /** A tie only among languages after the first is no tie for the recommendation. */
    @Test
    void aTieBehindTheFirstIsNotReported() throws Exception {
        var result = tie(picks("fits", "a", Map.of("java", 1), List.of(), List.of()));

        assertThat(ranked(result)).containsExactly("java", "go", "python");
        assertThat(result.ranking().decidedBy()).isEqualTo(Ranking.DecidedBy.FIT);
        assertThat(result.ranking().tiedWith()).isEmpty();
    }

    /** With one alternative there is nothing to rank it against. */
    @Test
    void aSingleAlternativeStandsAlone() throws Exception {
        var rules = TinyRules.builder()
                .languages(language("go"))
                .questions(single("q", "a"))
                .rules(rule("against", is("q", "a"), -5, "c"))
                .build();

        var result = Evaluator.evaluate(rules, answers("q", "a"));

        assertThat(result.recommendation().id()).isEqualTo("go");
        assertThat(result.ranking().decidedBy()).isEqualTo(Ranking.DecidedBy.ALONE);
    }

    // ---------------------------------------------------------------- what-if and open questions

    private static WhatIf whatIf(Verdict verdict, int score, String... questionThenValue) {
        var changes = new LinkedHashMap<String, List<String>>();
        for (int i = 0; i < questionThenValue.length; i += 2) {
            changes.put(questionThenValue[i], List.of(questionThenValue[i + 1]));
        }
        return new WhatIf(changes, verdict, score);
    }

    /** Every what-if gives, evaluated in full, the verdict it claims. */
    private static void assertEachWhatIfHolds(Report report) {
        var result = report.result();
        for (var whatIf : report.whatIf()) {
            var changed = Evaluator.evaluate(result.rules(), whatIf.applyTo(result.answers()));
            assertThat(changed.verdict()).as("%s", whatIf).isEqualTo(whatIf.verdict());
            assertThat(changed.score()).as("%s", whatIf).isEqualTo(whatIf.score());
        }
    }

    /**
     * critical latency would score use-rust, but the beginner's cap still holds: the what-if does not offer
     * it alone, only together with the answer that lifts the cap.
     */
    @Test
    void whatIfNeverOffersAChangeThatACapWouldOverrule() throws Exception {
        var result = Evaluator.evaluate(
                profile(beginner(Verdict.AVOID_RUST)), answers("latency", "low", "experience", "first-language"));

        var report = Report.of(result);

        assertThat(report.whatIf())
                .containsExactly(whatIf(Verdict.USE_RUST, 8, "latency", "critical", "experience", "seasoned"));
        assertEachWhatIfHolds(report);
    }

    /** When a cap alone holds the verdict down, the what-if offers the answer that stops it firing. */
    @Test
    void whatIfOffersLiftingACapOnAQuestionTheUserCanChange() throws Exception {
        var result = Evaluator.evaluate(
                profile(beginner(Verdict.AVOID_RUST)), answers("latency", "critical", "experience", "first-language"));

        var report = Report.of(result);

        assertThat(report.whatIf()).containsExactly(whatIf(Verdict.USE_RUST, 8, "experience", "seasoned"));
        assertEachWhatIfHolds(report);
    }

    /** Under a cap to consider-rust, lifting it and lowering the score are each offered. */
    @Test
    void whatIfUnderACapToConsiderRustOffersBothWays() throws Exception {
        var result = Evaluator.evaluate(
                profile(beginner(Verdict.CONSIDER_RUST)),
                answers("latency", "critical", "experience", "first-language"));

        var report = Report.of(result);

        assertThat(report.whatIf())
                .containsExactly(
                        whatIf(Verdict.USE_RUST, 8, "experience", "seasoned"),
                        whatIf(Verdict.AVOID_RUST, -2, "latency", "low"));
        assertEachWhatIfHolds(report);
    }

    /** A cap on a fixed question (what is being built) is never offered as something to change. */
    @Test
    void whatIfNeverLiftsACapOnAFixedQuestion() throws Exception {
        var building = fixed("building", "script", "service");
        var rules = TinyRules.builder()
                .languages(language("python"))
                .questions(building, single("latency", "critical", "low"))
                .rules(
                        rule("fast", is("latency", "critical"), 8, "c"),
                        capped("script", is("building", "script"), 0, cap(Verdict.AVOID_RUST)))
                .build();
        var result = Evaluator.evaluate(rules, answers("building", "script", "latency", "critical"));

        var report = Report.of(result);

        assertThat(result.verdict()).isEqualTo(Verdict.AVOID_RUST);
        assertThat(report.whatIf()).isEmpty();
    }

    /** An open question that could fire a cap can change the verdict, though it moves no score. */
    @Test
    void anOpenQuestionThatCouldFireACapCanChangeTheVerdict() throws Exception {
        var result = Evaluator.evaluate(profile(beginner(Verdict.AVOID_RUST)), answers("latency", "critical"));

        var report = Report.of(result);

        assertThat(result.verdict()).isEqualTo(Verdict.USE_RUST);
        assertThat(report.openQuestions()).singleElement().satisfies(impact -> {
            assertThat(impact.question().id()).isEqualTo("experience");
            assertThat(impact.minScore()).isEqualTo(8);
            assertThat(impact.maxScore()).isEqualTo(8);
            assertThat(impact.verdicts()).containsExactly(Verdict.USE_RUST, Verdict.AVOID_RUST);
            assertThat(impact.couldChange(Verdict.USE_RUST)).isTrue();
        });
    }

    /** An open question whose answers all stay under a fired cap cannot change the verdict. */
    @Test
    void anOpenQuestionHeldUnderAFiredCapCannotChangeTheVerdict() throws Exception {
        var result = Evaluator.evaluate(profile(beginner(Verdict.AVOID_RUST)), answers("experience", "first-language"));

        var report = Report.of(result);

        assertThat(report.openQuestions()).singleElement().satisfies(impact -> {
            assertThat(impact.question().id()).isEqualTo("latency");
            assertThat(impact.minScore()).isEqualTo(-2);
            assertThat(impact.maxScore()).isEqualTo(8);
            assertThat(impact.verdicts()).containsExactly(Verdict.AVOID_RUST);
            assertThat(impact.couldChange(result.verdict())).isFalse();
        });
    }
}
