package io.github.shouldirust.quiz;

import java.io.IOException;
import org.jline.terminal.Terminal;

/** A terminal opened for the quiz, with its prompter; closing restores the terminal as it was. */
public final class QuizSession implements AutoCloseable {
    private final Terminal terminal;
    private final Prompter prompter;

    private QuizSession(Terminal terminal, Prompter prompter) {
        this.terminal = terminal;
        this.prompter = prompter;
    }

    /**
     * Arrow-key prompts where the terminal can move the cursor, numbered prompts otherwise.
     *
     * @param stopJob stops the program as Ctrl-Z does, returning once it is continued
     */
    public static QuizSession on(Terminal terminal, boolean colour, Runnable stopJob) {
        var prompter = QuizTerminal.supportsCursor(terminal)
                ? new KeyPrompter(terminal, colour, stopJob)
                : new NumberedPrompter(terminal);
        return new QuizSession(terminal, prompter);
    }

    public Prompter prompter() {
        return prompter;
    }

    @Override
    public void close() throws IOException {
        try {
            prompter.restoreTerminal();
        } finally {
            terminal.close();
        }
    }
}
