package io.github.shouldirust.load;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A YAML file's bytes as the text the parser reads: UTF-8 with none of the characters YAML forbids, each
 * refusal located at the first bad byte or character rather than where the parser would give up.
 */
final class YamlText {
    private YamlText() {}

    /**
     * Decodes strictly: a file that is not UTF-8 is named as such, at the line and column of the first
     * bad byte, instead of surfacing the parser's internal error.
     */
    static String decode(byte[] content, String file) throws LoadException {
        if (startsWith(content, 0xFE, 0xFF) || startsWith(content, 0xFF, 0xFE)) {
            throw new LoadException(FileProblem.error(new Location(file, 1, 1), "file is UTF-16; save it as UTF-8"));
        }
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        var in = ByteBuffer.wrap(content);
        var out = CharBuffer.allocate(content.length);
        var result = decoder.decode(in, out, true);
        if (result.isError()) {
            out.flip();
            var before = out.toString();
            int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
            int column = before.length() - (before.lastIndexOf('\n') + 1) + 1;
            throw new LoadException(FileProblem.error(
                    new Location(file, line, column),
                    String.format(
                            "not UTF-8: byte 0x%02X cannot start or continue a character; save the file as UTF-8",
                            content[in.position()] & 0xFF)));
        }
        decoder.flush(out);
        out.flip();
        var text = out.toString();
        refuseControlCharacters(text, file);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /**
     * YAML allows no control characters but tab and line breaks. SnakeYAML refuses them too, but as
     * "special characters are not allowed" at 1:1 wherever they are, so we find the first one ourselves.
     */
    private static void refuseControlCharacters(String text, String file) throws LoadException {
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (c == 0x85 || c == 0x2028 || c == 0x2029) {
                throw new LoadException(FileProblem.error(
                        new Location(file, line, column),
                        String.format(
                                "malformed YAML: U+%04X is not allowed: YAML reads it as a line break, where editors and "
                                        + "diffs show one line",
                                c)));
            }
            if (!isPrintable(c)) {
                throw new LoadException(FileProblem.error(
                        new Location(file, line, column),
                        c == 0
                                ? "malformed YAML: NUL byte (U+0000) is not allowed: a binary file, or UTF-16 without a "
                                        + "byte-order mark? Save it as UTF-8 text"
                                : String.format("malformed YAML: control character U+%04X is not allowed", c)));
            }
            if (c == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
            i += Character.charCount(c);
        }
    }

    /** SnakeYAML's printable characters (StreamReader.isPrintable): YAML 1.1's c-printable. */
    private static boolean isPrintable(int c) {
        return c >= 0x20 && c <= 0x7E
                || c == 0x9
                || c == 0xA
                || c == 0xD
                || c == 0x85
                || c >= 0xA0 && c <= 0xD7FF
                || c >= 0xE000 && c <= 0xFFFD
                || c >= 0x10000 && c <= 0x10FFFF;
    }

    private static boolean startsWith(byte[] content, int first, int second) {
        return content.length >= 2 && (content[0] & 0xFF) == first && (content[1] & 0xFF) == second;
    }
}
