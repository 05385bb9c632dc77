package io.github.shouldirust.core;

/**
 * Something wrong with a rules file, found by the core.
 *
 * @param path a JSON pointer into the rules document (for example {@code /rules/3/claims/0}), which a
 *     loader turns into a file, line and column
 * @param atName true when the problem is the name at the end of the path (an unknown key), not its value
 */
public record Problem(Severity severity, String path, String message, boolean atName) {

    public enum Severity {
        ERROR,
        WARNING
    }

    public static Problem error(String path, String message) {
        return new Problem(Severity.ERROR, path, message, false);
    }

    /** An error about the name that ends the path, such as an unknown language in a mapping of effects. */
    public static Problem errorAtName(String path, String message) {
        return new Problem(Severity.ERROR, path, message, true);
    }

    public static Problem warning(String path, String message) {
        return new Problem(Severity.WARNING, path, message, false);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
