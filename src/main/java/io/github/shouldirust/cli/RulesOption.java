package io.github.shouldirust.cli;

import io.github.shouldirust.core.RuleSet;
import io.github.shouldirust.load.InputFiles;
import io.github.shouldirust.load.LoadException;
import io.github.shouldirust.load.RulesLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code --rules FILE} as a run gave it ({@link OptionsInCode#rules} declares it), for every command that reads rules. */
final class RulesOption {
    static final String HELP = "Rules file (YAML). Default: the bundled rules, the essay why-rust.txt. Repeatable: "
            + "a file that says 'extends' layers over the rules before it (the bundled ones when it comes first).";

    List<Path> files = new ArrayList<>();

    /** The rules as {@code --rules FILE} would load these files. */
    static RulesOption of(Path... files) {
        var option = new RulesOption();
        option.files = List.of(files);
        return option;
    }

    RuleSet load() throws LoadException {
        if (files.isEmpty()) {
            return RulesLoader.bundled();
        }
        var sources = new ArrayList<RulesLoader.Source>();
        for (var file : files) {
            sources.add(new RulesLoader.Source(file.toString(), InputFiles.read(file)));
        }
        return RulesLoader.load(sources);
    }

    /** Loads the rules, or prints every problem and returns null; the caller exits with BAD_RULES. */
    RuleSet loadOrReport(Io io) {
        try {
            return load();
        } catch (LoadException e) {
            io.errors(e.problems());
            return null;
        }
    }
}
