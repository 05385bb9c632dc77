package io.github.shouldirust.quiz;

import io.github.shouldirust.core.Question;
import java.io.IOException;

/** Asks one question on a terminal. Two kinds: arrow keys where the terminal allows, numbers where not. */
public interface Prompter {

    /**
     * @param number this question's place among those asked, from 1
     * @param start where the selection starts: the earlier answer (or "don't know") when going back, else
     *     the question's default, which may be no value at all
     * @param canGoBack false on the first question
     * @return an answer, "don't know" or back, never null
     */
    Step ask(Question question, int number, int total, Step start, boolean canGoBack)
            throws IOException, QuizCancelledException;

    /** Asks for a file name to save the answers to; empty means don't save. */
    String askSavePath() throws IOException, QuizCancelledException;

    /** Gives the terminal back its own settings, before the result is printed; idempotent. */
    default void restoreTerminal() {
    }

    /** Shows a line of text to the person (not on stdout: stdout is for the result). */
    void say(String line);
}
