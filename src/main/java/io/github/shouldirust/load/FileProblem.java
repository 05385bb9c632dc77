package io.github.shouldirust.load;

/** A problem in a file the user gave us, printed as {@code file:line:column: message}. */
public record FileProblem(Location location, boolean isError, String message) {

    public static FileProblem error(Location location, String message) {
        return new FileProblem(location, true, message);
    }

    @Override
    public String toString() {
        return location + ": " + (isError ? "" : "warning: ") + message;
    }
}
