package io.github.shouldirust.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.shouldirust.load.RulesLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The checker skips a search where an example already shows its answer; that must never change what
 * it finds. Each rule set is checked with and without examples that cover its rules and verdicts.
 */
class CheckerWitnessTest {

    /** The bundled rules, with their 100 examples and with none, give the same (clean) findings. */
    @Test
    void theBundledRulesCheckTheSameWithAndWithoutTheirExamples() throws Exception {
        var rules = RulesLoader.bundled();

        assertThat(RuleSetChecker.check(rules)).isEmpty();
        assertThat(RuleSetChecker.check(rules.withExamples(List.of()))).isEmpty();
    }

    /**
     * Faulty rule sets (a contradiction, a rule that never fires, a cap that never binds, an
     * unreachable verdict) give the same findings whether or not random examples were added.
     */
    @Test
    void examplesNeverHideOrAddAFinding() throws Exception {
        var faulty = TinyRules.builder()
                .questions(TinyRules.single("q", "a", "b"), TinyRules.single("r", "x", "y"))
                .rules(
                        TinyRules.rule("up", TinyRules.is("q", "a"), 3, "c"),
                        TinyRules.rule("down", TinyRules.is("q", "a"), -3, "c"),
                        TinyRules.rule("never", TinyRules.all(TinyRules.is("q", "a"), TinyRules.is("q", "b")), 1, "c"),
                        TinyRules.capped("cap", TinyRules.is("r", "y"), -10, TinyRules.cap(Verdict.AVOID_RUST)))
                .build();
        var without = RuleSetChecker.check(faulty);
        assertThat(without).isNotEmpty();
        var random = new Random(11);
        for (int round = 0; round < 50; round++) {
            var examples = new ArrayList<Example>();
            for (int e = 0; e < 6; e++) {
                var answers = new java.util.LinkedHashMap<String, List<String>>();
                if (random.nextBoolean()) {
                    answers.put("q", List.of(random.nextBoolean() ? "a" : "b"));
                }
                if (random.nextBoolean()) {
                    answers.put("r", List.of(random.nextBoolean() ? "x" : "y"));
                }
                // The verdict each example gets, so that no cap-against-example finding is added.
                var verdict = Evaluator.evaluate(faulty, Answers.of(answers)).verdict();
                examples.add(new Example("e" + e, Map.copyOf(answers), verdict, Optional.empty(), "tiny.yaml"));
            }
            assertThat(RuleSetChecker.check(faulty.withExamples(examples)))
                    .as("round %d", round)
                    .containsExactlyElementsOf(without);
        }
    }
}
