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
    record Item(String tag, String text) {
    }

    /** A word (between spaces) with an escaped minus in it; not the lone one after NAME's name. */
    private static final Pattern NO_HYPHENATION = Pattern.compile("(?<=^|\\s)(?!\\\\-(\\s|$))(?=\\S*\\\\-)(\\S)");
    /** "..." at a line's end, which troff would otherwise take for a sentence's end and follow by two spaces. */
    private static final String REPEATS = "...\\&";
    private static final Pattern MARKUP = Pattern.compile("@\\|(\\S+) (.*?)\\|@", Pattern.DOTALL);

    private final StringBuilder out = new StringBuilder();

    private ManPage() {
    }

    /**
     * @param date goes in the page's footer, as YYYY-MM-DD
     * @param version goes in the page's footer, as "NAME VERSION"
     * @param sections placed after EXIT STATUS (use ENVIRONMENT, FILES) or, named SEE ALSO, at the end
     */
    static String render(CommandLine root, LocalDate date, String version, List<Section> sections) {
        var page = new ManPage();
        page.page(root.getCommandSpec(), date, version, sections);
        return page.out.toString();
    }

    private void page(CommandSpec spec, LocalDate date, String version, List<Section> sections) {
        var name = spec.name();
        out.append(".\\\" Generated from the picocli model by ").append(getClass().getName()).append("; do not edit.\n");
        // The date stays as it is (man and mandoc read it as a date), so no escaping of its hyphens.
        out.append(".TH ").append(escape(name.toUpperCase(java.util.Locale.ROOT))).append(" 1 ").append(date)
                .append(" \"").append(escape(name + " " + version)).append("\" \"User Commands\"\n");
        // Option names make long words that justification would space out.
        macro("ad", "l");

        macro("SH", "NAME");
        text(name + " - " + summary(spec));

        macro("SH", "SYNOPSIS");
        commands(spec).forEach(this::synopsis);
        helpSynopsis(spec);

        macro("SH", "DESCRIPTION");
        paragraphs(lines(spec.usageMessage().description()), "PP");

        macro("SH", "OPTIONS");
        arguments(spec);

        var all = commands(spec);
        var subcommands = all.subList(1, all.size());
        if (!subcommands.isEmpty()) {
            macro("SH", "COMMANDS");
            for (var sub : subcommands) {
                macro("SS", sub.qualifiedName());
                synopsis(sub);
                macro("PP");
                paragraphs(lines(sub.usageMessage().description()), "PP");
                arguments(sub);
                if (!sub.usageMessage().exitCodeList().isEmpty()) {
                    macro("PP");
                    text("Exit status:");
                    exitCodes(sub);
                }
                if (sub.usageMessage().footer().length > 0) {
                    macro("PP");
                    text("Examples:");
                    examples(sub);
                }
            }
        }

        macro("SH", "EXIT STATUS");
        exitCodes(spec);
        sections.stream().filter(s -> !s.name().equals("SEE ALSO")).forEach(this::section);
        if (spec.usageMessage().footer().length > 0) {
            macro("SH", "EXAMPLES");
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
                ? Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1) : sentence;
    }

    /** One synopsis: the command, its options (but help and version) and its parameters. */
    private void synopsis(CommandSpec spec) {
        macro("SY", spec.qualifiedName());
        for (var option : spec.options()) {
            if (option.hidden() || option.usageHelp() || option.versionHelp()) {
                continue;
            }
            var names = String.join("|", List.of(option.names()).stream().map(ManPage::bold).toList());
            // A non-breaking space keeps an option and its parameter on one line.
            var item = names + (option.arity().max() > 0 ? "\\ " + label(option) : "");
            raw((option.required() ? item : "[" + item + "]") + (option.isMultiValue() ? REPEATS : ""));
        }
        for (var parameter : spec.positionalParameters()) {
            if (parameter.hidden()) {
                continue;
            }
            var item = label(parameter) + (parameter.isMultiValue() ? "..." : "");
            raw(parameter.arity().min() > 0 ? item + "\\&" : "[" + item + "]");
        }
        if (!spec.subcommands().isEmpty()) {
            // The root does its own work without one (the advisor); a group (rules) needs one.
            raw(spec.parent() == null ? "[" + italic("COMMAND") + "]" : italic("COMMAND"));
        }
        macro("YS");
    }

    /** Help and version, which every command takes, once at the end of the synopsis. */
    private void helpSynopsis(CommandSpec spec) {
        for (var option : spec.options()) {
            if (option.usageHelp() || option.versionHelp()) {
                macro("SY", spec.qualifiedName());
                raw((option.usageHelp() && !spec.subcommands().isEmpty() ? "[" + italic("COMMAND") + "] " : "")
                        + String.join("|", List.of(option.names()).stream().map(ManPage::bold).toList()));
                macro("YS");
            }
        }
    }

    /** The options, then the positional parameters, each as a tagged paragraph. */
    private void arguments(CommandSpec spec) {
        for (var option : spec.options()) {
            if (option.hidden()) {
                continue;
            }
            macro("TP");
            raw(String.join(", ", List.of(option.names()).stream().map(ManPage::bold).toList())
                    + (option.arity().max() > 0 ? " " + label(option) : ""));
            paragraphs(lines(option.description()), "IP");
        }
        for (var parameter : spec.positionalParameters()) {
            if (parameter.hidden()) {
                continue;
            }
            macro("TP");
            raw(label(parameter) + (parameter.isMultiValue() ? "..." : ""));
            paragraphs(lines(parameter.description()), "IP");
        }
    }

    private void exitCodes(CommandSpec spec) {
        for (var code : spec.usageMessage().exitCodeList().entrySet()) {
            macro("TP");
            raw(bold(code.getKey().strip()));
            paragraphs(lines(code.getValue()), "IP");
        }
    }

    /** The footer, kept as written: it holds command lines to copy, with comments. */
    private void examples(CommandSpec spec) {
        var lines = lines(spec.usageMessage().footer());
        if (lines.isEmpty()) {
            return;
        }
        int indent = lines.stream().filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        macro("RS", "4");
        macro("nf");
        for (var line : lines) {
            raw(escape(line.isBlank() ? "" : line.substring(indent).stripTrailing()));
        }
        macro("fi");
        macro("RE");
    }

    private void section(Section section) {
        macro("SH", section.name());
        paragraphs(section.paragraphs(), "PP");
        for (var item : section.items()) {
            macro("TP");
            raw(bold(item.tag()));
            paragraphs(lines(item.text()), "IP");
        }
    }

    /** Each line a text line (troff fills them into one paragraph); a blank line starts a new one. */
    private void paragraphs(List<String> lines, String paragraphMacro) {
        boolean pending = false;
        boolean any = false;
        for (var line : lines) {
            if (line.isBlank()) {
                pending = any;
                continue;
            }
            if (pending) {
                macro(paragraphMacro);
                pending = false;
            }
            text(line);
            any = true;
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
            return italic(label) + "[" + escape(separator) + italic(label) + "...]";
        }
        return arg instanceof PositionalParamSpec || arg.isOption() ? italic(label) : escape(label);
    }

    private static String bold(String text) {
        return "\\fB" + escape(text) + "\\fR";
    }

    private static String italic(String text) {
        return "\\fI" + escape(text) + "\\fR";
    }

    /** A line of prose: escaped, picocli's @|bold ...|@ markup turned into fonts. */
    private void text(String line) {
        var matcher = MARKUP.matcher(line.strip());
        var rendered = new StringBuilder();
        int at = 0;
        while (matcher.find()) {
            rendered.append(escape(line.strip().substring(at, matcher.start())));
            var styles = List.of(matcher.group(1).split(","));
            var font = styles.contains("bold") ? "\\fB" : styles.contains("italic") || styles.contains("underline")
                    ? "\\fI" : "";
            rendered.append(font).append(escape(matcher.group(2))).append(font.isEmpty() ? "" : "\\fR");
            at = matcher.end();
        }
        rendered.append(escape(line.strip().substring(at)));
        raw(rendered.toString());
    }

    /**
     * An already escaped line, guarded so that a leading '.' or apostrophe is not read as a request. A word
     * with a minus in it (an option, a verdict, a file) is marked never to be hyphenated at a line end, which
     * would break it where it cannot be copied; \\% does that only at the start of the word.
     */
    private void raw(String escaped) {
        var line = NO_HYPHENATION.matcher(escaped).replaceAll("\\\\%$2");
        out.append(line.startsWith(".") || line.startsWith("'") ? "\\&" : "").append(line).append('\n');
    }

    private void macro(String name, String... arguments) {
        out.append('.').append(name);
        for (var argument : arguments) {
            out.append(' ').append(argument.isEmpty() || argument.contains(" ") || argument.contains("\"")
                    ? "\"" + escape(argument).replace("\"", "\\(dq") + "\"" : escape(argument));
        }
        out.append('\n');
    }

    /**
     * Text that troff must print as it is: a backslash is its escape character, '-' would be a hyphen (not
     * the minus that options and identifiers need to be copied), and an apostrophe and a grave accent would
     * become curly quotes. Anything outside ASCII goes by its code point, which needs no input encoding.
     */
    static String escape(String text) {
        var escaped = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '\\' -> escaped.append("\\e");
                case '-' -> escaped.append("\\-");
                case '\'' -> escaped.append("\\(aq");
                case '`' -> escaped.append("\\(ga");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        escaped.append(' ');
                    } else if (c > 0x7e) {
                        escaped.append(String.format("\\[u%04X]", c));
                    } else {
                        escaped.appendCodePoint(c);
                    }
                }
            }
        });
        return escaped.toString();
    }
}
