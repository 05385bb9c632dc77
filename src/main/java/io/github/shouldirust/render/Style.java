package io.github.shouldirust.render;

/** ANSI styling that turns into plain text when colour is off. */
public final class Style {
    private static final String RESET = "\u001b[0m";

    private final boolean colour;

    private Style(boolean colour) {
        this.colour = colour;
    }

    public static Style colour() {
        return new Style(true);
    }

    public static Style plain() {
        return new Style(false);
    }

    public boolean isColour() {
        return colour;
    }

    public String bold(String text) {
        return wrap("1", text);
    }

    public String dim(String text) {
        return wrap("2", text);
    }

    public String green(String text) {
        return wrap("1;32", text);
    }

    public String yellow(String text) {
        return wrap("1;33", text);
    }

    public String red(String text) {
        return wrap("1;31", text);
    }

    private String wrap(String code, String text) {
        return colour ? "\u001b[" + code + "m" + text + RESET : text;
    }

    /** A verdict in its colour: green to use Rust, yellow to consider it, red to avoid it. */
    public String verdict(io.github.shouldirust.core.Verdict verdict) {
        return switch (verdict) {
            case USE_RUST -> green(verdict.id());
            case CONSIDER_RUST -> yellow(verdict.id());
            case AVOID_RUST -> red(verdict.id());
        };
    }
}
