package io.github.shouldirust.core;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * When a rule fires: plain data over the answers, so a rules file can describe logic but never run code.
 */
public sealed interface Condition {

    boolean holds(Answers answers);

    /** Every answer test inside this condition, for validation and analysis. */
    Stream<AnswerIn> tests();

    /** The questions this condition tests, each once, in the order written. */
    default List<String> questions() {
        var found = new java.util.LinkedHashSet<String>();
        collectQuestions(this, found);
        return List.copyOf(found);
    }

    /** A plain recursive walk: analyses call this on a cold JVM, where streams cost more than the work. */
    private static void collectQuestions(Condition condition, java.util.Set<String> found) {
        if (condition instanceof AnswerIn test) {
            found.add(test.question());
        } else if (condition instanceof Not not) {
            collectQuestions(not.part(), found);
        } else {
            var parts = condition instanceof All all ? all.parts() : ((Any) condition).parts();
            for (var part : parts) {
                collectQuestions(part, found);
            }
        }
    }

    /** Holds when every part holds; an empty list always holds. */
    record All(List<Condition> parts) implements Condition {
        public All {
            parts = List.copyOf(parts);
        }

        // Loops, not streams, in every holds(): what-if and rules check call it millions of times.
        @Override
        public boolean holds(Answers answers) {
            for (var part : parts) {
                if (!part.holds(answers)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public Stream<AnswerIn> tests() {
            return parts.stream().flatMap(Condition::tests);
        }
    }

    /** Holds when at least one part holds; an empty list never holds. */
    record Any(List<Condition> parts) implements Condition {
        public Any {
            parts = List.copyOf(parts);
        }

        @Override
        public boolean holds(Answers answers) {
            for (var part : parts) {
                if (part.holds(answers)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public Stream<AnswerIn> tests() {
            return parts.stream().flatMap(Condition::tests);
        }
    }

    record Not(Condition part) implements Condition {
        @Override
        public boolean holds(Answers answers) {
            return !part.holds(answers);
        }

        @Override
        public Stream<AnswerIn> tests() {
            return part.tests();
        }
    }

    /**
     * Holds when the question is answered with one of the values (for a multi-choice question: when any
     * chosen value is among them). An unanswered question never matches.
     */
    record AnswerIn(String question, Set<String> values) implements Condition {
        public AnswerIn {
            values = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(values));
        }

        @Override
        public boolean holds(Answers answers) {
            for (var value : answers.get(question)) {
                if (values.contains(value)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public Stream<AnswerIn> tests() {
            return Stream.of(this);
        }
    }
}
