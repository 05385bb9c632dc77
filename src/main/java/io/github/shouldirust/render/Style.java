package io.github.shouldirust.render;

/** ANSI styling that turns into plain text when colour is off. */
public final class Style {
    private static final String RESET = "\u001b[0m";

    private final boolean colour;
    private final boolean blocks;

    private Style(boolean colour, boolean blocks) {
        this.colour = colour;
        this.blocks = blocks;
    }

    /** Colour, with block characters for the charts. */
    public static Style colour() {
        return new Style(true, true);
    }

    /** Colour where the terminal's locale is not UTF-8: the charts keep to ASCII, not mojibake. */
    public static Style colourAscii() {
        return new Style(true, false);
    }

    public static Style plain() {
        return new Style(false, false);
    }

    public boolean isColour() {
        return colour;
    }

    /** Whether charts may draw with block characters (colour on a UTF-8 terminal). */
    public boolean blocks() {
        return blocks;
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
