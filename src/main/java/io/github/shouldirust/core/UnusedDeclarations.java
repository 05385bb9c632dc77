package io.github.shouldirust.core;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a rules file declares and nothing uses: claims no rule or language cites nor any claim lists as
 * evidence, and questions no rule's condition tests. Warnings, not errors: the rules still work.
 */
final class UnusedDeclarations {
    private UnusedDeclarations() {}

    static List<Problem> warnings(
            List<Claim> claimList, List<Question> questionList, List<Language> languageList, List<Rule> rules) {
        var problems = new ArrayList<Problem>();
        var cited = new HashSet<String>();
        rules.forEach(r -> cited.addAll(r.claims()));
        claimList.forEach(c -> cited.addAll(c.evidence()));
        languageList.forEach(l -> {
            cited.addAll(l.rustWins());
            cited.addAll(l.otherWins());
        });
        for (int i = 0; i < claimList.size(); i++) {
            if (!cited.contains(claimList.get(i).id())) {
                problems.add(Problem.warning(
                        "/claims/" + i + "/id",
                        "claim '" + claimList.get(i).id()
                                + "' is never cited by a rule or a language, nor listed as evidence"));
            }
        }
        var asked = rules.stream()
                .flatMap(r -> r.when().tests())
                .map(Condition.AnswerIn::question)
                .collect(Collectors.toSet());
        for (int i = 0; i < questionList.size(); i++) {
            if (!asked.contains(questionList.get(i).id())) {
                problems.add(Problem.warning(
                        "/questions/" + i + "/id",
                        "question '" + questionList.get(i).id() + "' is never used by a rule"));
            }
        }
        return problems;
    }
}
