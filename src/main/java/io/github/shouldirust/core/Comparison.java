package io.github.shouldirust.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * A team's answers side by side: each person's verdict, the team's combined one ({@link TeamAnswers}),
 * and the questions they disagree on, each with whether the disagreement matters: the verdict each of
 * its answers gives with every other question held at the combined answers. Pure, like the evaluator.
 *
 * @param combinedReport the combined answers' result, with its confidence, for the gate
 */
public record Comparison(
        RuleSet rules,
        List<Person> people,
        TeamAnswers.Combined combined,
        Report combinedReport,
        List<Disagreement> disagreements) {

    public Comparison {
        people = List.copyOf(people);
        disagreements = List.copyOf(disagreements);
    }

    /** One person's answers as given. */
    public record Member(String name, AnswerSheet sheet) {}

    /** One person's answers and what they give alone. */
    public record Person(String name, AnswerSheet sheet, Evaluation result) {}

    /**
     * An answer someone gave to a disputed question.
     *
     * @param verdict the verdict with this answer and the combined answers to everything else
     */
    public record Position(List<String> answer, List<String> people, Verdict verdict) {
        public Position {
            answer = List.copyOf(answer);
            people = List.copyOf(people);
        }
    }

    /**
     * A question people answered differently.
     *
     * @param undecided the people who left it open or said "don't know"
     * @param matters whether an answer given leads to another verdict than the team's
     */
    public record Disagreement(Question question, List<Position> positions, List<String> undecided, boolean matters) {
        public Disagreement {
            positions = List.copyOf(positions);
            undecided = List.copyOf(undecided);
        }
    }

    public static Comparison of(RuleSet rules, List<Member> members) {
        var people = members.stream()
                .map(m -> new Person(
                        m.name(), m.sheet(), Evaluator.evaluate(rules, m.sheet().answers())))
                .toList();
        var combined = TeamAnswers.combine(
                rules, members.stream().map(m -> m.sheet().answers()).toList());
        // "Don't know" for the team: someone said so, and nobody answered.
        var dontKnow = new LinkedHashSet<String>();
        members.forEach(m -> dontKnow.addAll(m.sheet().dontKnow()));
        dontKnow.removeIf(combined.answers()::isAnswered);
        var report = Report.of(Evaluator.evaluate(rules, combined.answers()), dontKnow);
        var disagreements = new ArrayList<Disagreement>();
        for (var question : rules.questions()) {
            disagreement(
                            rules,
                            question,
                            people,
                            combined.answers(),
                            report.result().verdict())
                    .ifPresent(disagreements::add);
        }
        return new Comparison(rules, people, combined, report, disagreements);
    }

    /** Whether any disagreement can change the combined verdict. */
    public boolean anyMatters() {
        return disagreements.stream().anyMatch(Disagreement::matters);
    }

    /**
     * @param teamVerdict the combined answers' verdict: the team's own answer may be one nobody gave (a
     *     majority set, a question left open), so the disagreement matters when any answer given leads
     *     elsewhere than the team's verdict, too
     */
    private static java.util.Optional<Disagreement> disagreement(
            RuleSet rules, Question question, List<Person> people, Answers combined, Verdict teamVerdict) {
        var byAnswer = new LinkedHashMap<List<String>, List<String>>();
        var undecided = new ArrayList<String>();
        for (var person : people) {
            var answers = person.sheet().answers();
            if (answers.isAnswered(question.id())) {
                byAnswer.computeIfAbsent(answers.get(question.id()), k -> new ArrayList<>())
                        .add(person.name());
            } else {
                undecided.add(person.name());
            }
        }
        if (byAnswer.size() < 2) {
            return java.util.Optional.empty();
        }
        var order = optionOrder(question);
        // Not Comparator.comparing: the JDK's own lambda inside it is not in JDK 17's archive (see Evaluator).
        var positions = byAnswer.entrySet().stream()
                .sorted((a, b) -> order.compare(a.getKey(), b.getKey()))
                .map(e -> new Position(
                        e.getKey(),
                        e.getValue(),
                        Evaluator.evaluate(rules, combined.with(question.id(), e.getKey()))
                                .verdict()))
                .toList();
        var matters = positions.stream().anyMatch(position -> position.verdict() != teamVerdict);
        return java.util.Optional.of(new Disagreement(question, positions, undecided, matters));
    }

    /** Answers in the order of their options, so a scale reads from one end to the other. */
    private static Comparator<List<String>> optionOrder(Question question) {
        var values = question.values();
        return (a, b) -> {
            for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
                int order = Integer.compare(values.indexOf(a.get(i)), values.indexOf(b.get(i)));
                if (order != 0) {
                    return order;
                }
            }
            return Integer.compare(a.size(), b.size());
        };
    }
}
