package io.github.shouldirust.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Prints a published JSON Schema, for editors and for programs that read the JSON output. Declared in
 * code ({@link OptionsInCode}).
 */
final class SchemaCommand implements Callable<Integer> {
    /** What the advisor's usage says of it; {@link CommandTree} lists it without building the command. */
    static final String SUMMARY =
            "Print the JSON Schema of the rules file (rules), of the --format json output (output), of "
                    + "questions --format json (questions), of compare --format json (compare) or of rules diff --format "
                    + "json (diff).";

    enum Which {
        rules,
        output,
        questions,
        compare,
        diff
    }

    private final Io io;
    private final CommandSpec spec;

    SchemaCommand(Io io) {
        this.io = io;
        this.spec = CommandSpec.wrapWithoutInspection(this).name("schema");
        spec.usageMessage().description(SUMMARY);
        spec.addPositional(PositionalParamSpec.builder()
                .index("0")
                .arity("1")
                .required(true)
                .paramLabel("WHICH")
                .type(Which.class)
                .description("${COMPLETION-CANDIDATES}")
                .build());
        OptionsInCode.addHelpAndVersion(spec);
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() throws IOException {
        Which which = spec.commandLine().getParseResult().matchedPositionalValue(0, null);
        var resource = "/io/github/shouldirust/schemas/" + which + ".schema.json";
        try (var in = SchemaCommand.class.getResourceAsStream(resource)) {
            if (in == null) {
                io.error("the " + which + " schema is missing from the jar");
                return ExitCode.INTERNAL_ERROR;
            }
            io.out().print(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            io.out().flush();
        }
        return ExitCode.EVALUATED;
    }
}
