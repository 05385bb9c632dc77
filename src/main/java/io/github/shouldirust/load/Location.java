package io.github.shouldirust.load;

/** A place in a file, 1-based, as editors and compilers print it; line 0 means the file as a whole. */
public record Location(String file, int line, int column) {

    public static Location wholeFile(String file) {
        return new Location(file, 0, 0);
    }

    @Override
    public String toString() {
        return line < 1 ? file : file + ":" + line + ":" + column;
    }
}
