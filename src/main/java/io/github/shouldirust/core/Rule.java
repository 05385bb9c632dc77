package io.github.shouldirust.core;

import java.util.List;
import java.util.Map;

/**
 * One piece of advice: when the condition holds, Rust's score and the alternatives' fit move.
 *
 * @param score added to Rust's score; positive favours Rust
 * @param languageEffects added to each named alternative's fit, in the order written
 * @param claims the claim ids the advice rests on
 * @param source the rules file it came from, so layered advice can say whose it is
 */
public record Rule(String id, Condition when, int score, Map<String, Integer> languageEffects, String text,
        List<String> claims, String source) {

    public Rule(String id, Condition when, int score, Map<String, Integer> languageEffects, String text,
            List<String> claims) {
        this(id, when, score, languageEffects, text, claims, "");
    }

    public Rule {
        // Kept in file order, so output lists the effects as the author wrote them.
        languageEffects = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(languageEffects));
        claims = List.copyOf(claims);
    }

    public boolean firesOn(Answers answers) {
        return when.holds(answers);
    }

    public int effectOn(String language) {
        return languageEffects.getOrDefault(language, 0);
    }
}
