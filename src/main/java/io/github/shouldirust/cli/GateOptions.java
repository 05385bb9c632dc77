package io.github.shouldirust.cli;

import io.github.shouldirust.core.Gate;
import io.github.shouldirust.core.Report;
import io.github.shouldirust.core.Verdict;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * --fail-on and --min-confidence: the gate a CI job puts on the result. When it fails, it says why on
 * stderr, one line per reason, so a log that shows only "exit code 4" is never all there is.
 */
final class GateOptions {
    private final Gate gate;

    GateOptions(List<Verdict> failOn, Integer minConfidence) {
        this.gate = new Gate(
                java.util.Set.copyOf(failOn),
                minConfidence == null ? OptionalInt.empty() : OptionalInt.of(minConfidence));
    }

    /** Says why the report fails the gate, if it does, and returns the exit code. */
    int exitCode(Report report, Io io) {
        var failures = gate.check(report);
        for (var failure : failures) {
            io.error(line(failure));
        }
        if (failures.isEmpty()) {
            return ExitCode.EVALUATED;
        }
        return failures.get(0) instanceof Gate.TooUnsure ? ExitCode.TOO_UNSURE : ExitCode.FAILED_ON_VERDICT;
    }

    private static String line(Gate.Failure failure) {
        if (failure instanceof Gate.FailingVerdict failing) {
            return "verdict " + failing.verdict().id() + " matches --fail-on "
                    + failing.verdict().id() + " (exit " + ExitCode.FAILED_ON_VERDICT + ")";
        }
        var unsure = (Gate.TooUnsure) failure;
        var open = unsure.open();
        var named = open.stream().limit(Gate.OPEN_NAMED).collect(Collectors.joining(", "));
        var more = open.size() > Gate.OPEN_NAMED ? " and " + (open.size() - Gate.OPEN_NAMED) + " more" : "";
        return "confidence " + unsure.confidence() + "% is below --min-confidence " + unsure.minimum() + "% (exit "
                + ExitCode.TOO_UNSURE + "); answer the open questions (" + named + more
                + "), or lower --min-confidence";
    }

    /** A whole percentage from 0 to 100, with or without '%'. */
    static final class Percent implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            var digits = value.endsWith("%") ? value.substring(0, value.length() - 1) : value;
            if (digits.matches("[0-9]{1,3}")) {
                int percent = Integer.parseInt(digits);
                if (percent <= 100) {
                    return percent;
                }
            }
            throw new TypeConversionException(
                    "'" + value + "' is not a percentage (a whole number from 0 to 100, " + "such as 80 or 80%)");
        }
    }
}
