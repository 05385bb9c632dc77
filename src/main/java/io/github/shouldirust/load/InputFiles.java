package io.github.shouldirust.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads the files and streams a user points us at, within {@link YamlReader#MAX_BYTES}. */
public final class InputFiles {
    private InputFiles() {}

    public static byte[] read(Path path) throws LoadException {
        var name = path.toString();
        try {
            if (Files.isDirectory(path)) {
                throw problem(name, "is a directory, not a file");
            }
            // Opening a FIFO blocks until a writer comes, and a device may never end: nothing may wait
            // outside a terminal, so only regular files are read by name (stdin is '-').
            if (Files.exists(path) && !Files.isRegularFile(path)) {
                throw problem(name, "is not a regular file (a device, pipe or socket); for stdin, write -");
            }
            if (Files.size(path) > YamlReader.MAX_BYTES) {
                throw problem(
                        name, "file is larger than the limit of " + YamlReader.MAX_BYTES / (1024 * 1024) + " MiB");
            }
            try (var in = Files.newInputStream(path)) {
                return readBounded(in, name);
            }
        } catch (NoSuchFileException e) {
            throw problem(name, "no such file" + fileInTheWay(path));
        } catch (AccessDeniedException e) {
            throw problem(name, "permission denied");
        } catch (FileSystemException e) {
            if (!fileInTheWay(path).isEmpty()) {
                throw problem(name, "no such file" + fileInTheWay(path));
            }
            // Its message repeats the path ("a.yaml/x: Not a directory"); the reason alone follows our own.
            throw problem(name, "cannot read: " + (e.getReason() != null ? e.getReason() : e.getMessage()));
        } catch (IOException e) {
            throw problem(name, "cannot read: " + e.getMessage());
        }
    }

    /**
     * Why a path cannot exist, when a part of it is a file ("a.yaml/x"): JDK 17 says "Not a directory",
     * 25 only "no such file"; both now say which file is in the way.
     */
    private static String fileInTheWay(Path path) {
        for (var ancestor = path.getParent(); ancestor != null; ancestor = ancestor.getParent()) {
            if (Files.exists(ancestor)) {
                return Files.isRegularFile(ancestor) ? " (" + ancestor + " is a file, not a directory)" : "";
            }
        }
        return "";
    }

    /** Reads a stream such as stdin, refusing more than the size limit without reading it all. */
    public static byte[] readBounded(InputStream in, String name) throws LoadException {
        try {
            var bytes = in.readNBytes(YamlReader.MAX_BYTES + 1);
            if (bytes.length > YamlReader.MAX_BYTES) {
                throw problem(
                        name, "input is larger than the limit of " + YamlReader.MAX_BYTES / (1024 * 1024) + " MiB");
            }
            return bytes;
        } catch (IOException e) {
            throw problem(name, "cannot read: " + e.getMessage());
        }
    }

    private static LoadException problem(String name, String message) {
        return new LoadException(FileProblem.error(Location.wholeFile(name), message));
    }
}
