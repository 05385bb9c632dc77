package io.github.shouldirust.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.shouldirust.core.RuleSet;
import java.util.List;
import java.util.function.Function;

/** Two rule sets built different ways (from YAML, from the compiled snapshot) must be the same rules. */
public final class SameRules {
    /** Every part a rule set has, its description last. */
    private static final List<Function<RuleSet, Object>> PARTS = List.of(
            RuleSet::metadata,
            RuleSet::claims,
            RuleSet::languages,
            RuleSet::questions,
            RuleSet::rules,
            RuleSet::thresholds,
            RuleSet::layers,
            RuleSet::examples,
            RuleSet::warnings,
            RuleSet::describe);

    private SameRules() {}

    /** Each part of {@code actual} equals that part of {@code expected}. */
    public static void assertSameRules(RuleSet actual, RuleSet expected) {
        for (var part : PARTS) {
            assertThat(part.apply(actual)).isEqualTo(part.apply(expected));
        }
    }
}
