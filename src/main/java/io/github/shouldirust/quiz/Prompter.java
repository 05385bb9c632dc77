package io.github.shouldirust.quiz;

import io.github.shouldirust.core.Question;
import java.io.IOException;

/** Asks one question on a terminal. Two kinds: arrow keys where the terminal allows, numbers where not. */
public interface Prompter {

    /**
     * @param start where the selection starts: the earlier answer (or "don't know") when going back, else
     *     the question's default, else "don't know": never an answer nobody gave
     * @param canGoBack false on the first question
     * @return an answer, "don't know" or back, never null
     */
    Step ask(Question question, Progress progress, Step start, boolean canGoBack)
            throws IOException, QuizCancelledException;

    /**
     * Says that no answer to the remaining questions can change the verdict ({@code message}), and asks
     * whether to see it now or answer the {@code remaining} questions anyway.
     */
    Settled settled(String message, int remaining, boolean canGoBack) throws IOException, QuizCancelledException;

    /** Asks for a line of text after {@code prompt}, stripped; empty when the person just presses enter. */
    String askLine(String prompt) throws IOException, QuizCancelledException;

    /** Asks for a file name to save the answers to; empty means don't save. */
    default String askSavePath() throws IOException, QuizCancelledException {
        return askLine("Save these answers to a file for --answers (enter to skip): ");
    }

    /** Asks whose answers these are, for {@code compare}; empty means the file says no name. */
    default String askName() throws IOException, QuizCancelledException {
        return askLine("Whose answers are these? A name for compare (enter to skip): ");
    }

    /** Gives the terminal back its own settings, before the result is printed; idempotent. */
    default void restoreTerminal() {}

    /** Shows a line of text to the person (not on stdout: stdout is for the result). */
    void say(String line);
}
