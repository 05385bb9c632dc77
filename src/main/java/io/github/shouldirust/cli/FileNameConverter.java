package io.github.shouldirust.cli;

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
            return Path.of(checked(value));
        } catch (InvalidPathException e) {
            throw new TypeConversionException("not a valid file name (" + e.getReason() + ")");
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
