package io.github.shouldirust.core;

import static io.github.shouldirust.core.TinyRules.answers;
import static io.github.shouldirust.core.TinyRules.builder;
import static io.github.shouldirust.core.TinyRules.cap;
import static io.github.shouldirust.core.TinyRules.capped;
import static io.github.shouldirust.core.TinyRules.is;
import static io.github.shouldirust.core.TinyRules.multi;
import static io.github.shouldirust.core.TinyRules.rule;
import static io.github.shouldirust.core.TinyRules.single;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The core of {@code rules diff}, on rule sets small enough to work out by hand. */
class RulesDiffTest {
    /** speed (fast, slow) x targets (linux, mac, none exclusive): 3 x 5 = 15 profiles. */
    private static RuleSet old() throws InvalidRulesException {
        return builder()
                .questions(single("speed", "fast", "slow"), multi("targets", "linux", "mac", "none"))
                .rules(rule("fast-wins", is("speed", "fast"), 7, "c"))
                .build();
    }

    /** fast-wins weighs 5, not 7; Linux costs 3 and caps at consider-rust. */
    private static RuleSet changed() throws InvalidRulesException {
        return builder()
                .questions(single("speed", "fast", "slow"), multi("targets", "linux", "mac", "none"))
                .rules(
                        rule("fast-wins", is("speed", "fast"), 5, "c"),
                        capped("linux", is("targets", "linux"), -3, cap(Verdict.CONSIDER_RUST)))
                .build();
    }

    @Test
    void countsEveryProfileThatFlipsInEachDirection() throws InvalidRulesException {
        var diff = RulesDiff.of(old(), changed(), VerdictFlips.MIN_SAMPLES, 1);
        var flips = diff.flips();

        assertThat(flips.exhaustive()).isTrue();
        assertThat(flips.profiles()).isEqualTo(15);
        // fast: 7 (use) becomes 5 or 2 (consider), whatever the targets: 5 profiles.
        assertThat(direction(flips, Verdict.USE_RUST, Verdict.CONSIDER_RUST).count())
                .isEqualTo(5);
        // not fast with linux among the targets ({linux}, {linux, mac}): 0 becomes -3: 2 x 2 profiles.
        assertThat(direction(flips, Verdict.CONSIDER_RUST, Verdict.AVOID_RUST).count())
                .isEqualTo(4);
        assertThat(flips.changed())
                .isEqualTo(9)
                .isEqualTo(flips.directions().stream()
                        .mapToLong(VerdictFlips.Direction::count)
                        .sum());
        assertThat(flips.directions()).hasSize(6);
        assertThat(diff.changesVerdicts()).isTrue();
    }

    @Test
    void theExampleOfEachDirectionIsShrunkToWhatMatters() throws InvalidRulesException {
        var flips = RulesDiff.of(old(), changed(), VerdictFlips.MIN_SAMPLES, 1).flips();

        var faster = direction(flips, Verdict.USE_RUST, Verdict.CONSIDER_RUST);
        assertThat(faster.example()).contains(answers("speed", "fast"));
        assertThat(faster.minimal()).isTrue();
        assertThat(direction(flips, Verdict.CONSIDER_RUST, Verdict.AVOID_RUST).example())
                .contains(answers("targets", "linux"));
        assertThat(direction(flips, Verdict.AVOID_RUST, Verdict.USE_RUST).example())
                .isEmpty();
    }

    @Test
    void namesTheRulesAndThePartsThatChanged() throws InvalidRulesException {
        var diff = RulesDiff.of(old(), changed(), VerdictFlips.MIN_SAMPLES, 1);

        assertThat(diff.rules())
                .extracting(RulesDiff.RuleChange::id, RulesDiff.RuleChange::kind, RulesDiff.RuleChange::parts)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("fast-wins", "changed", List.of("score")),
                        org.assertj.core.groups.Tuple.tuple("linux", "added", List.of()));
        assertThat(diff.questionsAdded()).isEmpty();
        assertThat(diff.questionsRemoved()).isEmpty();
    }

    @Test
    void aRuleSetAgainstItselfChangesNothing() throws InvalidRulesException {
        var diff = RulesDiff.of(changed(), changed(), VerdictFlips.MIN_SAMPLES, 1);

        assertThat(diff.flips().changed()).isZero();
        assertThat(diff.rules()).isEmpty();
        assertThat(diff.examples()).isEmpty();
        assertThat(diff.changesVerdicts()).isFalse();
    }

    @Test
    void aQuestionOnlyOneSideHasIsPartOfTheSpaceAndReported() throws InvalidRulesException {
        var layered = builder()
                .questions(
                        single("speed", "fast", "slow"),
                        multi("targets", "linux", "mac", "none"),
                        single("platform", "edge", "other"))
                .rules(rule("fast-wins", is("speed", "fast"), 7, "c"), rule("edge", is("platform", "edge"), -7, "c"))
                .build();

        var diff = RulesDiff.of(old(), layered, VerdictFlips.MIN_SAMPLES, 1);

        assertThat(diff.questionsAdded()).containsExactly("platform");
        assertThat(diff.flips().profiles()).isEqualTo(45);
        // edge: 7 - 7 = 0 with fast (use to consider), -7 without (consider to avoid).
        assertThat(direction(diff.flips(), Verdict.USE_RUST, Verdict.CONSIDER_RUST)
                        .example())
                .contains(answers("speed", "fast", "platform", "edge"));
        assertThat(direction(diff.flips(), Verdict.CONSIDER_RUST, Verdict.AVOID_RUST)
                        .example())
                .contains(answers("platform", "edge"));
    }

    /** A slot's states are exactly the allowed answers AnswerSpace lists, each once. */
    @Test
    void aMultiChoiceSlotListsEveryAllowedAnswerOnce() throws InvalidRulesException {
        var question = multi("targets", "linux", "mac", "none", "bsd");
        var rules = builder().questions(question).build();
        var space = ProfileSpace.of(rules, rules);
        var slot = space.slots().get(0);

        Set<List<String>> states = new HashSet<>();
        for (long state = 0; state < slot.states(); state++) {
            states.add(slot.chosen(slot.state(state)));
        }
        assertThat(slot.states()).isEqualTo(AnswerSpace.options(question).size());
        assertThat(states).containsExactlyInAnyOrderElementsOf(AnswerSpace.options(question));
    }

    @Test
    void aLargeSpaceIsSampledWithTheSeedGiven() throws InvalidRulesException {
        var many = multi(
                "many", "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q", "r", "s",
                "t", "u");
        var rules = builder()
                .questions(many)
                .rules(rule("a", is("many", "a"), 7, "c"))
                .build();
        var space = ProfileSpace.of(rules, rules);

        var plan = VerdictFlips.Plan.of(space, VerdictFlips.MIN_SAMPLES, 42);

        assertThat(space.size().longValueExact()).isEqualTo(1L << 21);
        assertThat(plan).isEqualTo(new VerdictFlips.Plan(false, VerdictFlips.MIN_SAMPLES, 42));
        assertThat(VerdictFlips.Plan.of(space, 3_000_000, 42).exhaustive())
                .as("more samples than profiles")
                .isTrue();
    }

    private static VerdictFlips.Direction direction(VerdictFlips flips, Verdict from, Verdict to) {
        return flips.directions().stream()
                .filter(d -> d.from() == from && d.to() == to)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theWorkBudgetCutsTheSampleAndTheExhaustiveRunOfAHugeRulesFile() {
        // A space of 3 million profiles: sampled; with 3,000 rules a side the budget allows 50,000.
        var space = new java.math.BigInteger("3000000");
        long rules = 6_000;
        long affordable = VerdictFlips.WORK_BUDGET / rules;

        var sampled = planFor(space, rules);

        assertThat(sampled.exhaustive()).isFalse();
        assertThat(sampled.profiles()).isEqualTo(affordable);
        assertThat(sampled.requested()).isEqualTo(VerdictFlips.MIN_SAMPLES);
        var small = planFor(java.math.BigInteger.valueOf(1_000_000), rules);
        assertThat(small.exhaustive())
                .as("a million profiles of 6,000 rules cost too much to try each")
                .isFalse();
        assertThat(planFor(java.math.BigInteger.valueOf(1_000_000), 100).exhaustive())
                .isTrue();
    }

    private static VerdictFlips.Plan planFor(java.math.BigInteger size, long rules) {
        return VerdictFlips.Plan.of(size, VerdictFlips.MIN_SAMPLES, 7, rules);
    }
}
