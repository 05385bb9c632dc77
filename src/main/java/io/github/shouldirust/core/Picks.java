package io.github.shouldirust.core;

import java.util.List;

/**
 * Languages a rule names as the natural choice in its case, used only to break a tie in fit: first the
 * team's own languages, then the language the essay names for the domain or the person ("Use Python for
 * that"), and only then the rules file's order of languages.
 */
public record Picks(List<String> team, List<String> essay) {
    private static final Picks NONE = new Picks(List.of(), List.of());

    public Picks {
        team = List.copyOf(team);
        essay = List.copyOf(essay);
    }

    public static Picks none() {
        return NONE;
    }

    public boolean isNone() {
        return team.isEmpty() && essay.isEmpty();
    }
}
