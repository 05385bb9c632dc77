package io.github.shouldirust.load;

import io.github.shouldirust.core.Claim;
import io.github.shouldirust.core.InvalidRulesException;
import io.github.shouldirust.core.Language;
import io.github.shouldirust.core.Question;
import io.github.shouldirust.core.Rule;
import io.github.shouldirust.core.RuleSet;
import io.github.shouldirust.core.Thresholds;
import java.util.List;

/** Everything in a rules file, or in the files combined so far, before the core checks that it hangs together. */
record RulesParts(RuleSet.Metadata metadata, List<Claim> claims, List<Language> languages,
        List<Question> questions, List<Rule> rules, Thresholds thresholds) {
    RuleSet build() throws InvalidRulesException {
        return RuleSet.of(metadata, claims, languages, questions, rules, thresholds);
    }
}
