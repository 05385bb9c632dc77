package io.github.shouldirust.cli;

import java.nio.charset.Charset;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A file name from the command line. An empty one is refused: {@code Path.of("")} is the working
 * directory, so {@code --answers ""} used to fail with ": is a directory, not a file".
 */
final class FileNameConverter implements ITypeConverter<Path> {
    @Override
    public Path convert(String value) {
        try {
            return path(checked(value));
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }

    /**
     * The file a name means, or an IllegalArgumentException saying why it means none. A name with a
     * replacement character (U+FFFD) was not read as written: under LANG=C a name typed or passed in UTF-8
     * arrives with its letters unreadable, and writing it would make a file under another name.
     */
    static Path path(String name) {
        var fileNames = fileNameCharset();
        var charset = fileNames.name();
        if (name.indexOf('\uFFFD') >= 0) {
            throw new IllegalArgumentException("not a valid file name: part of it could not be read in the locale's "
                    + "character set (" + charset + "); run under a locale that matches the terminal (such as "
                    + "LANG=C.UTF-8) or use ASCII letters");
        }
        try {
            return Path.of(name);
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException(
                    fileNames.newEncoder().canEncode(name)
                            ? "not a valid file name (" + e.getReason() + ")"
                            : "not a valid file name: the locale's character set (" + charset + ") cannot hold its "
                                    + "letters; run under a UTF-8 locale (such as LANG=C.UTF-8) or use ASCII letters",
                    e);
        }
    }

    /** The character set the JVM encodes file names in, which the locale decides when the JVM starts. */
    static Charset fileNameCharset() {
        try {
            return Charset.forName(System.getProperty(
                    "sun.jnu.encoding", Charset.defaultCharset().name()));
        } catch (IllegalArgumentException e) {
            return Charset.defaultCharset();
        }
    }

    /** The name as given, or a conversion error when it is empty. */
    static String checked(String value) {
        if (value.isEmpty()) {
            throw new TypeConversionException("the file name is empty");
        }
        return value;
    }

    /** {@code --answers}: a file name or '-' for stdin, kept as a string. */
    static final class OrStdin implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            return checked(value);
        }
    }
}
