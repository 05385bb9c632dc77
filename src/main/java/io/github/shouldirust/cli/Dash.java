package io.github.shouldirust.cli;

import java.nio.file.Path;

/** '-' as a file name: stdin for what a command reads (--answers -), stdout for what it writes. */
final class Dash {
    private Dash() {}

    /** Whether the file named is '-', standard output. */
    static boolean is(Path file) {
        return file != null && file.toString().equals("-");
    }

    static boolean is(String name) {
        return "-".equals(name);
    }

    /** A file the command writes for real: named, and not '-'. */
    static boolean isFile(Path file) {
        return file != null && !is(file);
    }
}
