package io.github.shouldirust.essay;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.shouldirust.core.Answers;
import io.github.shouldirust.core.Evaluator;
import io.github.shouldirust.core.Outlook;
import io.github.shouldirust.core.RuleSet;
import java.util.LinkedHashMap;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The quiz played through nextQuestion, for seeded random complete profiles under the bundled rules and
 * under a policy layer: once the outlook says settled, the verdict is the one the full answers give, and
 * the same answers always lead to the same next question. (bench/quiz-settle.sh plays 10,000.)
 */
class SettledPropertyTest {

    @ParameterizedTest
    @MethodSource("io.github.shouldirust.support.RuleSets#bundledAndLayered")
    void aSettledVerdictIsTheVerdictOfTheFullAnswers(RuleSet rules) throws Exception {
        for (int seed = 0; seed < 300; seed++) {
            var profile = rules.check(RandomAnswers.complete(rules, new Random(seed)));
            var truth = Evaluator.evaluate(rules, profile).verdict();
            var answers = Answers.none();
            for (int asked = 0; asked <= rules.questions().size(); asked++) {
                var result = Evaluator.evaluate(rules, answers);
                var outlook = Outlook.of(result, Set.of());
                assertThat(Outlook.of(result, Set.of())).as("deterministic").isEqualTo(outlook);
                if (outlook.settled()) {
                    assertThat(result.verdict())
                            .as("seed %d, settled on %s", seed, answers)
                            .isEqualTo(truth);
                    break;
                }
                assertThat(outlook.nextQuestion())
                        .as("seed %d: not settled, so something to ask", seed)
                        .isPresent();
                var next = outlook.nextQuestion().get().id();
                assertThat(answers.isAnswered(next)).isFalse();
                var more = new LinkedHashMap<>(answers.asMap());
                more.put(next, profile.get(next));
                answers = rules.check(more);
            }
        }
    }
}
