package io.github.shouldirust.core;

/** An answer names a question or a value the rules do not know; the message lists what is allowed. */
public final class BadAnswerException extends Exception {
    private static final long serialVersionUID = 1L;

    public BadAnswerException(String message) {
        super(message);
    }
}
