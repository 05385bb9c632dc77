package io.github.shouldirust.core;

import java.util.List;
import java.util.Set;

/**
 * A result with its explanations: what would change it, what each open question could do, and how
 * firmly it holds while questions are open.
 *
 * @param whatIfRanOut the search for what-ifs stopped at its budget: there may be more than listed
 */
public record Report(
        Evaluation result,
        List<WhatIf> whatIf,
        boolean whatIfRanOut,
        List<QuestionImpact> openQuestions,
        Outlook outlook) {
    public Report {
        whatIf = List.copyOf(whatIf);
        openQuestions = List.copyOf(openQuestions);
    }

    public static Report of(Evaluation result) {
        return of(result, Set.of());
    }

    /** @param dontKnow questions answered "don't know": open, but never the next question to ask */
    public static Report of(Evaluation result, Set<String> dontKnow) {
        var search = Analysis.search(result);
        return new Report(
                result, search.found(), search.ranOut(), Analysis.openQuestions(result), Outlook.of(result, dontKnow));
    }

    /** How each rule evaluated, fired or not, in file order: for --explain. */
    public List<RuleTrace> trace() {
        return result.rules().rules().stream()
                .map(rule -> new RuleTrace(rule, ConditionTrace.of(rule.when(), result.answers())))
                .toList();
    }

    /** One rule's evaluation. */
    public record RuleTrace(Rule rule, ConditionTrace condition) {
        public boolean fired() {
            return condition.held();
        }
    }
}
