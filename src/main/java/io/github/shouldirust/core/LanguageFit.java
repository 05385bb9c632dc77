package io.github.shouldirust.core;

import java.util.List;

/**
 * How well an alternative to Rust fits the user's case.
 *
 * @param raisedBy the fired rules that counted in this language's favour: where it wins in this case
 * @param loweredBy the fired rules that counted against it: where Rust wins in this case
 * @param allowed false when a fired rule's cap leaves this language out of the recommendation
 * @param teamPick a fired rule names it as a language the team knows: it wins a tie in fit
 * @param essayPick a fired rule names it as the essay's pick for this case: it wins a remaining tie
 */
public record LanguageFit(
        Language language,
        int fit,
        List<Rule> raisedBy,
        List<Rule> loweredBy,
        boolean allowed,
        boolean teamPick,
        boolean essayPick) {
    public LanguageFit {
        raisedBy = List.copyOf(raisedBy);
        loweredBy = List.copyOf(loweredBy);
    }

    /** What ranked this language above {@code next}: the first of the ranking's keys where they differ. */
    Ranking.DecidedBy over(LanguageFit next) {
        if (allowed != next.allowed) {
            return Ranking.DecidedBy.LIMIT;
        }
        if (fit != next.fit) {
            return Ranking.DecidedBy.FIT;
        }
        if (teamPick != next.teamPick) {
            return Ranking.DecidedBy.TEAM;
        }
        return essayPick != next.essayPick ? Ranking.DecidedBy.ESSAY : Ranking.DecidedBy.TIE;
    }
}
