package io.github.shouldirust.support;

import java.util.List;

/** What one run of the program produced: its exit code and everything it wrote. */
public record RunResult(int exitCode, String stdout, String stderr) {

    public List<String> stderrLines() {
        return stderr.lines().toList();
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- stdout\n" + stdout + "\n--- stderr\n" + stderr;
    }
}
