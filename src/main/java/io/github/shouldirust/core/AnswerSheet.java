package io.github.shouldirust.core;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Answers plus the questions answered "don't know": those stay unanswered for the evaluation, but a
 * quiz does not ask them again and a saved answers file keeps them (as null).
 */
public record AnswerSheet(Answers answers, Set<String> dontKnow) {
    /**
     * Keys an answers file uses for itself rather than for a question: {@code name} (whose answers they
     * are, for {@code compare}) and {@code rules} (the id of the rules they were given for). No question
     * may take these ids.
     */
    public static final Set<String> FILE_KEYS = Set.of("name", "rules");

    public AnswerSheet {
        dontKnow = Collections.unmodifiableSet(new LinkedHashSet<>(dontKnow));
    }

    /** Whether the question was answered, or answered "don't know". */
    public boolean isSettled(String question) {
        return answers.isAnswered(question) || dontKnow.contains(question);
    }
}
