package io.github.shouldirust.cli;

import io.github.shouldirust.core.RuleSet;
import io.github.shouldirust.load.AnswersLoader;
import io.github.shouldirust.load.FileProblem;
import io.github.shouldirust.load.InputFiles;
import io.github.shouldirust.load.LoadException;
import io.github.shouldirust.load.Location;
import java.nio.file.Path;

/** An answers file named on the command line, '-' being stdin: read, bounded, and checked against the rules. */
final class AnswersSource {
    static final String STDIN = "<stdin>";

    private AnswersSource() {}

    static AnswersLoader.AnswersFileContent read(String name, RuleSet rules, Io io) throws LoadException {
        if (Dash.is(name) && io.env().stdinClosed()) {
            throw new LoadException(FileProblem.error(
                    Location.wholeFile(STDIN), "stdin is closed; pipe the answers in, or name a file"));
        }
        var content = Dash.is(name) ? InputFiles.readBounded(io.in(), STDIN) : InputFiles.read(path(name));
        return AnswersLoader.read(content, Dash.is(name) ? STDIN : name, rules);
    }

    /** A file name no file can have (a NUL in it) is a bad answers file, not an internal error. */
    private static Path path(String name) throws LoadException {
        try {
            return FileNameConverter.path(name);
        } catch (IllegalArgumentException e) {
            throw new LoadException(FileProblem.error(Location.wholeFile(name), e.getMessage()));
        }
    }
}
