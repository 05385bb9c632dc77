package io.github.shouldirust.quiz;

import io.github.shouldirust.core.AnswerSheet;
import io.github.shouldirust.core.Answers;
import io.github.shouldirust.core.Evaluator;
import io.github.shouldirust.core.Outlook;
import io.github.shouldirust.core.Question;
import io.github.shouldirust.core.RuleSet;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Walks a person through the open questions, forward and back, and returns the answers. It asks next
 * whatever tells most about the verdict ({@link Outlook#nextQuestion()}) and stops when the verdict is
 * settled, offering to go on. Knows nothing of terminals: a {@link Prompter} does the asking.
 */
public final class Quiz {
    private final RuleSet rules;
    private final Prompter prompter;
    private final boolean allQuestions;

    /** @param allQuestions ask every open question, even once the verdict is settled */
    public Quiz(RuleSet rules, Prompter prompter, boolean allQuestions) {
        this.rules = rules;
        this.prompter = prompter;
        this.allQuestions = allQuestions;
    }

    /**
     * The given sheet plus the quiz's answers; a "don't know" leaves its question unanswered and joins the
     * sheet's "don't know"s. Questions the sheet answers (or knows as "don't know") are not asked.
     */
    public AnswerSheet run(AnswerSheet given) throws IOException, QuizCancelledException {
        var answers = given.answers();
        Set<String> unknown = new LinkedHashSet<>(given.dontKnow());
        var asked = new ArrayList<String>();
        // The last choice at each question, shown again when it is asked again (after going back).
        Map<String, Step> earlier = new HashMap<>();
        boolean all = allQuestions;
        String again = null;
        while (true) {
            var remaining = remaining(answers, unknown);
            Question next;
            if (again != null) {
                next = rules.question(again).orElseThrow();
                again = null;
            } else {
                if (remaining.isEmpty()) {
                    break;
                }
                var outlook = Outlook.of(Evaluator.evaluate(rules, answers), unknown);
                if (!all && outlook.settled()) {
                    var choice = prompter.settled(settledMessage(remaining.size()), remaining.size(), !asked.isEmpty());
                    if (choice == Settled.FINISH) {
                        break;
                    }
                    if (choice == Settled.BACK) {
                        again = asked.remove(asked.size() - 1);
                        answers = answers.without(again);
                        unknown.remove(again);
                    }
                    all |= choice == Settled.ANSWER_THE_REST;
                    continue;
                }
                var chosen = outlook.nextQuestion();
                if (chosen.isEmpty() && !all) {
                    prompter.say("No question left to ask can change the verdict; only those answered "
                            + "\"don't know\" could.");
                    break;
                }
                next = chosen.orElse(remaining.get(0));
            }
            var progress = new Progress(asked.size() + 1, asked.size() + Math.max(1, remaining.size()), !all);
            var step = prompter.ask(next, progress, start(next, earlier), !asked.isEmpty());
            if (step instanceof Step.Back) {
                if (!asked.isEmpty()) {
                    again = asked.remove(asked.size() - 1);
                    answers = answers.without(again);
                    unknown.remove(again);
                }
                continue;
            }
            earlier.put(next.id(), step);
            asked.add(next.id());
            if (step instanceof Step.Answer answer) {
                answers = answers.with(next.id(), answer.values());
            } else {
                unknown.add(next.id());
            }
        }
        // Asked in the order that mattered; kept in the file's order, as every answers source is.
        return new AnswerSheet(rules.inQuestionOrder(answers), unknown);
    }

    /** Open questions not yet answered "don't know", in file order. */
    private List<Question> remaining(Answers answers, Set<String> unknown) {
        return rules.questions().stream()
                .filter(q -> !answers.isAnswered(q.id()) && !unknown.contains(q.id()))
                .toList();
    }

    private String settledMessage(int remaining) {
        int total = rules.questions().size();
        return "Settled after " + (total - remaining) + " of " + total + " questions: no answer to the other "
                + remaining + (remaining == 1 ? " can change it." : " can change it.");
    }

    /**
     * The earlier choice when asked again, else the question's default, else "don't know": Enter on an
     * untouched question never invents an answer.
     */
    private static Step start(Question question, Map<String, Step> earlier) {
        var before = earlier.get(question.id());
        if (before != null) {
            return before;
        }
        return question.defaults().isEmpty() ? new Step.DontKnow() : new Step.Answer(question.defaults());
    }
}
