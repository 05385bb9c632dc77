package io.github.shouldirust.cli;

import io.github.shouldirust.core.Answers;
import io.github.shouldirust.core.BadAnswerException;
import io.github.shouldirust.core.Evaluator;
import io.github.shouldirust.core.Example;
import io.github.shouldirust.core.Rule;
import io.github.shouldirust.core.RuleSet;
import io.github.shouldirust.load.LoadException;
import io.github.shouldirust.load.OutputFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Runs the examples a rules file carries and reports which rules no example makes fire. Declared in code
 * ({@link OptionsInCode}).
 */
final class RulesTestCommand implements Callable<Integer> {
    private final Io io;
    private final CommandSpec spec;

    // This run's arguments, read from the parse at the start of call().
    private List<Path> files = List.of();
    private int minCoverage;
    private Path junit;
    private boolean force;

    RulesTestCommand(Io io) {
        this.io = io;
        this.spec = CommandSpec.wrapWithoutInspection(this).name("test");
        spec.usageMessage()
                .description("Run the examples in rules files (default: the bundled rules): each example's answers "
                        + "must give its verdict (and language). Prints each example by name and the rule coverage: the "
                        + "rules no example makes fire.")
                .exitCodeListHeading(OptionsInCode.EXIT_CODES_HEADING)
                .exitCodeList(OptionsInCode.exitCodes(
                        "0", "every example passed and coverage is at least --min-coverage",
                        "1", "internal error",
                        "2", "usage error",
                        "3", "a rules file cannot be loaded",
                        "5", "an example failed, or coverage is too low"));
        spec.addPositional(OptionsInCode.files("Rules files whose examples to run."));
        spec.addOption(OptionSpec.builder("--min-coverage")
                .paramLabel("PERCENT")
                .type(int.class)
                .defaultValue("0")
                .description("Fail when fewer than this share of the rules fire in some example (default: 0).")
                .build());
        spec.addOption(OptionSpec.builder("--junit")
                .paramLabel("FILE")
                .type(Path.class)
                .description("Also write the results as JUnit XML, for CI "
                        + "dashboards ('-' for stdout, the lines for people then going to stderr).")
                .build());
        spec.addOption(OptionsInCode.flag("--force", "Let --junit replace an existing file."));
        OptionsInCode.addHelpAndVersion(spec);
    }

    CommandSpec spec() {
        return spec;
    }

    /** One example's outcome, and how long it took to evaluate. */
    record Outcome(Example example, boolean passed, String detail, long nanos) {}

    /** One file's outcomes and coverage; {@code id} is its rules id, which JUnit class names are made from. */
    record Suite(String file, String id, List<Outcome> outcomes, List<Rule> uncovered, int ruleCount) {
        int coverage() {
            return ruleCount == 0 ? 100 : (int) Math.floor(100.0 * (ruleCount - uncovered.size()) / ruleCount);
        }

        long failures() {
            return outcomes.stream().filter(o -> !o.passed()).count();
        }
    }

    @Override
    public Integer call() {
        var parsed = spec.commandLine().getParseResult();
        files = parsed.matchedPositionalValue(0, List.of());
        minCoverage = parsed.matchedOptionValue("--min-coverage", 0);
        junit = parsed.matchedOptionValue("--junit", null);
        force = parsed.hasMatchedOption("--force");
        if (minCoverage < 0 || minCoverage > 100) {
            io.error("--min-coverage " + minCoverage + ": expected a percentage from 0 to 100");
            return ExitCode.USAGE;
        }
        if (Dash.isFile(junit)) {
            var problem = junitDirectory().or(() -> OutputFiles.problemWith(junit, force, files));
            if (problem.isPresent()) {
                io.error("--junit " + junit + ": " + problem.get());
                return ExitCode.USAGE;
            }
        }
        var suites = new ArrayList<Suite>();
        var loadFailures = new ArrayList<JUnitXml.LoadFailure>();
        for (var target : RulesTarget.of(files)) {
            try {
                suites.add(run(target.name(), target.load()));
            } catch (LoadException e) {
                io.errors(e.problems());
                loadFailures.add(new JUnitXml.LoadFailure(
                        target.name(),
                        e.problems().stream().map(Object::toString).toList()));
            }
        }
        suites.forEach(this::print);
        var run = new JUnitXml.Run(
                Docs.instant(io.env().variable("SOURCE_DATE_EPOCH")),
                Objects.requireNonNullElse(io.env().variable("HOSTNAME"), "localhost"));
        // The report tells the same story as the exit code, a file that cannot be loaded included.
        if (Dash.is(junit)) {
            io.out().print(JUnitXml.render(suites, loadFailures, minCoverage, run));
        } else if (junit != null) {
            try {
                OutputFiles.write(junit, JUnitXml.render(suites, loadFailures, minCoverage, run), force);
            } catch (IOException e) {
                io.error("--junit " + junit + ": cannot write: " + OutputFiles.plainMessage(e));
                return ExitCode.USAGE;
            }
        }
        io.out().flush();
        if (!loadFailures.isEmpty()) {
            return ExitCode.BAD_RULES;
        }
        var failed = suites.stream().anyMatch(s -> s.failures() > 0 || s.coverage() < minCoverage);
        return failed ? ExitCode.TESTS_FAILED : ExitCode.EVALUATED;
    }

    /** A report's folder is made if missing (CI jobs name target/test-results/...); why not, if it cannot be. */
    private Optional<String> junitDirectory() {
        var parent = junit.toAbsolutePath().getParent();
        if (parent == null || Files.exists(parent, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try {
            Files.createDirectories(parent);
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("cannot make its folder: " + OutputFiles.plainMessage(e));
        }
    }

    private static Suite run(String file, RuleSet rules) {
        var outcomes = new ArrayList<Outcome>();
        // By id, which is unique in a rule set: a record's hash walks its whole condition tree, and
        // bootstrapping that for each record type cost a cold run ~12 ms.
        var fired = new HashSet<String>();
        // A layered file answers for its own examples and rules; the base it extends has its own tests.
        for (var example :
                rules.examples().stream().filter(e -> e.source().equals(file)).toList()) {
            long start = System.nanoTime();
            Answers answers;
            try {
                answers = rules.check(example.answers());
            } catch (BadAnswerException e) {
                outcomes.add(new Outcome(example, false, e.getMessage(), System.nanoTime() - start));
                continue;
            }
            var result = Evaluator.evaluate(rules, answers);
            result.reasons().forEach(rule -> fired.add(rule.id()));
            var language = result.recommendation().id();
            var passed = result.verdict() == example.verdict()
                    && example.language().map(language::equals).orElse(true);
            var expected = example.verdict().id()
                    + example.language().map(l -> ", " + l).orElse("");
            var actual = result.verdict().id() + ", " + language + " (score " + result.score() + ")";
            outcomes.add(new Outcome(
                    example,
                    passed,
                    passed ? actual : "expected " + expected + "; got " + actual,
                    System.nanoTime() - start));
        }
        var own = rules.rules().stream()
                .filter(rule -> rule.source().equals(file))
                .toList();
        var uncovered = own.stream().filter(rule -> !fired.contains(rule.id())).toList();
        return new Suite(file, rules.metadata().id(), outcomes, uncovered, own.size());
    }

    private void print(Suite suite) {
        // --junit - takes stdout for the XML: the lines for people go to stderr.
        var out = Dash.is(junit) ? io.err() : io.out();
        out.println(suite.file());
        for (var outcome : suite.outcomes()) {
            out.println("  " + (outcome.passed() ? "PASS" : "FAIL") + "  "
                    + outcome.example().name() + (outcome.passed() ? "" : ": " + outcome.detail()));
        }
        if (suite.outcomes().isEmpty()) {
            out.println("  (no examples)");
        }
        out.println("  " + suite.outcomes().size() + (suite.outcomes().size() == 1 ? " example, " : " examples, ")
                + suite.failures() + " failed; rule coverage "
                + suite.coverage() + "% ("
                + (suite.ruleCount() - suite.uncovered().size()) + " of " + suite.ruleCount()
                + " rules fire in some example)"
                + (suite.coverage() < minCoverage ? ", below " + minCoverage + "%" : ""));
        if (!suite.uncovered().isEmpty()) {
            out.println("  never fired: "
                    + String.join(", ", suite.uncovered().stream().map(Rule::id).toList()));
        }
    }
}
