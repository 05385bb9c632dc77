package io.github.shouldirust.quiz;

import io.github.shouldirust.core.Question;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** A prompter that replays steps and records what it was asked, for testing the quiz's navigation. */
final class ScriptedPrompter implements Prompter {
    record Asked(String question, int number, int total, Step start, boolean canGoBack) {
    }

    private final Deque<Step> steps;
    final List<Asked> asked = new ArrayList<>();

    ScriptedPrompter(Step... steps) {
        this.steps = new ArrayDeque<>(List.of(steps));
    }

    @Override
    public Step ask(Question question, int number, int total, Step start, boolean canGoBack)
            throws QuizCancelledException {
        asked.add(new Asked(question.id(), number, total, start, canGoBack));
        if (steps.isEmpty()) {
            throw new QuizCancelledException();
        }
        return steps.removeFirst();
    }

    @Override
    public String askSavePath() {
        return "";
    }

    @Override
    public void say(String line) {
    }
}
