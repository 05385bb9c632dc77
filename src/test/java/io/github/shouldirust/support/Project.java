package io.github.shouldirust.support;

import java.nio.file.Files;
import java.nio.file.Path;

/** Paths in the source tree, found from Maven's basedir (or the working directory outside Maven). */
public final class Project {
    private Project() {}

    public static Path root() {
        var basedir = System.getProperty("basedir");
        var root = basedir == null ? Path.of("").toAbsolutePath() : Path.of(basedir);
        if (!Files.isRegularFile(root.resolve("pom.xml"))) {
            throw new IllegalStateException("not the project root (no pom.xml): " + root);
        }
        return root;
    }

    public static Path mainJava() {
        return root().resolve("src/main/java/io/github/shouldirust");
    }
}
