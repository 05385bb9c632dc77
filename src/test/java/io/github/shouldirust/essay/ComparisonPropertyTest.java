package io.github.shouldirust.essay;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.shouldirust.core.AnswerSheet;
import io.github.shouldirust.core.Comparison;
import io.github.shouldirust.core.Evaluator;
import io.github.shouldirust.core.Question;
import io.github.shouldirust.core.RuleSet;
import io.github.shouldirust.load.RulesLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * compare (issue 16), over random teams of the bundled rules: what must hold for every team, not just
 * the examples.
 */
class ComparisonPropertyTest {
    private static final long BASE_SEED = 16_000_000L;
    private static final int TEAMS = 300;

    private static RuleSet rules;

    @BeforeAll
    static void load() throws Exception {
        rules = RulesLoader.bundled();
    }

    private static List<Comparison.Member> team(Random random) throws Exception {
        var members = new ArrayList<Comparison.Member>();
        int size = 1 + random.nextInt(6);
        for (int i = 0; i < size; i++) {
            var answers = rules.check(RandomAnswers.generate(rules, random));
            members.add(new Comparison.Member("p" + i, new AnswerSheet(answers, Set.of())));
        }
        return members;
    }

    @Test
    void aTeamOfOneFileTwiceHasNoDisagreementAndItsOwnVerdict() throws Exception {
        for (int i = 0; i < TEAMS; i++) {
            var person = team(new Random(BASE_SEED + i)).get(0);
            var twice = Comparison.of(rules, List.of(person, person));

            assertThat(twice.disagreements()).as("seed %d", BASE_SEED + i).isEmpty();
            assertThat(twice.combined().answers()).isEqualTo(person.sheet().answers());
            assertThat(twice.combinedReport().result().verdict())
                    .isEqualTo(
                            Evaluator.evaluate(rules, person.sheet().answers()).verdict());
        }
    }

    @Test
    void theCombinedAnswerIsTheMedianMajorityOrMostCommonAnswer() throws Exception {
        for (int i = 0; i < TEAMS; i++) {
            var members = team(new Random(BASE_SEED + i));
            var combined = Comparison.of(rules, members).combined().answers();
            for (var question : rules.questions()) {
                var given = members.stream()
                        .map(m -> m.sheet().answers())
                        .filter(a -> a.isAnswered(question.id()))
                        .map(a -> a.get(question.id()))
                        .toList();
                var answer = combined.get(question.id());
                if (given.isEmpty()) {
                    assertThat(answer).as("nobody answered %s", question.id()).isEmpty();
                } else if (question.isMulti()) {
                    for (var value : question.values()) {
                        long votes =
                                given.stream().filter(g -> g.contains(value)).count();
                        assertThat(answer.contains(value))
                                .as("%s %s", question.id(), value)
                                .isEqualTo(votes * 2 > given.size());
                    }
                } else if (question.rustFavours() != Question.Scale.NONE) {
                    // A median: at most half the answers lie on either side of it.
                    var values = question.values();
                    int at = values.indexOf(answer.get(0));
                    long below = given.stream()
                            .filter(g -> values.indexOf(g.get(0)) < at)
                            .count();
                    long above = given.stream()
                            .filter(g -> values.indexOf(g.get(0)) > at)
                            .count();
                    assertThat(below * 2).as("median of %s", question.id()).isLessThanOrEqualTo(given.size());
                    assertThat(above * 2).as("median of %s", question.id()).isLessThanOrEqualTo(given.size());
                } else {
                    long count = given.stream().filter(answer::equals).count();
                    assertThat(given.stream()
                                    .mapToLong(g ->
                                            given.stream().filter(g::equals).count())
                                    .max()
                                    .orElseThrow())
                            .as("most common %s", question.id())
                            .isEqualTo(count);
                }
            }
        }
    }

    @Test
    void aDisagreementMattersExactlyWhenAnAnswerGivenLeadsElsewhereThanTheTeamsVerdict() throws Exception {
        for (int i = 0; i < TEAMS; i++) {
            var comparison = Comparison.of(rules, team(new Random(BASE_SEED + i)));
            var combined = comparison.combined().answers();
            var team = Evaluator.evaluate(rules, combined).verdict();
            for (var disagreement : comparison.disagreements()) {
                var elsewhere = disagreement.positions().stream()
                        .anyMatch(p -> Evaluator.evaluate(
                                                rules,
                                                combined.with(
                                                        disagreement.question().id(), p.answer()))
                                        .verdict()
                                != team);
                assertThat(disagreement.matters()).isEqualTo(elsewhere);
                assertThat(disagreement.positions()).hasSizeGreaterThan(1);
                assertThat(disagreement.positions().stream()
                                        .mapToInt(p -> p.people().size())
                                        .sum()
                                + disagreement.undecided().size())
                        .isEqualTo(comparison.people().size());
            }
        }
    }
}
