package io.github.shouldirust.core;

import java.util.ArrayList;
import java.util.List;

/** Every answer a question can have, for checks that must try them all. */
final class AnswerSpace {
    private AnswerSpace() {
    }

    /**
     * Unanswered (an empty list) first, then each value; for a multi-choice question every non-empty set
     * of values that respects exclusive options, each in option order.
     */
    static List<List<String>> options(Question question) {
        var options = new ArrayList<List<String>>();
        options.add(List.of());
        var values = question.values();
        if (!question.isMulti()) {
            values.forEach(value -> options.add(List.of(value)));
            return options;
        }
        for (int mask = 1; mask < (1 << values.size()); mask++) {
            var chosen = new ArrayList<String>();
            boolean exclusive = false;
            for (int bit = 0; bit < values.size(); bit++) {
                if ((mask & (1 << bit)) != 0) {
                    chosen.add(values.get(bit));
                    exclusive |= question.choices().get(bit).exclusive();
                }
            }
            if (!exclusive || chosen.size() == 1) {
                options.add(List.copyOf(chosen));
            }
        }
        return options;
    }
}
