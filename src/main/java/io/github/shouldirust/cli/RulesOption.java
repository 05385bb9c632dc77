package io.github.shouldirust.cli;

import io.github.shouldirust.core.RuleSet;
import io.github.shouldirust.load.LoadException;
import io.github.shouldirust.load.RulesLoader;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --rules FILE}, shared by every command that reads rules. */
final class RulesOption {
    @Option(names = "--rules", paramLabel = "FILE",
            description = "Rules file to evaluate (YAML). Default: the bundled rules, the essay why-rust.txt.")
    Path file;

    RuleSet load() throws LoadException {
        return file == null ? RulesLoader.bundled() : RulesLoader.load(file);
    }

    /** Loads the rules, or prints every problem and returns null; the caller exits with BAD_RULES. */
    RuleSet loadOrReport(Io io) {
        try {
            return load();
        } catch (LoadException e) {
            e.problems().forEach(problem -> io.error(problem.toString()));
            return null;
        }
    }
}
