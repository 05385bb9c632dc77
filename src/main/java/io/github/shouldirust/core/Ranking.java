package io.github.shouldirust.core;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The alternatives to Rust, best first: languages a cap allows before those it leaves out, then by fit,
 * then the team's languages, then the essay's pick for the case; only then the rules file's order, and a
 * tie that is left is reported as one rather than passed off as a choice.
 *
 * @param alternatives every language but Rust, best first
 * @param decidedBy what put the first above the second
 * @param tiedWith the languages that rank exactly level with the first (empty unless decidedBy is TIE)
 */
public record Ranking(List<LanguageFit> alternatives, DecidedBy decidedBy, List<Language> tiedWith) {

    /** Which of the ranking's keys separated the best alternative from the next. */
    public enum DecidedBy {
        /** Only one alternative, or none. */
        ALONE,
        /** A cap allows the first and not the second. */
        LIMIT,
        FIT,
        /** Equal fit; the team knows the first. */
        TEAM,
        /** Equal fit, equally known; the essay names the first for this case. */
        ESSAY,
        /** Nothing separates them: the rules file's order put the first first. */
        TIE;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Ranking {
        alternatives = List.copyOf(alternatives);
        tiedWith = List.copyOf(tiedWith);
    }

    static Ranking of(RuleSet rules, List<Rule> fired) {
        var allowed = allowedLanguages(fired);
        var team = new LinkedHashSet<String>();
        var essay = new LinkedHashSet<String>();
        for (var rule : fired) {
            team.addAll(rule.picks().team());
            essay.addAll(rule.picks().essay());
        }
        var fits = new ArrayList<LanguageFit>();
        for (var language : rules.languages()) {
            if (!language.isRust()) {
                fits.add(fit(language, fired, allowed, team, essay));
            }
        }
        // A stable sort: what no key separates keeps the rules file's order, reported as a tie below.
        fits.sort(Ranking::better);
        if (fits.size() < 2) {
            return new Ranking(fits, DecidedBy.ALONE, List.of());
        }
        var first = fits.get(0);
        var tied = new ArrayList<Language>();
        for (int i = 1; i < fits.size() && first.over(fits.get(i)) == DecidedBy.TIE; i++) {
            tied.add(fits.get(i).language());
        }
        return new Ranking(fits, first.over(fits.get(1)), tied);
    }

    private static LanguageFit fit(
            Language language, List<Rule> fired, Set<String> allowed, Set<String> team, Set<String> essay) {
        int fit = 0;
        var raisedBy = new ArrayList<Rule>();
        var loweredBy = new ArrayList<Rule>();
        for (var rule : fired) {
            int effect = rule.effectOn(language.id());
            fit += effect;
            if (effect > 0) {
                raisedBy.add(rule);
            } else if (effect < 0) {
                loweredBy.add(rule);
            }
        }
        return new LanguageFit(
                language,
                fit,
                raisedBy,
                loweredBy,
                allowed.isEmpty() || allowed.contains(language.id()),
                team.contains(language.id()),
                essay.contains(language.id()));
    }

    /**
     * The languages the fired caps leave: those every narrowing cap names. Where they share none, the
     * last one in rule order decides: a layer's rules come after those of the rules it extends, so a
     * company's policy overrides the essay ({@code rules check} reports such pairs within one file).
     * Empty when no cap narrows the languages.
     */
    static Set<String> allowedLanguages(List<Rule> fired) {
        Set<String> common = null;
        List<String> last = List.of();
        for (var rule : fired) {
            var languages = rule.cap().languages();
            if (languages.isEmpty()) {
                continue;
            }
            last = languages;
            if (common == null) {
                common = new LinkedHashSet<>(languages);
            } else {
                common.retainAll(languages);
            }
        }
        if (common == null) {
            return Set.of();
        }
        return common.isEmpty() ? new LinkedHashSet<>(last) : common;
    }

    // Derived from LanguageFit.over, so the order of the keys is written once; plain code rather than
    // Comparator chains, whose JDK lambdas are not in the class-data archive on JDK 17.
    private static int better(LanguageFit a, LanguageFit b) {
        return switch (a.over(b)) {
            case LIMIT -> a.allowed() ? -1 : 1;
            case FIT -> Integer.compare(b.fit(), a.fit());
            case TEAM -> a.teamPick() ? -1 : 1;
            case ESSAY -> a.essayPick() ? -1 : 1;
            case TIE, ALONE -> 0;
        };
    }
}
