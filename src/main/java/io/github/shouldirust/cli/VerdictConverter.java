package io.github.shouldirust.cli;

import io.github.shouldirust.core.Verdict;
import java.util.Arrays;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Verdicts by their hyphenated ids, as they appear in the output. */
final class VerdictConverter implements ITypeConverter<Verdict> {
    @Override
    public Verdict convert(String value) {
        return Verdict.fromId(value)
                .orElseThrow(() -> new TypeConversionException("'" + value + "' is not a verdict (" + allowed() + ")"));
    }

    static String allowed() {
        return "allowed: " + Arrays.stream(Verdict.values()).map(Verdict::id).collect(Collectors.joining(", "));
    }
}
