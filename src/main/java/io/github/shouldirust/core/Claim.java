package io.github.shouldirust.core;

import java.util.List;

/**
 * One statement from the essay, in our own words, that rules cite as their ground.
 *
 * @param evidence ids of {@link ClaimKind#EVIDENCE} claims (production users) that back this one
 */
public record Claim(String id, ClaimKind kind, String section, String statement, List<String> evidence) {
    public Claim {
        evidence = List.copyOf(evidence);
    }
}
