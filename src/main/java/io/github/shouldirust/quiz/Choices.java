package io.github.shouldirust.quiz;

import io.github.shouldirust.core.Choice;
import io.github.shouldirust.core.Question;
import io.github.shouldirust.render.Printable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The selection state of one question on screen: the options plus a last row, "don't know", a cursor,
 * and for a multi-choice question the ticked values. Shared by both prompters, so they agree on meaning.
 */
final class Choices {
    static final String DONT_KNOW = "Don't know";

    private final Question question;
    private final Set<String> ticked = new LinkedHashSet<>();
    private int cursor;
    /** Whether the person has ticked or unticked anything, or only sees the pre-selected default. */
    private boolean toggled;

    Choices(Question question, Step start) {
        this.question = question;
        if (start instanceof Step.DontKnow) {
            cursor = dontKnowRow();
        } else if (start instanceof Step.Answer answer && !answer.values().isEmpty()) {
            cursor = Math.max(0, question.values().indexOf(answer.values().get(0)));
            if (question.isMulti()) {
                ticked.addAll(answer.values());
            }
        }
    }

    Question question() {
        return question;
    }

    /** Options then the "don't know" row. */
    int rows() {
        return question.choices().size() + 1;
    }

    int dontKnowRow() {
        return question.choices().size();
    }

    int cursor() {
        return cursor;
    }

    boolean isTicked(int row) {
        return row < dontKnowRow()
                && ticked.contains(question.choices().get(row).value());
    }

    String label(int row) {
        // One screen row each: a line break in a label would throw the redraw off.
        return row == dontKnowRow()
                ? DONT_KNOW
                : Printable.line(question.choices().get(row).label());
    }

    boolean isDefault(int row) {
        return row < dontKnowRow()
                && question.defaults().contains(question.choices().get(row).value());
    }

    void up() {
        cursor = (cursor + rows() - 1) % rows();
    }

    void down() {
        cursor = (cursor + 1) % rows();
    }

    void moveTo(int row) {
        cursor = Math.max(0, Math.min(row, rows() - 1));
    }

    /** Ticks or unticks the row under the cursor; an exclusive option ("none") clears the others. */
    void toggle() {
        if (!question.isMulti() || cursor == dontKnowRow()) {
            return;
        }
        toggled = true;
        Choice choice = question.choices().get(cursor);
        if (!ticked.remove(choice.value())) {
            if (choice.exclusive()) {
                ticked.clear();
            } else {
                ticked.removeIf(
                        value -> question.choice(value).map(Choice::exclusive).orElse(false));
            }
            ticked.add(choice.value());
        }
    }

    /**
     * Enter: "don't know" on its row; for a single-choice question the row under the cursor; for a
     * multi-choice question the ticked values, or the row under the cursor when nothing is ticked or
     * when only the untouched default is (moving to "single binary" and pressing enter means that, not
     * the pre-ticked "none").
     */
    Step choose() {
        if (cursor == dontKnowRow()) {
            return new Step.DontKnow();
        }
        var onlyDefault = !toggled && !isTicked(cursor);
        if (question.isMulti() && !ticked.isEmpty() && !onlyDefault) {
            var values = new ArrayList<String>();
            question.values().stream().filter(ticked::contains).forEach(values::add);
            return new Step.Answer(values);
        }
        return new Step.Answer(List.of(question.choices().get(cursor).value()));
    }

    /** How a step reads in the transcript line left after the question. */
    static String describe(Question question, Step step) {
        if (step instanceof Step.Answer answer) {
            return Printable.line(String.join(
                    ", ",
                    answer.values().stream()
                            .map(value ->
                                    question.choice(value).map(Choice::label).orElse(value))
                            .toList()));
        }
        return DONT_KNOW.toLowerCase(java.util.Locale.ROOT);
    }
}
