package io.github.shouldirust.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;

/** Writes the files a user asks for (answers, results, JUnit reports): whole or not at all. */
public final class OutputFiles {
    private OutputFiles() {}

    /**
     * Writes to a temporary file beside the target, then moves it into place, so an interrupted write
     * never leaves a half-written file. The target is checked again just before the move: a rename must
     * never land on a symbolic link or a special file that appeared since {@link #problemWith}.
     *
     * @throws FileAlreadyExistsException when the file exists and {@code overwrite} is false
     */
    public static void write(Path file, String content, boolean overwrite) throws IOException {
        var target = file.toAbsolutePath();
        if (!overwrite && (Files.exists(target, LinkOption.NOFOLLOW_LINKS))) {
            throw new FileAlreadyExistsException(file.toString());
        }
        var temporary = Files.createTempFile(target.getParent(), ".should-i-rust-", ".tmp");
        try {
            Files.writeString(temporary, content, StandardCharsets.UTF_8);
            keepPermissions(temporary, target);
            var problem = notARegularFile(target);
            if (problem.isPresent()) {
                throw new FileSystemException(file.toString(), null, problem.get());
            }
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
     * Why a file may not be written there, in plain words, or empty when it may. One policy for every file
     * the tool writes (--output, --save, the quiz's offer to save, --junit), checked before any work so
     * nobody answers fourteen questions to lose them at the end:
     * <ul>
     *   <li>only a regular file, or a new name in a directory that exists and is writable: never a
     *       directory, device, pipe or socket, whatever --force says;</li>
     *   <li>never a symbolic link, dangling or not: replacing it would leave its target as it was, so the
     *       user names the file itself;</li>
     *   <li>an existing file only with --force;</li>
     *   <li>never a file the same run reads ({@code inputs}), told apart by what the path resolves to,
     *       not by how it is spelled.</li>
     * </ul>
     */
    public static Optional<String> problemWith(Path file, boolean overwrite, List<Path> inputs) {
        var target = file.toAbsolutePath();
        var parent = target.getParent();
        var special = notARegularFile(target);
        if (special.isPresent()) {
            return special;
        }
        for (var input : inputs) {
            if (sameFile(file, input)) {
                return Optional.of("is also read by this run (" + input + "); write to another file");
            }
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

    /** {@link #problemWith(Path, boolean, List)} for a run that reads no file. */
    public static Optional<String> problemWith(Path file, boolean overwrite) {
        return problemWith(file, overwrite, List.of());
    }

    /** What is in the way of a regular file at this path: a link, directory or special file. */
    private static Optional<String> notARegularFile(Path target) {
        if (Files.isSymbolicLink(target)) {
            return Optional.of("is a symbolic link; name the file itself (a rename would replace the link)");
        }
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of("is a directory, not a file");
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)
                && !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of(
                    "is not a regular file (a device, pipe or socket); write to a regular file, or to stdout");
        }
        return Optional.empty();
    }

    /**
     * Whether two paths name the same file, however spelled: through symbolic links, "..", or a second
     * hard link. A path that does not exist yet is compared by its directory's real path and its name.
     */
    public static boolean sameFile(Path a, Path b) {
        try {
            if (Files.exists(a) && Files.exists(b)) {
                return Files.isSameFile(a, b);
            }
            return resolved(a).equals(resolved(b));
        } catch (IOException | SecurityException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }

    private static Path resolved(Path path) throws IOException {
        var absolute = path.toAbsolutePath().normalize();
        var parent = absolute.getParent();
        if (parent == null || absolute.getFileName() == null) {
            return absolute;
        }
        return Files.exists(parent) ? parent.toRealPath().resolve(absolute.getFileName()) : absolute;
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
        var permissions = Files.exists(target)
                ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(temporary, permissions);
    }
}
