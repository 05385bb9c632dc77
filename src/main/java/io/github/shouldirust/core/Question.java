package io.github.shouldirust.core;

import java.util.List;
import java.util.Optional;

/**
 * A question the advisor asks about the project.
 *
 * @param help why the question is asked, shown on request
 * @param defaults the pre-selected answer for a quiz; empty when none makes sense
 */
public record Question(String id, QuestionType type, String prompt, String help, List<Choice> choices,
        List<String> defaults) {

    public Question {
        choices = List.copyOf(choices);
        defaults = List.copyOf(defaults);
    }

    public List<String> values() {
        return choices.stream().map(Choice::value).toList();
    }

    public Optional<Choice> choice(String value) {
        return choices.stream().filter(c -> c.value().equals(value)).findFirst();
    }

    public boolean isMulti() {
        return type == QuestionType.MULTI;
    }
}
