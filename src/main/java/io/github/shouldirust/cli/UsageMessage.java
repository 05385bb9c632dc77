package io.github.shouldirust.cli;

import io.github.shouldirust.core.Closest;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A usage error in one line: what was wrong, what was probably meant, and where the help is. picocli's
 * own handler printed its suggestions on lines of their own, and loosely ('chek' suggested 'schema');
 * these are a typo away or a prefix, as for answers.
 */
final class UsageMessage {
    private UsageMessage() {}

    static String of(ParameterException e) {
        var command = e.getCommandLine();
        var help = " (see '" + command.getCommandSpec().qualifiedName() + " --help')";
        if (!(e instanceof UnmatchedArgumentException unmatched)
                || unmatched.getUnmatched().isEmpty()) {
            return e.getMessage() + help;
        }
        var first = unmatched.getUnmatched().get(0);
        if (!first.startsWith("-") && !command.getSubcommands().isEmpty()) {
            return unknownCommand(first, command);
        }
        var option = first.contains("=") ? first.substring(0, first.indexOf('=')) : first;
        var names = command.getCommandSpec().options().stream()
                .flatMap(o -> Stream.of(o.names()))
                .toList();
        return e.getMessage() + (option.startsWith("-") ? Closest.suggestion(option, names) : "") + help;
    }

    /** "unknown command 'chek'; did you mean 'check'? (see 'should-i-rust rules --help')" */
    static String unknownCommand(String name, CommandLine parent) {
        return "unknown command '" + name + "'"
                + Closest.suggestion(name, parent.getSubcommands().keySet()) + " (see '"
                + parent.getCommandSpec().qualifiedName() + " --help')";
    }
}
