package io.github.shouldirust.cli;

import io.github.shouldirust.core.RulesDiff;
import io.github.shouldirust.core.VerdictFlips;
import io.github.shouldirust.render.DiffJson;
import io.github.shouldirust.render.DiffMarkdown;
import io.github.shouldirust.render.DiffRenderer;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * What a change to the rules would flip: verdicts over the answer space, rules, examples. Declared in
 * code ({@link OptionsInCode}).
 */
final class RulesDiffCommand implements Callable<Integer> {
    /** More would run for minutes; the sample is the search's budget, and this bounds it. */
    static final long MAX_SAMPLES = 100_000_000;

    private final Io io;

    private final CommandSpec spec;

    RulesDiffCommand(Io io) {
        this.io = io;
        this.spec = CommandSpec.wrapWithoutInspection(this).name("diff");
        spec.usageMessage()
                .description(
                        "Show which verdicts a change to the rules flips, before it is merged. OLD and NEW are "
                                + "rules files, each loaded as --rules FILE loads it: one that says 'extends: why-rust' is layered "
                                + "over the bundled rules.",
                        "",
                        "A profile answers every question of either file, or leaves it unanswered (as a quiz that stops early "
                                + "does): one option of a single-choice question; any non-empty set of a multi-choice one's, an "
                                + "exclusive option only alone. Its verdict is Rust's score through the thresholds, lowered by the "
                                + "caps of the rules that fire. Every profile is tried when there are at most "
                                + "1,000,000 (or --samples); otherwise --samples of them are drawn with --seed, each question's "
                                + "states equally likely. A run spends at most 300,000,000 rule evaluations (profiles times the "
                                + "rules of both files): past that, fewer profiles are tried, and the report says so. For each direction (say avoid-rust -> consider-rust) it prints how "
                                + "many profiles change and the smallest one found, as -a flags to paste.",
                        "",
                        "It also lists the rules added, removed or changed (condition, score, languages, text, claims, cap, "
                                + "picks), changed thresholds, questions added or removed, and the examples of either file whose "
                                + "verdict or language changes. Under each file an example's answers to questions it lacks are "
                                + "ignored.")
                .exitCodeListHeading(OptionsInCode.EXIT_CODES_HEADING)
                .exitCodeList(OptionsInCode.exitCodes(
                        "0", "no verdict changes, of a profile or an example (a language alone may change)",
                        "1", "some verdict changes; also an internal error, which prints \"internal error\" on stderr",
                        "2", "usage error",
                        "3", "a rules file cannot be loaded"));
        spec.addPositional(path(0, "OLD", "The rules before the change."));
        spec.addPositional(path(1, "NEW", "The rules after the change."));
        spec.addOption(OptionSpec.builder("--format")
                .paramLabel("FORMAT")
                .type(ReportFormat.class)
                .defaultValue("text")
                .description("text (default), json (see 'schema diff') or markdown (for a pull-request comment).")
                .build());
        spec.addOption(OptionSpec.builder("--samples")
                .paramLabel("N")
                .type(long.class)
                .defaultValue("100000")
                .description("Profiles to draw when there are too many to try each: 100,000 by default and at "
                        + "least, 100,000,000 at most.")
                .build());
        spec.addOption(OptionSpec.builder("--seed")
                .paramLabel("S")
                .type(long.class)
                .defaultValue("1")
                .description("Seed of the sample, so a run can be repeated; 1 by default.")
                .build());
        OptionsInCode.addHelpAndVersion(spec);
    }

    private static PositionalParamSpec path(int index, String label, String description) {
        return PositionalParamSpec.builder()
                .index(String.valueOf(index))
                .arity("1")
                .required(true)
                .paramLabel(label)
                .type(Path.class)
                .description(description)
                .build();
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        var parsed = spec.commandLine().getParseResult();
        Path old = parsed.matchedPositionalValue(0, null);
        Path changed = parsed.matchedPositionalValue(1, null);
        long samples = parsed.matchedOptionValue("--samples", 100_000L);
        long seed = parsed.matchedOptionValue("--seed", 1L);
        if (samples < VerdictFlips.MIN_SAMPLES || samples > MAX_SAMPLES) {
            io.error("--samples " + samples + ": expected at least "
                    + String.format(java.util.Locale.ROOT, "%,d", VerdictFlips.MIN_SAMPLES) + " and at most "
                    + String.format(java.util.Locale.ROOT, "%,d", MAX_SAMPLES));
            return ExitCode.USAGE;
        }
        // Both files are read before anything is printed: a bad NEW leaves no half a report on stdout.
        var before = RulesOption.of(old).loadOrReport(io);
        var after = RulesOption.of(changed).loadOrReport(io);
        if (before == null || after == null) {
            return ExitCode.BAD_RULES;
        }
        RulesDiff diff;
        try {
            diff = RulesDiff.of(before, after, samples, seed);
        } catch (IllegalArgumentException e) {
            // A question too big for a profile's bitmask: the files are fine for advice, not for a diff.
            io.error(old + ", " + changed + ": " + e.getMessage());
            return ExitCode.BAD_RULES;
        }
        var files = new DiffRenderer.Files(old.toString(), changed.toString());
        switch (parsed.matchedOptionValue("--format", ReportFormat.text)) {
            case json -> DiffJson.render(diff, files, io.out());
            case markdown -> DiffMarkdown.render(diff, files, io.out());
            case text -> DiffRenderer.text(diff, files, io.out());
        }
        return diff.changesVerdicts() ? ExitCode.VERDICTS_CHANGE : ExitCode.EVALUATED;
    }
}
