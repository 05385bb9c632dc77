package io.github.shouldirust.render;

/**
 * Text from rules files, which are untrusted, made safe to put into Markdown: it stays text, so a
 * layer's {@code <Rust>} is not inline HTML, its {@code [link](…)} not a link, its {@code *word*} not
 * emphasis. Shared by the decision record and the rules diff.
 */
final class Markdown {
    private Markdown() {}

    private static final java.util.regex.Pattern URL = java.util.regex.Pattern.compile("https?://[^\\s<>`\\\\]+");

    /**
     * Text from a rules file, kept as text within a line: '<', '>' and '&' as entities (a layer's
     * "<Rust>" is not inline HTML), the characters that open emphasis, links, code and strike-through
     * backslash-escaped, and a line break, which would end a list item, a space. A web address is
     * written as an autolink, {@code <https://…>}, as GitHub would link it anyway: inside one nothing
     * is markup, and escapes would become part of the address.
     */
    static String md(String untrusted) {
        var text = Printable.text(untrusted); // no bidi or invisible character reaches the reader raw
        var escaped = new StringBuilder(text.length() + 8);
        var url = URL.matcher(text);
        var from = 0;
        while (url.find()) {
            var end = urlEnd(text, url.start(), url.end());
            escape(text.substring(from, url.start()), escaped);
            escaped.append('<').append(text, url.start(), end).append('>');
            from = end;
        }
        escape(text.substring(from), escaped);
        return escaped.toString();
    }

    /** Where an address ends: without trailing punctuation or an unmatched ')', as GitHub reads it. */
    private static int urlEnd(String text, int start, int end) {
        while (end > start) {
            var last = text.charAt(end - 1);
            var unmatched = last == ')'
                    && text.substring(start, end).chars().filter(c -> c == '(').count()
                            < text.substring(start, end)
                                    .chars()
                                    .filter(c -> c == ')')
                                    .count();
            if (".,:;!?'\"*_~".indexOf(last) < 0 && !unmatched) {
                break;
            }
            end--;
        }
        return end;
    }

    private static void escape(String text, StringBuilder escaped) {
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '\n', '\r' -> escaped.append(' ');
                case '\\', '`', '*', '_', '[', ']', '~', '|' ->
                    escaped.append('\\').append(c);
                default -> escaped.append(c);
            }
        }
    }

    private static final java.util.regex.Pattern BLOCK_MARKER = java.util.regex.Pattern.compile("\\d{1,9}[.)]|[-+#=]");

    /**
     * {@link #md}, for text that starts a line's content (a list item's, a heading's): there a leading
     * "#", "-", "+" or "1." would open a heading or a nested list, so it is escaped too.
     */
    static String mdStart(String text) {
        var marker = BLOCK_MARKER.matcher(text);
        if (!marker.lookingAt()) {
            return md(text);
        }
        var end = marker.end();
        return md(text.substring(0, end - 1)) + "\\" + text.charAt(end - 1) + md(text.substring(end));
    }

    /**
     * An id or answer from a rules file as inline code. Inside a code span nothing is markup, so only a
     * backtick (which would end it) and a line break need care: a longer fence, and a space.
     */
    static String code(String text) {
        var flat = Printable.text(text).replace('\n', ' ').replace('\r', ' ');
        return flat.contains("`") ? "`` " + flat + " ``" : "`" + flat + "`";
    }
}
