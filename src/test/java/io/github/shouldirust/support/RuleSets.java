package io.github.shouldirust.support;

import io.github.shouldirust.core.RuleSet;
import io.github.shouldirust.load.RulesLoader;
import java.util.stream.Stream;

/** The rule sets a property should hold for: the bundled rules, and the same under a policy layer. */
public final class RuleSets {
    private RuleSets() {}

    /** For {@code @MethodSource("io.github.shouldirust.support.RuleSets#bundledAndLayered")}. */
    public static Stream<RuleSet> bundledAndLayered() throws Exception {
        return Stream.of(
                RulesLoader.bundled(), RulesLoader.load(Project.root().resolve("rules/examples/acme-policy.yaml")));
    }
}
