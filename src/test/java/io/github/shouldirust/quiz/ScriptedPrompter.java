package io.github.shouldirust.quiz;

import io.github.shouldirust.core.Question;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * A prompter that replays steps (and choices at the settled notice) and records what it was asked, for
 * testing the quiz's navigation. Running out of script cancels, as Ctrl-D would.
 */
final class ScriptedPrompter implements Prompter {
    record Asked(String question, Progress progress, Step start, boolean canGoBack) {}

    private final Deque<Object> script;
    final List<Asked> asked = new ArrayList<>();
    final List<String> settledMessages = new ArrayList<>();
    final List<String> said = new ArrayList<>();

    /** @param script {@link Step}s for questions and {@link Settled} choices for the settled notice */
    ScriptedPrompter(Object... script) {
        this.script = new ArrayDeque<>(List.of(script));
    }

    @Override
    public Step ask(Question question, Progress progress, Step start, boolean canGoBack) throws QuizCancelledException {
        asked.add(new Asked(question.id(), progress, start, canGoBack));
        if (script.isEmpty() || !(script.peekFirst() instanceof Step)) {
            throw new QuizCancelledException();
        }
        return (Step) script.removeFirst();
    }

    @Override
    public Settled settled(String message, int remaining, boolean canGoBack) throws QuizCancelledException {
        settledMessages.add(message);
        if (script.isEmpty() || !(script.peekFirst() instanceof Settled)) {
            throw new QuizCancelledException();
        }
        return (Settled) script.removeFirst();
    }

    @Override
    public String askLine(String prompt) {
        return "";
    }

    @Override
    public void say(String line) {
        said.add(line);
    }

    List<String> questions() {
        return asked.stream().map(Asked::question).toList();
    }
}
