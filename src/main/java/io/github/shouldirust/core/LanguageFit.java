package io.github.shouldirust.core;

import java.util.List;

/**
 * How well an alternative to Rust fits the user's case.
 *
 * @param raisedBy the fired rules that counted in this language's favour: where it wins in this case
 * @param loweredBy the fired rules that counted against it: where Rust wins in this case
 */
public record LanguageFit(Language language, int fit, List<Rule> raisedBy, List<Rule> loweredBy) {
    public LanguageFit {
        raisedBy = List.copyOf(raisedBy);
        loweredBy = List.copyOf(loweredBy);
    }
}
