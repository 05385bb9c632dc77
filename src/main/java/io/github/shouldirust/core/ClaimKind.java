package io.github.shouldirust.core;

import java.util.Arrays;
import java.util.Optional;

/** What part of the essay a claim comes from, which decides how it may be used. */
public enum ClaimKind {
    STRENGTH,
    WEAKNESS,
    DOMAIN,
    COMPARISON,
    EVIDENCE;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<ClaimKind> fromId(String id) {
        return Arrays.stream(values()).filter(k -> k.id().equals(id)).findFirst();
    }
}
