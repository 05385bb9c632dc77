package io.github.shouldirust.cli;

import io.github.shouldirust.core.Verdict;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParseResult;

/**
 * Options declared in code, for the commands whose models are built without reading annotations: on a
 * cold JVM an annotated command's model cost ~19 ms (a proxy class per annotation type, and reflection),
 * more than the advisor's whole model built this way.
 */
final class OptionsInCode {
    private OptionsInCode() {}

    static OptionSpec rules() {
        return OptionSpec.builder("--rules")
                .paramLabel("FILE")
                .type(List.class)
                .auxiliaryTypes(Path.class)
                .description(RulesOption.HELP)
                .build();
    }

    /** --rules as one run gave it. */
    static RulesOption rulesFrom(ParseResult parsed) {
        var rules = new RulesOption();
        rules.files = parsed.matchedOptionValue("--rules", List.of());
        return rules;
    }

    /** FILE..., any number, each a path. */
    static PositionalParamSpec files(String description) {
        return PositionalParamSpec.builder()
                .index("0..*")
                .arity("0..*")
                .paramLabel("FILE")
                .type(List.class)
                .auxiliaryTypes(Path.class)
                .description(description)
                .build();
    }

    static OptionSpec color() {
        return OptionSpec.builder("--color")
                .paramLabel("WHEN")
                .type(ColorMode.class)
                .converters(new ColorMode.Converter())
                .description(ColorMode.HELP)
                .build();
    }

    static OptionSpec noColor() {
        return flag("--no-color", AdviseOptions.NO_COLOR_HELP);
    }

    /** --color and --no-color as one run gave them. */
    static ColorMode colorFrom(ParseResult parsed) {
        return ColorMode.of(parsed.matchedOptionValue("--color", null), parsed.hasMatchedOption("--no-color"));
    }

    /** --fail-on VERDICT[,VERDICT...]: the gate on the verdict. */
    static OptionSpec failOn(String description) {
        return OptionSpec.builder("--fail-on")
                .paramLabel("VERDICT")
                .type(List.class)
                .auxiliaryTypes(Verdict.class)
                .splitRegex(",")
                .converters(new VerdictConverter())
                .description(description)
                .build();
    }

    /** --min-confidence PERCENT: the gate on the verdict's confidence. */
    static OptionSpec minConfidence(String description) {
        return OptionSpec.builder("--min-confidence")
                .paramLabel("PERCENT")
                .type(Integer.class)
                .converters(new GateOptions.Percent())
                .description(description)
                .build();
    }

    /** The last options of every command: --color, --no-color where it colours, then -h and -V. */
    static void addColorHelpAndVersion(CommandSpec spec) {
        spec.addOption(color());
        spec.addOption(noColor());
        addHelpAndVersion(spec);
    }

    static void addHelpAndVersion(CommandSpec spec) {
        spec.addOption(help());
        spec.addOption(version());
    }

    static OptionSpec help() {
        return OptionSpec.builder("-h", "--help")
                .usageHelp(true)
                .description("Show this help message and exit.")
                .build();
    }

    static OptionSpec version() {
        return OptionSpec.builder("-V", "--version")
                .versionHelp(true)
                .description("Print version information and exit.")
                .build();
    }

    static OptionSpec flag(String name, String description) {
        return OptionSpec.builder(name)
                .type(boolean.class)
                .arity("0")
                .description(description)
                .build();
    }

    static OptionSpec flag(String shortName, String name, String description) {
        return OptionSpec.builder(shortName, name)
                .type(boolean.class)
                .arity("0")
                .description(description)
                .build();
    }

    /** The heading over every command's exit-code list in its help and man page. */
    static final String EXIT_CODES_HEADING = "%nExit codes:%n";

    /** An exit-code list from code, meaning, code, meaning...; in order. */
    static Map<String, String> exitCodes(String... codesAndMeanings) {
        var codes = new LinkedHashMap<String, String>();
        for (int i = 0; i < codesAndMeanings.length; i += 2) {
            codes.put(codesAndMeanings[i], codesAndMeanings[i + 1]);
        }
        return codes;
    }
}
