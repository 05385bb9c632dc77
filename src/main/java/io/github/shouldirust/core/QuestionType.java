package io.github.shouldirust.core;

import java.util.Locale;

/** Whether a question takes one answer or several. */
public enum QuestionType {
    SINGLE,
    MULTI;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
