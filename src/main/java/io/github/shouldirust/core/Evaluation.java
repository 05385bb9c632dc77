package io.github.shouldirust.core;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The advisor's answer for one set of answers. Built only by {@link Evaluator}.
 *
 * @param score Rust's fit: the sum of the fired rules' score effects
 * @param scoreVerdict the verdict the score alone gives, before any cap
 * @param verdict the advisor's verdict: the score's, or lower where a fired rule caps it
 * @param reasons the fired rules, strongest effect first
 * @param ranking every other language, best for this case first, and what decided the first place
 * @param recommendation the language to use: Rust unless the verdict is avoid-rust
 */
public record Evaluation(
        RuleSet rules,
        Answers answers,
        int score,
        Verdict scoreVerdict,
        Verdict verdict,
        List<Rule> reasons,
        Ranking ranking,
        Language recommendation,
        List<Question> unanswered) {

    public Evaluation {
        reasons = List.copyOf(reasons);
        unanswered = List.copyOf(unanswered);
    }

    /** Every other language, best for this case first. */
    public List<LanguageFit> alternatives() {
        return ranking.alternatives();
    }

    /** The fired rules that limit the verdict or the languages, strongest first like the reasons. */
    public List<Rule> limits() {
        return reasons.stream().filter(rule -> !rule.cap().isNone()).toList();
    }

    /** Whether a cap, not the score, set the verdict. */
    public boolean capped() {
        return verdict != scoreVerdict;
    }

    /** The fired caps that hold the verdict below what the score gives. */
    public List<Rule> binding() {
        return limits().stream().filter(this::binds).toList();
    }

    /** Whether this fired rule's cap holds the verdict below what the score gives. */
    public boolean binds(Rule rule) {
        return rule.cap().excludes(scoreVerdict);
    }

    /**
     * Every claim the result rests on, in the order first cited: the reasons' claims, the alternatives'
     * comparison claims, then the production users listed as evidence for any of those.
     */
    public Map<String, Claim> citedClaims() {
        return citedClaims(alternatives().size());
    }

    /** As {@link #citedClaims()}, counting only the best {@code alternativesShown} alternatives. */
    public Map<String, Claim> citedClaims(int alternativesShown) {
        var cited = new LinkedHashMap<String, Claim>();
        reasons.forEach(rule -> rule.claims().forEach(id -> cite(cited, id)));
        alternatives().stream().limit(alternativesShown).forEach(alt -> {
            alt.language().rustWins().forEach(id -> cite(cited, id));
            alt.language().otherWins().forEach(id -> cite(cited, id));
        });
        List.copyOf(cited.values()).forEach(claim -> claim.evidence().forEach(id -> cite(cited, id)));
        return cited;
    }

    /** The answers that made a rule fire here ("latency=critical"), for explanations. */
    public Map<String, List<String>> because(Rule rule) {
        return ConditionTrace.of(rule.when(), answers).supportingAnswers(answers);
    }

    private void cite(Map<String, Claim> cited, String id) {
        rules.claim(id).ifPresent(claim -> cited.putIfAbsent(id, claim));
    }
}
