package io.github.shouldirust.essay;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.shouldirust.core.RuleSet;
import io.github.shouldirust.load.RulesLoader;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The property tests are only as good as the answer sets they draw: these must cover the space. */
class RandomAnswersTest {
    private static RuleSet rules;
    private static List<Map<String, List<String>>> sets;

    @BeforeAll
    static void generate() throws Exception {
        rules = RulesLoader.bundled();
        sets = IntStream.range(0, 2_000)
                .mapToObj(i -> RandomAnswers.generate(rules, new Random(i)))
                .toList();
    }

    @Test
    void everyGeneratedSetIsValid() {
        assertThat(sets).allSatisfy(raw -> rules.check(raw));
    }

    @Test
    void setsMixFullPartialAndEmptyAnswers() {
        int questions = rules.questions().size();

        assertThat(sets).anyMatch(raw -> raw.size() == questions);
        assertThat(sets).anyMatch(raw -> raw.size() > 0 && raw.size() < questions);
        assertThat(sets).anyMatch(raw -> raw.size() <= 1);
    }

    @Test
    void multiChoiceAnswersIncludeTheExclusiveValueAloneAndSubsetsWithoutIt() {
        var deployments = sets.stream()
                .filter(raw -> raw.containsKey("deployment"))
                .map(raw -> raw.get("deployment"))
                .toList();

        assertThat(deployments).contains(List.of("none"));
        assertThat(deployments).anyMatch(values -> values.size() == 1 && !values.contains("none"));
        assertThat(deployments).anyMatch(values -> values.size() >= 3);
        assertThat(deployments).noneMatch(values -> values.size() > 1 && values.contains("none"));
    }

    @Test
    void everyValueOfEverySingleChoiceQuestionIsDrawn() {
        for (var question : rules.questions()) {
            var drawn = sets.stream()
                    .filter(raw -> raw.containsKey(question.id()))
                    .flatMap(raw -> raw.get(question.id()).stream())
                    .distinct()
                    .toList();

            assertThat(drawn)
                    .as("values drawn for %s", question.id())
                    .containsExactlyInAnyOrderElementsOf(question.values());
        }
    }
}
