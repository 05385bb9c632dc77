package io.github.shouldirust.core;

import java.util.List;

/**
 * A language the advisor can recommend, with the essay's comparison against Rust.
 *
 * @param rustWins claim ids for what Rust wins on against this language
 * @param otherWins claim ids for what this language wins on against Rust
 */
public record Language(String id, String name, List<String> rustWins, List<String> otherWins) {
    public static final String RUST = "rust";

    public Language {
        rustWins = List.copyOf(rustWins);
        otherWins = List.copyOf(otherWins);
    }

    public boolean isRust() {
        return RUST.equals(id);
    }
}
