package io.github.shouldirust;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.shouldirust.support.Project;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Rules about the code itself, read from the source files on disk. */
class ArchitectureTest {
    /** A use of a framework package: an import or a fully qualified name. */
    private static final Pattern FRAMEWORK = Pattern.compile("\\b(picocli|org\\.jline|com\\.fasterxml)\\.");

    private static final Pattern CONSOLE = Pattern.compile("\\bSystem\\s*\\.\\s*(out|err|exit)\\b");

    private static List<Path> javaFiles(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Code only: comments and string literals may mention anything. */
    private static String code(String line) {
        var stripped = withoutStringContents(line);
        var comment = stripped.indexOf("//");
        stripped = comment >= 0 ? stripped.substring(0, comment) : stripped;
        var trimmed = stripped.strip();
        return trimmed.startsWith("*") || trimmed.startsWith("/*") ? "" : stripped;
    }

    /**
     * The line with each string literal emptied ("..." becomes ""). A scan, not a regular expression: a
     * generated table's literal of thousands of characters overflowed the stack of one.
     */
    private static String withoutStringContents(String line) {
        var out = new StringBuilder(line.length());
        boolean inString = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (!inString && c == '\'' && i + 2 < line.length()) {
                // A char literal, '"' among them: kept whole, and no string starts inside it.
                int end = line.indexOf('\'', i + (line.charAt(i + 1) == '\\' ? 3 : 2));
                end = end < 0 ? i : end;
                out.append(line, i, end + 1);
                i = end;
            } else if (!inString) {
                out.append(c);
                inString = c == '"';
            } else if (c == '\\') {
                i++; // the escaped character, whatever it is
            } else if (c == '"') {
                out.append(c);
                inString = false;
            }
        }
        return out.toString();
    }

    private static List<String> frameworkUses(Path dir) {
        var offenders = new ArrayList<String>();
        for (var file : javaFiles(dir)) {
            var lines = lines(file);
            for (int i = 0; i < lines.size(); i++) {
                if (FRAMEWORK.matcher(code(lines.get(i))).find()) {
                    offenders.add(Project.root().relativize(file) + ":" + (i + 1) + ": "
                            + lines.get(i).strip());
                }
            }
        }
        return offenders;
    }

    @Test
    void coreImportsNoFramework() {
        var core = Project.mainJava().resolve("core");

        assertThat(javaFiles(core)).as("core sources under %s", core).hasSizeGreaterThan(10);
        assertThat(frameworkUses(core))
                .as("the core must not use picocli, JLine or Jackson")
                .isEmpty();
    }

    @Test
    void theFrameworkScanFindsTheCliUsingPicocli() {
        assertThat(frameworkUses(Project.mainJava().resolve("cli"))).isNotEmpty();
    }

    /** Which of our packages each package may use: the layers of docs/architecture.md, nothing upward. */
    private static final Map<String, Set<String>> MAY_USE = Map.of(
            "core", Set.of(),
            "load", Set.of("core"),
            "render", Set.of("core"),
            "quiz", Set.of("core", "render"),
            "cli", Set.of("core", "load", "render", "quiz"));

    private static final Pattern OUR_PACKAGE = Pattern.compile("\\bio\\.github\\.shouldirust\\.(\\w+)\\.");

    @Test
    void eachLayerUsesOnlyTheLayersBelowIt() {
        var offenders = new ArrayList<String>();
        for (var layer : MAY_USE.entrySet()) {
            for (var file : javaFiles(Project.mainJava().resolve(layer.getKey()))) {
                var lines = lines(file);
                for (int i = 0; i < lines.size(); i++) {
                    var uses =
                            OUR_PACKAGE.matcher(lines.get(i).startsWith("import ") ? lines.get(i) : code(lines.get(i)));
                    while (uses.find()) {
                        var used = uses.group(1);
                        if (!used.equals(layer.getKey()) && !layer.getValue().contains(used)) {
                            offenders.add(Project.root().relativize(file) + ":" + (i + 1) + ": uses " + used);
                        }
                    }
                }
            }
        }

        assertThat(MAY_USE.keySet())
                .as("every package has its place in the layers")
                .containsExactlyInAnyOrderElementsOf(packages());
        assertThat(offenders).as("a layer uses only those below it").isEmpty();
    }

    private static List<String> packages() {
        try (Stream<Path> dirs = Files.list(Project.mainJava())) {
            return dirs.filter(Files::isDirectory)
                    .map(dir -> dir.getFileName().toString())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file longer than this has, so far, always had more than one reason to change. */
    private static final int MAX_LINES = 300;

    @Test
    void noMainSourceFileIsLongerThanItsOneReasonToChangeNeeds() {
        var files = javaFiles(Project.mainJava());
        var tooLong = files.stream()
                .filter(file -> lines(file).size() > MAX_LINES)
                .map(file ->
                        Project.root().relativize(file) + ": " + lines(file).size() + " lines")
                .toList();

        assertThat(files).hasSizeGreaterThan(100);
        assertThat(tooLong)
                .as("main source files over %d lines: split them by reason to change", MAX_LINES)
                .isEmpty();
    }

    @Test
    void onlyMainTouchesTheConsoleOrExits() {
        var files = javaFiles(Project.mainJava());
        var offenders = new ArrayList<String>();
        var allowed = new ArrayList<String>();
        for (var file : files) {
            var lines = lines(file);
            var main =
                    file.getFileName().toString().equals("ShouldIRust.java") ? mainMethod(lines) : new int[] {-1, -1};
            for (int i = 0; i < lines.size(); i++) {
                if (CONSOLE.matcher(code(lines.get(i))).find()) {
                    var where = Project.root().relativize(file) + ":" + (i + 1) + ": "
                            + lines.get(i).strip();
                    (i >= main[0] && i <= main[1] ? allowed : offenders).add(where);
                }
            }
        }

        assertThat(offenders)
                .as("only ShouldIRust.main may use System.out, System.err or System.exit")
                .isEmpty();
        assertThat(allowed)
                .as("the scan sees ShouldIRust.main wiring System.out, System.err and System.exit")
                .isNotEmpty();
    }

    /** The first and last line (0-based) of {@code public static void main(...)}, found by counting braces. */
    private static int[] mainMethod(List<String> lines) {
        for (int start = 0; start < lines.size(); start++) {
            if (lines.get(start).contains("public static void main(")) {
                int depth = 0;
                for (int end = start; end < lines.size(); end++) {
                    for (char c : code(lines.get(end)).toCharArray()) {
                        depth += c == '{' ? 1 : c == '}' ? -1 : 0;
                    }
                    if (depth == 0 && code(lines.get(end)).contains("}")) {
                        return new int[] {start, end};
                    }
                }
            }
        }
        throw new AssertionError("ShouldIRust has no main method");
    }
}
