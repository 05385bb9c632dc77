package io.github.shouldirust.core;

/**
 * Something wrong with a rules file, found by the core.
 *
 * @param path a JSON pointer into the rules document (for example {@code /rules/3/claims/0}), which a
 *     loader turns into a file, line and column
 */
public record Problem(Severity severity, String path, String message) {

    public enum Severity { ERROR, WARNING }

    public static Problem error(String path, String message) {
        return new Problem(Severity.ERROR, path, message);
    }

    public static Problem warning(String path, String message) {
        return new Problem(Severity.WARNING, path, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
