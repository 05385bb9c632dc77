package io.github.shouldirust.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.shouldirust.core.Evaluator;
import io.github.shouldirust.core.ProfileEvaluator;
import io.github.shouldirust.core.ProfileSpace;
import io.github.shouldirust.core.RuleSet;
import io.github.shouldirust.core.Verdict;
import io.github.shouldirust.core.VerdictFlips;
import io.github.shouldirust.load.RulesLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The fast path against the reference: every profile {@code rules diff} samples for the bundled rules
 * against the Acme layer, evaluated with the plain {@link Evaluator}, gives the verdict the compiled
 * {@link ProfileEvaluator} gives, and the reference's counts per direction are the ones the command prints.
 */
class RulesDiffAgreementTest {
    private static RuleSet load(String file) throws Exception {
        return RulesLoader.load(List.of(new RulesLoader.Source(file, Files.readAllBytes(Path.of(file)))));
    }

    @Test
    void theCompiledVerdictsAgreeProfileByProfileWithTheEvaluator() throws Exception {
        var old = load(RulesDiffCommandTest.BUNDLED);
        var changed = load(RulesDiffCommandTest.ACME);
        var space = ProfileSpace.of(old, changed);
        var plan = VerdictFlips.Plan.of(space, VerdictFlips.MIN_SAMPLES, VerdictFlips.DEFAULT_SEED);
        var fastOld = new ProfileEvaluator(old, space);
        var fastNew = new ProfileEvaluator(changed, space);
        var reference = new HashMap<String, Long>();
        var disagreements = new long[1];

        VerdictFlips.forEach(space, plan, profile -> {
            var answers = space.answers(profile);
            var before = Evaluator.evaluate(old, old.inQuestionOrder(answers)).verdict();
            var after = Evaluator.evaluate(changed, answers).verdict();
            if (before != fastOld.verdict(profile) || after != fastNew.verdict(profile)) {
                disagreements[0]++;
            }
            if (before != after) {
                reference.merge(key(before, after), 1L, Long::sum);
            }
        });

        assertThat(plan.exhaustive()).as("the Acme space is sampled").isFalse();
        assertThat(disagreements[0])
                .as("profiles where the compiled verdict differs from Evaluator's")
                .isZero();
        var printed = new HashMap<String, Long>();
        var json = new ObjectMapper()
                .readTree(RulesDiffCommandTest.diff(
                                RulesDiffCommandTest.BUNDLED, RulesDiffCommandTest.ACME, "--format", "json")
                        .stdout());
        json.at("/profiles/directions").forEach(d -> {
            if (d.get("count").asLong() > 0) {
                printed.put(
                        d.get("from").asText() + " -> " + d.get("to").asText(),
                        d.get("count").asLong());
            }
        });
        assertThat(printed).isEqualTo(reference).isNotEmpty();
        assertThat(json.at("/profiles/tried").asLong()).isEqualTo(plan.profiles());
        assertThat(reference.values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(json.at("/profiles/changed").asLong());
    }

    private static String key(Verdict from, Verdict to) {
        return from.id() + " -> " + to.id();
    }

    /** The exhaustive path too, on a space small enough to list: tiny against its edit. */
    @Test
    void everyProfileOfASmallSpaceAgreesWithTheEvaluator() throws Exception {
        var old = load(RulesDiffCommandTest.TINY);
        var changed = load(RulesDiffCommandTest.TINY_EDITED);
        var space = ProfileSpace.of(old, changed);
        var plan = VerdictFlips.Plan.of(space, VerdictFlips.MIN_SAMPLES, 1);
        Map<String, Long> reference = new HashMap<>();
        var fastNew = new ProfileEvaluator(changed, space);

        VerdictFlips.forEach(space, plan, profile -> {
            var before = Evaluator.evaluate(old, old.inQuestionOrder(space.answers(profile)))
                    .verdict();
            var after = Evaluator.evaluate(changed, space.answers(profile)).verdict();
            assertThat(fastNew.verdict(profile)).isEqualTo(after);
            if (before != after) {
                reference.merge(key(before, after), 1L, Long::sum);
            }
        });

        assertThat(plan.exhaustive()).isTrue();
        assertThat(reference).isEqualTo(Map.of("use-rust -> consider-rust", 5L, "consider-rust -> avoid-rust", 4L));
    }
}
