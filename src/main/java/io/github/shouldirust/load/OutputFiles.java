package io.github.shouldirust.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/** Writes the files a user asks for (answers, results, JUnit reports): whole or not at all. */
public final class OutputFiles {
    private OutputFiles() {
    }

    /**
     * Writes to a temporary file beside the target, then moves it into place, so an interrupted write
     * never leaves a half-written file.
     *
     * @throws FileAlreadyExistsException when the file exists and {@code overwrite} is false
     */
    public static void write(Path file, String content, boolean overwrite) throws IOException {
        var target = file.toAbsolutePath();
        if (!overwrite && Files.exists(target)) {
            throw new FileAlreadyExistsException(file.toString());
        }
        var temporary = Files.createTempFile(target.getParent(), ".should-i-rust-", ".tmp");
        try {
            Files.writeString(temporary, content, StandardCharsets.UTF_8);
            keepPermissions(temporary, target);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * Why a file could not be saved there, in plain words, or empty when it can be. Checked before a
     * quiz starts, so nobody answers fourteen questions to lose them at the end.
     */
    public static Optional<String> problemWith(Path file, boolean overwrite) {
        var target = file.toAbsolutePath();
        var parent = target.getParent();
        if (Files.isDirectory(target)) {
            return Optional.of("is a directory, not a file");
        }
        if (Files.exists(target) && !overwrite) {
            return Optional.of("file exists; add --force to replace it");
        }
        if (parent == null || !Files.isDirectory(parent)) {
            return Optional.of("no such directory: " + parent);
        }
        if (!Files.isWritable(parent)) {
            return Optional.of("cannot write in " + parent + ": permission denied");
        }
        return Optional.empty();
    }

    /** An I/O failure while saving, in plain words, without the temporary file's name. */
    public static String plainMessage(IOException e) {
        if (e instanceof FileAlreadyExistsException) {
            return "file exists";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such directory";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() == null ? "cannot write" : e.getMessage();
    }

    /**
     * A new file gets rw-r--r--, not the owner-only mode of a temporary file; a replaced one keeps its
     * own mode.
     */
    private static void keepPermissions(Path temporary, Path target) throws IOException {
        if (!Files.getFileStore(temporary).supportsFileAttributeView("posix")) {
            return;
        }
        var permissions = Files.exists(target) ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(temporary, permissions);
    }
}
