package io.github.shouldirust.core;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Answers plus the questions answered "don't know": those stay unanswered for the evaluation, but a
 * quiz does not ask them again and a saved answers file keeps them (as null).
 */
public record AnswerSheet(Answers answers, Set<String> dontKnow) {
    public AnswerSheet {
        dontKnow = Collections.unmodifiableSet(new LinkedHashSet<>(dontKnow));
    }

    /** Whether the question was answered, or answered "don't know". */
    public boolean isSettled(String question) {
        return answers.isAnswered(question) || dontKnow.contains(question);
    }
}
