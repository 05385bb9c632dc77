package io.github.shouldirust.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * src/test/resources/rules/tiny.yaml: one claim, one question (speed: fast, slow), one rule (speed=fast
 * scores 7), thresholds 6 and 0. Tests break it one line at a time, so the line of an error is known.
 */
public final class TinyRulesFile {
    private TinyRulesFile() {}

    public static List<String> lines() {
        try (var in = TinyRulesFile.class.getResourceAsStream("/rules/tiny.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes tiny.yaml into {@code dir} as is. */
    public static Path write(Path dir) throws IOException {
        return write(dir, lines());
    }

    /** Writes tiny.yaml with line {@code number} (1-based) replaced, after checking what it was. */
    public static Path withLine(Path dir, int number, String expectedOld, String replacement) throws IOException {
        var lines = new ArrayList<>(lines());
        if (!lines.get(number - 1).equals(expectedOld)) {
            throw new IllegalStateException(
                    "tiny.yaml line " + number + " is '" + lines.get(number - 1) + "', not '" + expectedOld + "'");
        }
        lines.set(number - 1, replacement);
        return write(dir, lines);
    }

    /**
     * Writes tiny.yaml with what a hostile or careless file may hold in what is shown: a zero-width
     * character in the claim id, a line break (starting a CI runner's command) and a bidi control in Go's
     * name, a line break in an option's label. The rule scores -7, so that speed=fast recommends Go.
     */
    public static Path withUntrustedText(Path dir) throws IOException {
        var lines = new ArrayList<>(lines());
        lines.replaceAll(line -> switch (line) {
            case "  - id: fast" -> "  - id: \"fa\\u200Bst\"";
            case "    rust-wins: [fast]", "    other-wins: [fast]", "    claims: [fast]" ->
                line.replace("[fast]", "[\"fa\\u200Bst\"]");
            case "    name: Go" -> "    name: \"Go\\n::error::forged \\u202Eevil\"";
            case "      - { value: fast, label: Fast }" -> "      - { value: fast, label: \"Fast\\n::error::label\" }";
            case "    score: 7" -> "    score: -7";
            default -> line;
        });
        return write(dir, lines);
    }

    private static Path write(Path dir, List<String> lines) throws IOException {
        var file = dir.resolve("rules.yaml");
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }
}
