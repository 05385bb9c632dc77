package io.github.shouldirust.core;

import java.util.List;

/**
 * How well an alternative to Rust fits the user's case.
 *
 * @param raisedBy the fired rules that counted in this language's favour
 */
public record LanguageFit(Language language, int fit, List<Rule> raisedBy) {
    public LanguageFit {
        raisedBy = List.copyOf(raisedBy);
    }
}
