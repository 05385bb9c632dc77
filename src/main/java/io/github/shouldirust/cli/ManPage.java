package io.github.shouldirust.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * A man page (man(7) macros) rendered from a picocli command tree: the root command's usage, description,
 * options, exit codes and footer examples, then every subcommand with its own. Sections the model has no
 * place for (ENVIRONMENT, FILES, SEE ALSO) come from the caller. picocli-codegen writes AsciiDoc instead,
 * which would need asciidoctor to become troff.
 */
final class ManPage {
    /** A section the model cannot supply: plain-text paragraphs, then a list of tagged ones. */
    record Section(String name, List<String> paragraphs, List<Item> items) {
        Section {
            paragraphs = List.copyOf(paragraphs);
            items = List.copyOf(items);
        }
    }

    /** A tagged paragraph: the tag (a file, a variable) in bold, then its text. */
    record Item(String tag, String text) {}

    private final Troff troff = new Troff();

    private ManPage() {}

    /**
     * @param date goes in the page's footer, as YYYY-MM-DD
     * @param version goes in the page's footer, as "NAME VERSION"
     * @param sections placed after EXIT STATUS (use ENVIRONMENT, FILES) or, named SEE ALSO, at the end
     */
    static String render(CommandLine root, LocalDate date, String version, List<Section> sections) {
        var page = new ManPage();
        page.page(root.getCommandSpec(), date, version, sections);
        return page.troff.toString();
    }

    private void page(CommandSpec spec, LocalDate date, String version, List<Section> sections) {
        var name = spec.name();
        troff.request(".\\\" Generated from the picocli model by " + getClass().getName() + "; do not edit.");
        // The date stays as it is (man and mandoc read it as a date), so no escaping of its hyphens.
        troff.request(".TH " + Troff.escape(name.toUpperCase(java.util.Locale.ROOT)) + " 1 " + date + " \""
                + Troff.escape(name + " " + version) + "\" \"User Commands\"");
        // Option names make long words that justification would space out.
        troff.macro("ad", "l");

        troff.macro("SH", "NAME");
        troff.text(name + " - " + summary(spec));

        troff.macro("SH", "SYNOPSIS");
        commands(spec).forEach(this::synopsis);
        helpSynopsis(spec);

        troff.macro("SH", "DESCRIPTION");
        troff.paragraphs(lines(spec.usageMessage().description()), "PP");

        troff.macro("SH", "OPTIONS");
        arguments(spec);

        var all = commands(spec);
        var subcommands = all.subList(1, all.size());
        if (!subcommands.isEmpty()) {
            troff.macro("SH", "COMMANDS");
            for (var sub : subcommands) {
                troff.macro("SS", sub.qualifiedName());
                synopsis(sub);
                troff.macro("PP");
                troff.paragraphs(lines(sub.usageMessage().description()), "PP");
                arguments(sub);
                if (!sub.usageMessage().exitCodeList().isEmpty()) {
                    troff.macro("PP");
                    troff.text("Exit status:");
                    exitCodes(sub);
                }
                if (sub.usageMessage().footer().length > 0) {
                    troff.macro("PP");
                    troff.text("Examples:");
                    examples(sub);
                }
            }
        }

        troff.macro("SH", "EXIT STATUS");
        exitCodes(spec);
        sections.stream().filter(s -> !s.name().equals("SEE ALSO")).forEach(this::section);
        if (spec.usageMessage().footer().length > 0) {
            troff.macro("SH", "EXAMPLES");
            examples(spec);
        }
        sections.stream().filter(s -> s.name().equals("SEE ALSO")).forEach(this::section);
    }

    /** The command and its subcommands, depth first, leaving out hidden ones. */
    private static List<CommandSpec> commands(CommandSpec spec) {
        var all = new ArrayList<CommandSpec>();
        all.add(spec);
        for (var sub : spec.subcommands().values()) {
            if (!sub.getCommandSpec().usageMessage().hidden()) {
                all.addAll(commands(sub.getCommandSpec()));
            }
        }
        return all;
    }

    /** The first sentence of the description, for the NAME line (what apropos shows). */
    private static String summary(CommandSpec spec) {
        var lines = lines(spec.usageMessage().description());
        var first = lines.isEmpty() ? spec.name() : lines.get(0);
        var end = Pattern.compile("[.?!](\\s|$)").matcher(first);
        var sentence = end.find() ? first.substring(0, end.start() + 1) : first;
        if (sentence.endsWith(".")) {
            sentence = sentence.substring(0, sentence.length() - 1);
        }
        return sentence.length() > 1 && Character.isLowerCase(sentence.charAt(1))
                ? Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1)
                : sentence;
    }

    /** One synopsis: the command, its options (but help and version) and its parameters. */
    private void synopsis(CommandSpec spec) {
        troff.macro("SY", spec.qualifiedName());
        for (var option : spec.options()) {
            if (option.hidden() || option.usageHelp() || option.versionHelp()) {
                continue;
            }
            var names = String.join(
                    "|", List.of(option.names()).stream().map(Troff::bold).toList());
            // A non-breaking space keeps an option and its parameter on one line.
            var item = names + (option.arity().max() > 0 ? "\\ " + label(option) : "");
            troff.raw((option.required() ? item : "[" + item + "]") + (option.isMultiValue() ? Troff.REPEATS : ""));
        }
        for (var parameter : spec.positionalParameters()) {
            if (parameter.hidden()) {
                continue;
            }
            var item = label(parameter) + (parameter.isMultiValue() ? "..." : "");
            troff.raw(parameter.arity().min() > 0 ? item + "\\&" : "[" + item + "]");
        }
        if (!spec.subcommands().isEmpty()) {
            // The root does its own work without one (the advisor); a group (rules) needs one.
            troff.raw(spec.parent() == null ? "[" + Troff.italic("COMMAND") + "]" : Troff.italic("COMMAND"));
        }
        troff.macro("YS");
    }

    /** Help and version, which every command takes, once at the end of the synopsis. */
    private void helpSynopsis(CommandSpec spec) {
        for (var option : spec.options()) {
            if (option.usageHelp() || option.versionHelp()) {
                troff.macro("SY", spec.qualifiedName());
                troff.raw((option.usageHelp() && !spec.subcommands().isEmpty()
                                ? "[" + Troff.italic("COMMAND") + "] "
                                : "")
                        + String.join(
                                "|",
                                List.of(option.names()).stream()
                                        .map(Troff::bold)
                                        .toList()));
                troff.macro("YS");
            }
        }
    }

    /** The options, then the positional parameters, each as a tagged paragraph. */
    private void arguments(CommandSpec spec) {
        for (var option : spec.options()) {
            if (option.hidden()) {
                continue;
            }
            troff.macro("TP");
            troff.raw(String.join(
                            ", ",
                            List.of(option.names()).stream().map(Troff::bold).toList())
                    + (option.arity().max() > 0 ? " " + label(option) : ""));
            troff.paragraphs(lines(option.description()), "IP");
        }
        for (var parameter : spec.positionalParameters()) {
            if (parameter.hidden()) {
                continue;
            }
            troff.macro("TP");
            troff.raw(label(parameter) + (parameter.isMultiValue() ? "..." : ""));
            troff.paragraphs(lines(parameter.description()), "IP");
        }
    }

    private void exitCodes(CommandSpec spec) {
        for (var code : spec.usageMessage().exitCodeList().entrySet()) {
            troff.macro("TP");
            troff.raw(Troff.bold(code.getKey().strip()));
            troff.paragraphs(lines(code.getValue()), "IP");
        }
    }

    /** The footer, kept as written: it holds command lines to copy, with comments. */
    private void examples(CommandSpec spec) {
        var lines = lines(spec.usageMessage().footer());
        if (lines.isEmpty()) {
            return;
        }
        int indent = lines.stream()
                .filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length())
                .min()
                .orElse(0);
        troff.macro("RS", "4");
        troff.macro("nf");
        for (var line : lines) {
            troff.raw(Troff.escape(line.isBlank() ? "" : line.substring(indent).stripTrailing()));
        }
        troff.macro("fi");
        troff.macro("RE");
    }

    private void section(Section section) {
        troff.macro("SH", section.name());
        troff.paragraphs(section.paragraphs(), "PP");
        for (var item : section.items()) {
            troff.macro("TP");
            troff.raw(Troff.bold(item.tag()));
            troff.paragraphs(lines(item.text()), "IP");
        }
    }

    /** picocli's description lines, with its %n line breaks, split into lines. */
    private static List<String> lines(String... descriptions) {
        var lines = new ArrayList<String>();
        for (var description : descriptions) {
            var formatted = description.replace("%n", "\n").replace("%%", "%");
            lines.addAll(List.of(formatted.split("\n", -1)));
        }
        return lines;
    }

    private static String label(ArgSpec arg) {
        var label = arg.paramLabel();
        if (arg.isOption() && !((OptionSpec) arg).splitRegex().isEmpty()) {
            var split = ((OptionSpec) arg).splitRegexSynopsisLabel();
            var separator = split.isEmpty() ? ((OptionSpec) arg).splitRegex() : split;
            return Troff.italic(label) + "[" + Troff.escape(separator) + Troff.italic(label) + "...]";
        }
        return arg instanceof PositionalParamSpec || arg.isOption() ? Troff.italic(label) : Troff.escape(label);
    }
}
