package io.github.shouldirust.core;

import java.util.List;
import java.util.Optional;

/**
 * A question the advisor asks about the project.
 *
 * @param help why the question is asked, shown on request
 * @param defaults the pre-selected answer for a quiz; empty when none makes sense
 * @param fixed true when the answer describes what the project is (what is being built), so a what-if
 *     never proposes changing it
 */
public record Question(String id, QuestionType type, String prompt, String help, List<Choice> choices,
        List<String> defaults, boolean fixed) {

    public Question {
        choices = List.copyOf(choices);
        defaults = List.copyOf(defaults);
    }

    public Question(String id, QuestionType type, String prompt, String help, List<Choice> choices,
            List<String> defaults) {
        this(id, type, prompt, help, choices, defaults, false);
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
