package io.github.shouldirust.core;

import java.util.Collection;
import java.util.Optional;

/** The name someone probably meant: a typo away (a letter wrong, missing, extra or swapped) or a prefix. */
public final class Closest {
    /** Longer input is no typo of a name; it is not compared (the cost grows with both lengths). */
    static final int LONGEST = 64;

    private Closest() {}

    /** The closest of {@code names} to {@code typed}, if one is close enough to be what was meant. */
    public static Optional<String> to(String typed, Collection<String> names) {
        if (typed.isEmpty() || typed.length() > LONGEST) {
            return Optional.empty();
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (var name : names) {
            int distance = name.startsWith(typed) && typed.length() >= 3 ? 1 : distance(typed, name);
            if (distance < bestDistance && distance <= allowed(name)) {
                best = name;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /** A third of the name's letters, at least one and at most three. */
    private static int allowed(String name) {
        return Math.max(1, Math.min(3, name.length() / 3));
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
    static int distance(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 3) {
            return Integer.MAX_VALUE;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    /** "; did you mean 'x'?" when there is a likely 'x', else nothing. */
    public static String suggestion(String typed, Collection<String> names) {
        return to(typed, names).map(name -> "; did you mean '" + name + "'?").orElse("");
    }
}
