package io.github.shouldirust.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.shouldirust.load.RulesLoader;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How a team's answers combine (issue 16), case by case; ComparisonPropertyTest holds it for random teams. */
class TeamAnswersTest {
    private static RuleSet rules() throws Exception {
        return RulesLoader.bundled();
    }

    private static Answers answers(String question, String... values) {
        return Answers.of(Map.of(question, List.of(values)));
    }

    @Test
    void anEvenSplitOnAScaleTakesTheAnswerMidwayAndIsReportedAsATie() throws Exception {
        // latency: critical, important, unimportant; critical is Rust's end.
        var combined = TeamAnswers.combine(
                rules(), List.of(answers("latency", "critical"), answers("latency", "unimportant")));

        assertThat(combined.answers().get("latency")).containsExactly("important");
        assertThat(combined.ties()).containsEntry("latency", List.of(List.of("critical"), List.of("unimportant")));
    }

    @Test
    void anEvenSplitBetweenNeighboursTakesTheOneLessInRustsFavour() throws Exception {
        var combined =
                TeamAnswers.combine(rules(), List.of(answers("latency", "critical"), answers("latency", "important")));

        assertThat(combined.answers().get("latency")).containsExactly("important");
        assertThat(combined.ties()).containsKey("latency");
    }

    @Test
    void anOddCountTakesTheMiddleAnswerWithNoTie() throws Exception {
        var combined = TeamAnswers.combine(
                rules(),
                List.of(
                        answers("latency", "critical"),
                        answers("latency", "critical"),
                        answers("latency", "unimportant")));

        assertThat(combined.answers().get("latency")).containsExactly("critical");
        assertThat(combined.ties()).isEmpty();
    }

    @Test
    void aMultiChoiceQuestionTakesTheOptionsMoreThanHalfTicked() throws Exception {
        var combined = TeamAnswers.combine(
                rules(),
                List.of(
                        answers("team-languages", "go", "rust"),
                        answers("team-languages", "go"),
                        answers("team-languages", "python", "rust")));

        assertThat(combined.answers().get("team-languages")).containsExactly("go", "rust");
    }

    @Test
    void noMajorityLeavesAMultiChoiceQuestionOpen() throws Exception {
        var combined = TeamAnswers.combine(
                rules(), List.of(answers("team-languages", "go"), answers("team-languages", "rust")));

        assertThat(combined.answers().isAnswered("team-languages")).isFalse();
    }

    @Test
    void aDisagreementMattersWhenTheTeamsOwnAnswerLeadsElsewhere() throws Exception {
        // Nobody's multi-choice answer has a majority, so the team's is open: each person's still counts.
        var rules = rules();
        var ana = new Comparison.Member(
                "Ana",
                new AnswerSheet(
                        rules.check(Map.of("building", List.of("os"), "team-languages", List.of("c-cpp"))), Set.of()));
        var bo = new Comparison.Member(
                "Bo",
                new AnswerSheet(
                        rules.check(Map.of("building", List.of("os"), "team-languages", List.of("rust"))), Set.of()));

        var comparison = Comparison.of(rules, List.of(ana, bo));
        var team = comparison.combinedReport().result().verdict();
        var languages = comparison.disagreements().stream()
                .filter(d -> d.question().id().equals("team-languages"))
                .findFirst()
                .orElseThrow();

        assertThat(languages.matters()).isEqualTo(languages.positions().stream().anyMatch(p -> p.verdict() != team));
    }
}
