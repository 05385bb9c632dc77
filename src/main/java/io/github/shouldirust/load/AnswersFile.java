package io.github.shouldirust.load;

import io.github.shouldirust.core.AnswerSheet;
import io.github.shouldirust.core.RuleSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes answers as a file that {@code --answers} replays exactly: the questions in the rules' order,
 * "don't know" as null (so a quiz does not ask it again), every string double-quoted so YAML never reads
 * "no" as a boolean. Questions neither answered nor "don't know" are left out, so a quiz still asks them.
 */
public final class AnswersFile {
    private AnswersFile() {
    }

    public static String render(RuleSet rules, AnswerSheet sheet) {
        var answers = sheet.answers();
        var dontKnow = sheet.dontKnow();
        var text = new StringBuilder()
                .append("# Answers for should-i-rust (rules ").append(rules.describe()).append(").\n")
                .append("# Replay them with: should-i-rust --answers FILE   (null means \"don't know\")\n");
        for (var question : rules.questions()) {
            if (!answers.isAnswered(question.id()) && !dontKnow.contains(question.id())) {
                continue;
            }
            text.append(key(question.id())).append(": ");
            if (!answers.isAnswered(question.id())) {
                text.append("null");
            } else if (question.isMulti()) {
                text.append(answers.get(question.id()).stream().map(AnswersFile::quote)
                        .collect(Collectors.joining(", ", "[", "]")));
            } else {
                text.append(quote(answers.get(question.id()).get(0)));
            }
            text.append('\n');
        }
        return text.toString();
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

    /** Plain when YAML reads it back as the same string; quoted otherwise. */
    private static String key(String id) {
        return id.matches("[a-z][a-z0-9-]*") && !PLAIN_BUT_NOT_STRINGS.contains(id) ? id : quote(id);
    }

    /** Words YAML 1.1 readers take for booleans or null. */
    private static final java.util.Set<String> PLAIN_BUT_NOT_STRINGS = java.util.Set.of("y", "n", "yes", "no",
            "on", "off", "true", "false", "null");

    /** A YAML double-quoted scalar (JSON string syntax, which YAML accepts). */
    private static String quote(String text) {
        var quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
