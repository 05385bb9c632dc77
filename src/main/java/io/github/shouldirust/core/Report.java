package io.github.shouldirust.core;

import java.util.List;

/** A result with its explanations: what would change it and what each open question could do. */
public record Report(Evaluation result, List<WhatIf> whatIf, List<QuestionImpact> openQuestions) {
    public Report {
        whatIf = List.copyOf(whatIf);
        openQuestions = List.copyOf(openQuestions);
    }

    public static Report of(Evaluation result) {
        return new Report(result, Analysis.whatIf(result), Analysis.openQuestions(result));
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
