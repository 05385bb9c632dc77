package io.github.shouldirust.quiz;

import java.util.List;

/** What the person did at one question. */
public sealed interface Step {

    /** Chose these values (one for a single-choice question). */
    record Answer(List<String> values) implements Step {
        public Answer {
            values = List.copyOf(values);
        }
    }

    /** Chose "don't know": the question stays unanswered. */
    record DontKnow() implements Step {}

    /** Asked to return to the previous question. */
    record Back() implements Step {}
}
