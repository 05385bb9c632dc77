package io.github.shouldirust.cli;

import io.github.shouldirust.load.InputFiles;
import io.github.shouldirust.load.LoadException;
import io.github.shouldirust.load.RulesLoader;
import java.nio.file.Path;
import java.util.List;

/** A rules file a command works on: one named on the command line, or the bundled one. */
record RulesTarget(String name, Path path) {

    /** The files given, or the bundled rules when none are. */
    static List<RulesTarget> of(List<Path> files) {
        if (files.isEmpty()) {
            return List.of(new RulesTarget(RulesLoader.BUNDLED_NAME, null));
        }
        return files.stream()
                .map(file -> new RulesTarget(file.toString(), file))
                .toList();
    }

    byte[] read() throws LoadException {
        return path == null ? RulesLoader.bundledContent() : InputFiles.read(path);
    }
}
