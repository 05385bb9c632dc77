package io.github.shouldirust.load;

import io.github.shouldirust.core.Claim;
import io.github.shouldirust.core.InvalidRulesException;
import io.github.shouldirust.core.Language;
import io.github.shouldirust.core.Question;
import io.github.shouldirust.core.Rule;
import io.github.shouldirust.core.RuleSet;
import io.github.shouldirust.core.Thresholds;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Everything in a rules file, or in the files combined so far, before the core checks that it hangs together. */
record RulesParts(
        RuleSet.Metadata metadata,
        List<Claim> claims,
        List<Language> languages,
        List<Question> questions,
        List<Rule> rules,
        Thresholds thresholds) {
    RuleSet build() throws InvalidRulesException {
        return RuleSet.of(metadata, claims, languages, questions, rules, thresholds);
    }

    /**
     * In a layer, the item of its base with this id: a layer's language or rule that the base has may
     * change only some of its fields (a rule's score, say), and takes the rest from this one. Empty for a
     * new id, and always for a whole rules file, which has no base ({@code base} null).
     */
    static <T> Optional<T> earlier(
            RulesParts base, Function<RulesParts, List<T>> items, Function<T, String> idOf, Optional<String> id) {
        return base == null
                ? Optional.empty()
                : id.flatMap(wanted -> items.apply(base).stream()
                        .filter(item -> idOf.apply(item).equals(wanted))
                        .findFirst());
    }
}
