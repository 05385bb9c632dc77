package io.github.shouldirust.cli;

import io.github.shouldirust.load.FileProblem;
import io.github.shouldirust.load.LoadException;
import io.github.shouldirust.load.RulesLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Checks rules files and reports every problem, each at its file, line and column. */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = {
            "Check rules files (default: the bundled rules) and report every problem as "
                    + "FILE:LINE:COLUMN: message: YAML syntax, unknown or duplicate keys, wrong types, missing fields, "
                    + "unknown references, rules that can never fire, rules that contradict each other, verdicts no "
                    + "answers can reach, rules against a question's declared scale (rust-favours); and, as warnings, "
                    + "claims and questions nothing uses."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:no errors (warnings may be listed)",
            "1:internal error",
            "2:usage error",
            "3:a file has an error"
        })
final class RulesCheckCommand implements Callable<Integer> {
    private final Io io;

    @Parameters(paramLabel = "FILE", description = "Rules files to check.")
    List<Path> files = new ArrayList<>();

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "text",
            description = "text (default), json, github (workflow annotations on the lines of a pull request) or "
                    + "sarif (SARIF 2.1.0, for code-scanning dashboards).")
    CheckReport.Format format;

    RulesCheckCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        var checked = new ArrayList<CheckReport.Checked>();
        for (var target : RulesTarget.of(files)) {
            List<FileProblem> problems;
            try {
                problems = RulesLoader.check(target.read(), target.name());
            } catch (LoadException e) {
                problems = e.problems();
            }
            checked.add(new CheckReport.Checked(target.name(), problems));
        }
        CheckReport.render(format, checked, VersionProvider.toolVersion(), io.out());
        return checked.stream().anyMatch(file -> file.errors() > 0) ? ExitCode.BAD_RULES : ExitCode.EVALUATED;
    }
}
