package io.github.shouldirust.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * src/test/resources/rules/checked.yaml: a small rules file that {@code rules check} passes with no
 * warning (unlike tiny.yaml, whose avoid-rust verdict is unreachable) and whose two examples cover every
 * rule. Questions: latency (single, critical / important / unimportant, rust-favours: first) and
 * deployment (multi, embedded / browser / none, none exclusive). Rules: critical-latency (+5),
 * relaxed-latency (-4), embedded (+3); so scores range from -4 to +8; thresholds 6 and 0. Tests break it
 * with {@link Edit}s, so the line of each problem is known.
 */
public final class CheckedRulesFile {
    private CheckedRulesFile() {}

    /** One change to the file; line numbers are those of the unchanged file. */
    public record Edit(int line, String expectedOld, List<String> newLines, boolean replace) {
        /** Replaces line {@code line} (1-based), after checking what it was. */
        public static Edit replace(int line, String expectedOld, String replacement) {
            return new Edit(line, expectedOld, List.of(replacement), true);
        }

        /** Inserts lines after line {@code line} (1-based), after checking what it is. */
        public static Edit insertAfter(int line, String expectedOld, String... lines) {
            return new Edit(line, expectedOld, List.of(lines), false);
        }
    }

    public static List<String> lines() {
        try (var in = CheckedRulesFile.class.getResourceAsStream("/rules/checked.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes checked.yaml, changed by the edits, as {@code dir/name}. */
    public static Path write(Path dir, String name, Edit... edits) throws IOException {
        return write(dir, name, Arrays.asList(edits));
    }

    public static Path write(Path dir, String name, List<Edit> edits) throws IOException {
        var lines = new ArrayList<>(lines());
        var bottomUp = new ArrayList<>(edits);
        bottomUp.sort(Comparator.comparingInt(Edit::line).reversed());
        for (var edit : bottomUp) {
            var old = lines.get(edit.line() - 1);
            if (!old.equals(edit.expectedOld())) {
                throw new IllegalStateException(
                        "checked.yaml line " + edit.line() + " is '" + old + "', not '" + edit.expectedOld() + "'");
            }
            if (edit.replace()) {
                lines.set(edit.line() - 1, edit.newLines().get(0));
            } else {
                lines.addAll(edit.line(), edit.newLines());
            }
        }
        var file = dir.resolve(name);
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    /** Only the first {@code count} lines of checked.yaml. */
    public static Path firstLines(Path dir, String name, int count) throws IOException {
        var file = dir.resolve(name);
        Files.writeString(file, String.join("\n", lines().subList(0, count)) + "\n", StandardCharsets.UTF_8);
        return file;
    }
}
