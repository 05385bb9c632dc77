package io.github.shouldirust.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One piece of advice: when the condition holds, Rust's score and the alternatives' fit move, and the
 * result may be capped.
 *
 * @param score added to Rust's score; positive favours Rust
 * @param languageEffects added to each named alternative's fit, in the order written
 * @param claims the claim ids the advice rests on
 * @param cap a limit on the verdict and the languages while the rule fires; {@link Cap#none()} for most
 * @param picks languages that win a tie in fit while the rule fires
 * @param source the rules file it came from, so layered advice can say whose it is
 */
public record Rule(
        String id,
        Condition when,
        int score,
        Map<String, Integer> languageEffects,
        String text,
        List<String> claims,
        Cap cap,
        Picks picks,
        String source) {

    public Rule(
            String id,
            Condition when,
            int score,
            Map<String, Integer> languageEffects,
            String text,
            List<String> claims) {
        this(id, when, score, languageEffects, text, claims, Cap.none(), Picks.none(), "");
    }

    public Rule {
        // Kept in file order, so output lists the effects as the author wrote them.
        languageEffects = Collections.unmodifiableMap(new LinkedHashMap<>(languageEffects));
        claims = List.copyOf(claims);
        cap = cap == null ? Cap.none() : cap;
        picks = picks == null ? Picks.none() : picks;
    }

    public boolean firesOn(Answers answers) {
        return when.holds(answers);
    }

    public int effectOn(String language) {
        return languageEffects.getOrDefault(language, 0);
    }

    /** Whether the rule limits the verdict when it fires. */
    public boolean caps() {
        return cap.atMost().isPresent();
    }

    /** Whether firing can move the verdict (a score or a cap); the rest only move the languages' fit. */
    public boolean movesVerdict() {
        return score != 0 || caps();
    }
}
