package io.github.shouldirust.cli;

import io.github.shouldirust.core.RuleSet;
import io.github.shouldirust.load.FileProblem;
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

    /**
     * The rules in it. The bundled ones come from their compiled snapshot without reading the jar: reading
     * a resource opens it, which costs a run that finds every class in its archive 3.5 ms on JDK 17.
     */
    RuleSet load() throws LoadException {
        return path == null ? RulesLoader.bundled() : RulesLoader.parse(InputFiles.read(path), name);
    }

    /** What {@code rules check} finds in it; for the bundled rules, what the build found, when nothing. */
    List<FileProblem> check() throws LoadException {
        return path == null ? RulesLoader.checkBundled() : RulesLoader.check(InputFiles.read(path), name);
    }
}
