package io.github.shouldirust.support;

import io.github.shouldirust.load.FileProblem;
import io.github.shouldirust.load.LoadException;
import java.util.Arrays;
import java.util.List;

/**
 * The fuzz tests' property: what a bad input may produce is one of our documented errors, located in a
 * file we were given. Plain checks, not AssertJ, so a fuzzer spends its time in the code under test.
 */
public final class Documented {
    private Documented() {}

    /** A LoadException as documented: at least one problem, each located in one of {@code files}. */
    public static void assertLocated(LoadException e, String... files) {
        if (e.problems().isEmpty()) {
            throw new AssertionError("a LoadException with no problems", e);
        }
        assertLocated(e.problems(), files);
    }

    /**
     * Each problem is at {@code file:line:column} (both from 1) or on the whole file (line and column 0),
     * in one of {@code files}, with a message.
     */
    public static void assertLocated(List<FileProblem> problems, String... files) {
        for (var problem : problems) {
            var at = problem.location();
            if (!Arrays.asList(files).contains(at.file())) {
                throw new AssertionError(
                        "problem in an unexpected file (expected one of " + Arrays.toString(files) + "): " + problem);
            }
            var located = at.line() >= 1 && at.column() >= 1;
            var wholeFile = at.line() == 0 && at.column() == 0;
            if (!located && !wholeFile) {
                throw new AssertionError(
                        "problem with a bad location " + at.line() + ":" + at.column() + ": " + problem);
            }
            if (problem.message() == null || problem.message().isBlank()) {
                throw new AssertionError("problem with no message at " + at);
            }
        }
    }
}
