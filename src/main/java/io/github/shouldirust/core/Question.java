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
 * @param rustFavours for a question whose options form a scale, which end favours Rust; the checker holds
 *     every rule to it
 */
public record Question(
        String id,
        QuestionType type,
        String prompt,
        String help,
        List<Choice> choices,
        List<String> defaults,
        boolean fixed,
        Scale rustFavours) {

    /** Which end of an ordered list of options favours Rust; NONE when the options are not a scale. */
    public enum Scale {
        NONE,
        FIRST,
        LAST
    }

    public Question {
        rustFavours = rustFavours == null ? Scale.NONE : rustFavours;
        choices = List.copyOf(choices);
        defaults = List.copyOf(defaults);
    }

    public Question(
            String id, QuestionType type, String prompt, String help, List<Choice> choices, List<String> defaults) {
        this(id, type, prompt, help, choices, defaults, false, Scale.NONE);
    }

    public List<String> values() {
        return choices.stream().map(Choice::value).toList();
    }

    public Optional<Choice> choice(String value) {
        // A loop, not a stream: every answer checked goes through here, ~1,000 times in `rules test`.
        for (var choice : choices) {
            if (choice.value().equals(value)) {
                return Optional.of(choice);
            }
        }
        return Optional.empty();
    }

    public boolean isMulti() {
        return type == QuestionType.MULTI;
    }

    /** The values from least to most in Rust's favour; empty when the options are not a scale. */
    public List<String> scaleTowardRust() {
        var values = new java.util.ArrayList<>(values());
        if (rustFavours == Scale.FIRST) {
            java.util.Collections.reverse(values);
        }
        return rustFavours == Scale.NONE ? List.of() : List.copyOf(values);
    }
}
