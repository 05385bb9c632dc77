package io.github.shouldirust.essay;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.shouldirust.core.Analysis;
import io.github.shouldirust.core.Answers;
import io.github.shouldirust.core.Evaluator;
import io.github.shouldirust.core.RuleSet;
import io.github.shouldirust.core.Verdict;
import io.github.shouldirust.core.WhatIf;
import io.github.shouldirust.load.RulesLoader;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 4: every what-if, applied, gives its stated verdict, and no smaller change does; checked over
 * generated answer sets, full and partial, on the bundled rules.
 */
class WhatIfPropertyTest {
    private static final long BASE_SEED = Long.getLong("whatif.seed", 20_261_125L);
    private static final int ANSWER_SETS = Integer.getInteger("whatif.sets", 1_000);

    private static RuleSet rules;

    @BeforeAll
    static void load() throws Exception {
        rules = RulesLoader.bundled();
    }

    private static Answers answers(long seed) throws Exception {
        return rules.check(RandomAnswers.generate(rules, new Random(seed)));
    }

    @Test
    void everyWhatIfAppliedGivesItsVerdictAndNoSmallerChangeDoes() throws Exception {
        var softly = new SoftAssertions();
        int checked = 0;
        for (int i = 0; i < ANSWER_SETS; i++) {
            long seed = BASE_SEED + i;
            var answers = answers(seed);
            var result = Evaluator.evaluate(rules, answers);
            for (var whatIf : Analysis.whatIf(result)) {
                var changed = whatIf.applyTo(answers);
                var context = "seed " + seed + ", answers " + answers + ", what-if " + whatIf;
                // The changed answers must still be answers a user could give.
                softly.assertThatCode(() -> rules.check(changed.asMap()))
                        .as(context)
                        .doesNotThrowAnyException();
                softly.assertThat(Evaluator.evaluate(rules, changed).verdict())
                        .as(context)
                        .isEqualTo(whatIf.verdict());
                softly.assertThat(Evaluator.score(rules, changed)).as(context).isEqualTo(whatIf.score());
                softly.assertThat(whatIf.verdict()).as(context).isNotEqualTo(result.verdict());
                for (var change : whatIf.changes().entrySet()) {
                    softly.assertThat(change.getValue()).as(context).isNotEqualTo(answers.get(change.getKey()));
                    softly.assertThat(rules.question(change.getKey())
                                    .orElseThrow()
                                    .fixed())
                            .as(context)
                            .isFalse();
                    if (whatIf.changes().size() > 1) {
                        var alone = new WhatIf(Map.of(change.getKey(), change.getValue()), whatIf.verdict(), 0)
                                .applyTo(answers);
                        softly.assertThat(Evaluator.evaluate(rules, alone).verdict())
                                .as("smaller change %s=%s alone; %s", change.getKey(), change.getValue(), context)
                                .isNotEqualTo(whatIf.verdict());
                    }
                }
                checked++;
            }
        }
        softly.assertAll();
        assertThat(checked).as("what-ifs checked").isGreaterThan(ANSWER_SETS);
    }

    @Test
    void pairsAppearOnlyForAVerdictNoSingleChangeReaches() throws Exception {
        for (int i = 0; i < ANSWER_SETS; i++) {
            var result = Evaluator.evaluate(rules, answers(BASE_SEED + i));
            var whatIfs = Analysis.whatIf(result);
            for (var verdict : Verdict.values()) {
                var sizes = whatIfs.stream()
                        .filter(w -> w.verdict() == verdict)
                        .map(w -> w.changes().size())
                        .distinct()
                        .toList();
                assertThat(sizes)
                        .as("change sizes for %s, seed %d", verdict, BASE_SEED + i)
                        .hasSizeLessThanOrEqualTo(1);
            }
        }
    }

    @Test
    void aVerdictWithASingleChangeThatReachesItIsListed() throws Exception {
        // A network service alone is consider-rust; the essay says critical tail latency is where Rust
        // wins such services, so one answer should be listed as enough for use-rust.
        var result = Evaluator.evaluate(rules, rules.check(Map.of("building", List.of("network-service"))));
        var whatIfs = Analysis.whatIf(result);

        assertThat(result.verdict()).isEqualTo(Verdict.CONSIDER_RUST);
        assertThat(whatIfs).anySatisfy(w -> {
            assertThat(w.verdict()).isEqualTo(Verdict.USE_RUST);
            assertThat(w.changes()).isEqualTo(Map.of("latency", List.of("critical")));
        });
        assertThat(whatIfs).noneMatch(w -> w.changes().containsKey("building"));
    }

    @Test
    void openQuestionsSayWhetherAnsweringThemCouldChangeTheVerdict() throws Exception {
        for (int i = 0; i < 300; i++) {
            var answers = answers(BASE_SEED + i);
            var result = Evaluator.evaluate(rules, answers);
            for (var impact : Analysis.openQuestions(result)) {
                var question = impact.question();
                var reachable = question.values().stream()
                        .map(value -> Evaluator.evaluate(rules, answers.with(question.id(), List.of(value)))
                                .verdict())
                        .distinct()
                        .toList();
                assertThat(impact.couldChange(result.verdict()))
                        .as("%s on %s", question.id(), answers)
                        .isEqualTo(reachable.stream().anyMatch(v -> v != result.verdict()));
                assertThat(impact.minScore()).isLessThanOrEqualTo(impact.maxScore());
            }
        }
    }
}
