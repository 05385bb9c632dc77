package io.github.shouldirust.load;

import java.util.List;

/** A file could not be used; holds every error found, each with its location. */
public final class LoadException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<FileProblem> problems;

    public LoadException(List<FileProblem> problems) {
        super(problems.get(0).toString());
        this.problems = List.copyOf(problems);
    }

    public LoadException(FileProblem problem) {
        this(List.of(problem));
    }

    public List<FileProblem> problems() {
        return problems;
    }
}
