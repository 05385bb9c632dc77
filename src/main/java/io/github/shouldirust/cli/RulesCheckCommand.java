package io.github.shouldirust.cli;

import io.github.shouldirust.load.FileProblem;
import io.github.shouldirust.load.LoadException;
import io.github.shouldirust.load.RulesLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Checks rules files and reports every problem, each at its file, line and column. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Check rules files (default: the bundled rules) and report every problem as "
                + "FILE:LINE:COLUMN: message: YAML syntax, unknown or duplicate keys, wrong types, missing fields, "
                + "unknown references, rules that can never fire, rules that contradict each other, verdicts no "
                + "answers can reach, rules against a question's declared scale (rust-favours); and, as warnings, "
                + "claims and questions nothing uses."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no errors (warnings may be listed)", "1:internal error", "2:usage error",
            "3:a file has an error"})
final class RulesCheckCommand implements Callable<Integer> {
    private static final int REPORTED = 100;

    private final Io io;

    @Parameters(paramLabel = "FILE", description = "Rules files to check.")
    List<Path> files = new ArrayList<>();

    RulesCheckCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        boolean errors = false;
        for (var target : RulesTarget.of(files)) {
            var name = target.name();
            List<FileProblem> problems;
            try {
                problems = RulesLoader.check(target.read(), name);
            } catch (LoadException e) {
                problems = e.problems();
            }
            // A report to fix a file by, not a dump: past the first hundred, the count says enough.
            problems.stream().limit(REPORTED).forEach(problem -> io.out().println(problem));
            if (problems.size() > REPORTED) {
                io.out().println("... and " + (problems.size() - REPORTED) + " more problems not shown");
            }
            long errorCount = problems.stream().filter(FileProblem::isError).count();
            long warningCount = problems.size() - errorCount;
            io.out().println(name + ": " + (errorCount == 0 ? "ok" : errorCount + " error" + (errorCount == 1 ? "" : "s"))
                    + (warningCount == 0 ? "" : ", " + warningCount + " warning" + (warningCount == 1 ? "" : "s")));
            errors |= errorCount > 0;
        }
        io.out().flush();
        return errors ? ExitCode.BAD_RULES : ExitCode.EVALUATED;
    }
}
