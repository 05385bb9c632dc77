package io.github.shouldirust.render;

/**
 * GitHub Actions' workflow commands ({@code ::notice title=T::message}): the escaping its runner
 * requires, so that a line break or a {@code ::} in text from a rules file can neither end the
 * annotation early nor start a command of its own.
 */
public final class WorkflowCommands {
    private WorkflowCommands() {}

    /** A command's message: everything after its {@code ::}. */
    public static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** A property's value ({@code file=}, {@code title=}), where {@code :} and {@code ,} end it too. */
    public static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
