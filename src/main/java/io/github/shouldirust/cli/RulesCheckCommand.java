package io.github.shouldirust.cli;

import io.github.shouldirust.load.FileProblem;
import io.github.shouldirust.load.LoadException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Checks rules files and reports every problem, each at its file, line and column. Declared in code
 * ({@link OptionsInCode}).
 */
final class RulesCheckCommand implements Callable<Integer> {
    private final Io io;
    private final CommandSpec spec;

    RulesCheckCommand(Io io) {
        this.io = io;
        this.spec = CommandSpec.wrapWithoutInspection(this).name("check");
        spec.usageMessage()
                .description("Check rules files (default: the bundled rules) and report every problem as "
                        + "FILE:LINE:COLUMN: message: YAML syntax, unknown or duplicate keys, wrong types, missing fields, "
                        + "unknown references, rules that can never fire, rules that contradict each other, verdicts no "
                        + "answers can reach, rules against a question's declared scale (rust-favours); and, as warnings, "
                        + "claims and questions nothing uses.")
                .exitCodeListHeading(OptionsInCode.EXIT_CODES_HEADING)
                .exitCodeList(OptionsInCode.exitCodes(
                        "0", "no errors (warnings may be listed)",
                        "1", "internal error",
                        "2", "usage error",
                        "3", "a file has an error"));
        spec.addPositional(OptionsInCode.files("Rules files to check."));
        spec.addOption(OptionSpec.builder("--format")
                .paramLabel("FORMAT")
                .type(CheckReport.Format.class)
                .defaultValue("text")
                .description("text (default), json, github (workflow annotations on the lines of a pull request) or "
                        + "sarif (SARIF 2.1.0, for code-scanning dashboards).")
                .build());
        OptionsInCode.addHelpAndVersion(spec);
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        var parsed = spec.commandLine().getParseResult();
        List<Path> files = parsed.matchedPositionalValue(0, List.of());
        CheckReport.Format format = parsed.matchedOptionValue("--format", CheckReport.Format.text);
        var checked = new ArrayList<CheckReport.Checked>();
        for (var target : RulesTarget.of(files)) {
            List<FileProblem> problems;
            try {
                problems = target.check();
            } catch (LoadException e) {
                problems = e.problems();
            }
            checked.add(new CheckReport.Checked(target.name(), problems));
        }
        CheckReport.render(format, checked, VersionProvider.toolVersion(), io.out());
        return checked.stream().anyMatch(file -> file.errors() > 0) ? ExitCode.BAD_RULES : ExitCode.EVALUATED;
    }
}
