package io.github.shouldirust.cli;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A troff document being written (man(7) macros): requests, and text lines escaped so that troff prints
 * them as they are. It knows troff's rules, not what goes on a man page; {@link ManPage} decides that.
 */
final class Troff {
    /** A word (between spaces) with an escaped minus in it; not the lone one after NAME's name. */
    private static final Pattern NO_HYPHENATION = Pattern.compile("(?<=^|\\s)(?!\\\\-(\\s|$))(?=\\S*\\\\-)(\\S)");
    /** "..." at a line's end, which troff would otherwise take for a sentence's end and follow by two spaces. */
    static final String REPEATS = "...\\&";

    private static final Pattern MARKUP = Pattern.compile("@\\|(\\S+) (.*?)\\|@", Pattern.DOTALL);

    private final StringBuilder out = new StringBuilder();

    /** A line exactly as given, for a request whose arguments the caller has escaped or must keep as they are. */
    void request(String line) {
        out.append(line).append('\n');
    }

    /** Each line a text line (troff fills them into one paragraph); a blank line starts a new one. */
    void paragraphs(List<String> lines, String paragraphMacro) {
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

    static String bold(String text) {
        return "\\fB" + escape(text) + "\\fR";
    }

    static String italic(String text) {
        return "\\fI" + escape(text) + "\\fR";
    }

    /** A line of prose: escaped, picocli's @|bold ...|@ markup turned into fonts. */
    void text(String line) {
        var matcher = MARKUP.matcher(line.strip());
        var rendered = new StringBuilder();
        int at = 0;
        while (matcher.find()) {
            rendered.append(escape(line.strip().substring(at, matcher.start())));
            var styles = List.of(matcher.group(1).split(","));
            var font = styles.contains("bold")
                    ? "\\fB"
                    : styles.contains("italic") || styles.contains("underline") ? "\\fI" : "";
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
    void raw(String escaped) {
        var line = NO_HYPHENATION.matcher(escaped).replaceAll("\\\\%$2");
        out.append(line.startsWith(".") || line.startsWith("'") ? "\\&" : "")
                .append(line)
                .append('\n');
    }

    void macro(String name, String... arguments) {
        out.append('.').append(name);
        for (var argument : arguments) {
            out.append(' ')
                    .append(
                            argument.isEmpty() || argument.contains(" ") || argument.contains("\"")
                                    ? "\"" + escape(argument).replace("\"", "\\(dq") + "\""
                                    : escape(argument));
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

    /** The document so far. */
    @Override
    public String toString() {
        return out.toString();
    }
}
