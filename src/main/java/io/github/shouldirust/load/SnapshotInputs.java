package io.github.shouldirust.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Stream;

/**
 * Build-time only: what the rules snapshot is made from, so a build whose inputs did not change keeps the
 * snapshot it has. Regenerating it parses the YAML and compiles the generated code (0.6 s of the 4 s
 * build that the launcher runs after a one-file change); a change outside the core and the loader cannot
 * alter it.
 *
 * <p>The key is a SHA-256 over the rules file, the pom, the JDK's version and every compiled class of
 * {@code core} and {@code load} (javac gives unchanged sources the same bytes) except the snapshot's own. It is kept
 * beside the classes directory, not in it, so it never reaches the jar.
 */
final class SnapshotInputs {
    private final Path stamp;
    private final Path output;
    private final String key;

    private SnapshotInputs(Path stamp, Path output, String key) {
        this.stamp = stamp;
        this.output = output;
        this.key = key;
    }

    /**
     * The inputs: the rules file, the compiled classes, and {@code build}, the files that name the
     * libraries the loader runs on (the pom: a new Jackson or SnakeYAML could parse the YAML otherwise).
     */
    static SnapshotInputs of(Path rules, Path classes, Path... build) throws IOException {
        var digest = sha256();
        digest.update(Files.readAllBytes(rules));
        for (var file : build) {
            digest.update(Files.readAllBytes(file));
        }
        digest.update(System.getProperty("java.version", "").getBytes(StandardCharsets.UTF_8));
        var packageDir = classes.resolve(SnapshotWriter.class.getPackageName().replace('.', '/'));
        for (var dir : new Path[] {packageDir.resolveSibling("core"), packageDir}) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.filter(file -> file.toString().endsWith(".class"))
                        .filter(file -> !file.getFileName().toString().startsWith(SnapshotWriter.CLASS_NAME))
                        .sorted()
                        .forEach(file -> add(digest, classes.relativize(file), file));
            }
        }
        var output = packageDir.resolve(SnapshotWriter.CLASS_NAME + ".class");
        var stamp = classes.resolveSibling(classes.getFileName() + ".rules-snapshot.key");
        return new SnapshotInputs(stamp, output, HexFormat.of().formatHex(digest.digest()));
    }

    /** Whether the snapshot there was made from exactly these inputs. */
    boolean upToDate() throws IOException {
        return Files.isRegularFile(output)
                && Files.isRegularFile(stamp)
                && Files.readString(stamp, StandardCharsets.UTF_8).equals(key);
    }

    /** Records that the snapshot now there was made from these inputs. */
    void record() throws IOException {
        Files.writeString(stamp, key, StandardCharsets.UTF_8);
    }

    private static void add(MessageDigest digest, Path name, Path file) {
        try {
            digest.update(name.toString().getBytes(StandardCharsets.UTF_8));
            digest.update(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
