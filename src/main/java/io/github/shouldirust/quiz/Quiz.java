package io.github.shouldirust.quiz;

import io.github.shouldirust.core.AnswerSheet;
import io.github.shouldirust.core.Answers;
import io.github.shouldirust.core.Question;
import java.io.IOException;
import java.util.List;
import java.util.Set;

/**
 * Walks a person through the questions not yet answered, forward and back, and returns the answers.
 * Knows nothing of terminals: a {@link Prompter} does the asking.
 */
public final class Quiz {
    private final List<Question> toAsk;
    private final Prompter prompter;

    /** @param toAsk the questions to ask, in order (those answered by flags or a file are left out) */
    public Quiz(List<Question> toAsk, Prompter prompter) {
        this.toAsk = List.copyOf(toAsk);
        this.prompter = prompter;
    }

    /**
     * The given sheet plus the quiz's answers; a "don't know" leaves its question unanswered and joins
     * the sheet's "don't know"s.
     */
    public AnswerSheet run(AnswerSheet given) throws IOException, QuizCancelledException {
        var answers = given.answers();
        // Also what going back to a "don't know" shows again, instead of the default.
        Set<String> unknown = new java.util.LinkedHashSet<>(given.dontKnow());
        int index = 0;
        while (index < toAsk.size()) {
            var question = toAsk.get(index);
            var step = prompter.ask(question, index + 1, toAsk.size(), startingPoint(question, answers, unknown),
                    index > 0);
            if (step instanceof Step.Back) {
                index = Math.max(0, index - 1);
                continue;
            }
            if (step instanceof Step.Answer answer) {
                answers = answers.with(question.id(), answer.values());
                unknown.remove(question.id());
            } else {
                answers = answers.without(question.id());
                unknown.add(question.id());
            }
            index++;
        }
        return new AnswerSheet(answers, unknown);
    }

    /** The earlier answer when going back (including "don't know"), else the question's default. */
    private static Step startingPoint(Question question, Answers answers, Set<String> unknown) {
        if (answers.isAnswered(question.id())) {
            return new Step.Answer(answers.get(question.id()));
        }
        return unknown.contains(question.id()) ? new Step.DontKnow() : new Step.Answer(question.defaults());
    }
}
