package io.github.shouldirust.core;

import java.util.List;

/** A rules file that cannot be used, with every error found in it. */
public final class InvalidRulesException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public InvalidRulesException(List<Problem> problems) {
        super(problems.isEmpty() ? "invalid rules" : problems.get(0).message());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
