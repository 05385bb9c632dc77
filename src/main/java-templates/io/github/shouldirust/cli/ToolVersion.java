package io.github.shouldirust.cli;

/**
 * This build's version, written in by Maven (resource filtering, then compiled with the rest). A constant
 * in code rather than a resource in the jar: reading any resource opens the jar, which a JDK 17 run whose
 * classes all come from the class-data archive otherwise never does (3.5 ms).
 */
final class ToolVersion {
    static final String VALUE = "${project.version}";

    private ToolVersion() {}
}
