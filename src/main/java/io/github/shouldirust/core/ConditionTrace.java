package io.github.shouldirust.core;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * How a condition evaluated against some answers, part by part: what held and what did not.
 *
 * @param kind "all", "any", "not" or "answer" (a test of one question)
 * @param question for an answer test, the question tested; else null
 * @param values for an answer test, the values that satisfy it; else empty
 */
public record ConditionTrace(
        String kind, String question, List<String> values, boolean held, List<ConditionTrace> parts) {

    public ConditionTrace {
        values = List.copyOf(values);
        parts = List.copyOf(parts);
    }

    public static ConditionTrace of(Condition condition, Answers answers) {
        if (condition instanceof Condition.All all) {
            return group("all", all.parts(), answers, condition.holds(answers));
        }
        if (condition instanceof Condition.Any any) {
            return group("any", any.parts(), answers, condition.holds(answers));
        }
        if (condition instanceof Condition.Not not) {
            return new ConditionTrace(
                    "not", null, List.of(), condition.holds(answers), List.of(of(not.part(), answers)));
        }
        var test = (Condition.AnswerIn) condition;
        return new ConditionTrace(
                "answer", test.question(), List.copyOf(test.values()), test.holds(answers), List.of());
    }

    private static ConditionTrace group(String kind, List<Condition> parts, Answers answers, boolean held) {
        return new ConditionTrace(
                kind,
                null,
                List.of(),
                held,
                parts.stream().map(p -> of(p, answers)).toList());
    }

    /**
     * The answers that made this condition hold: the answer tests that held, outside any {@code not}. For
     * "because latency=critical" in explanations.
     */
    public Map<String, List<String>> supportingAnswers(Answers answers) {
        var found = new java.util.LinkedHashMap<String, List<String>>();
        supporting().forEach(test -> found.putIfAbsent(test.question(), answers.get(test.question())));
        return found;
    }

    private Stream<ConditionTrace> supporting() {
        if (!held || kind.equals("not")) {
            return Stream.empty();
        }
        return kind.equals("answer") ? Stream.of(this) : parts.stream().flatMap(ConditionTrace::supporting);
    }
}
