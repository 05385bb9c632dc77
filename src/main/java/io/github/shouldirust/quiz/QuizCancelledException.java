package io.github.shouldirust.quiz;

/** Ctrl-C or Ctrl-D (end of input) during the quiz: nothing is evaluated or written. */
public final class QuizCancelledException extends Exception {
    private static final long serialVersionUID = 1L;

    public QuizCancelledException() {
        super("quiz cancelled");
    }
}
