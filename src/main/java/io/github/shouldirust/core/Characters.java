package io.github.shouldirust.core;

/** Characters that text from files and flags must not carry as they are onto a terminal, a log or a label. */
public final class Characters {
    private Characters() {}

    /**
     * Control characters (C0, DEL, C1), line and paragraph separators, and the invisible ones: zero-width
     * spaces and joiners, direction marks and overrides, the byte-order mark.
     */
    public static boolean unprintable(char c) {
        return c < 0x20
                || c == 0x7F
                || (c >= 0x80 && c <= 0x9F)
                || c == 0x2028
                || c == 0x2029
                || (c >= 0x200B && c <= 0x200F)
                || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2060 && c <= 0x2069)
                || c == 0xFEFF;
    }
}
