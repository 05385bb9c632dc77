package io.github.shouldirust.core;

import java.util.Arrays;
import java.util.Optional;

/** The three answers to "should this be in Rust?", from most to least in favour. */
public enum Verdict {
    USE_RUST("use-rust"),
    CONSIDER_RUST("consider-rust"),
    AVOID_RUST("avoid-rust");

    private final String id;

    Verdict(String id) {
        this.id = id;
    }

    /** The id used on the command line, in rules files and in JSON. */
    public String id() {
        return id;
    }

    public static Optional<Verdict> fromId(String id) {
        return Arrays.stream(values()).filter(v -> v.id.equals(id)).findFirst();
    }
}
