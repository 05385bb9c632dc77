package io.github.shouldirust.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.List;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads YAML (and so JSON) into {@link YamlNode}s with every limit set explicitly, not left to library
 * defaults: a hostile file is refused quickly with a message naming the limit.
 */
public final class YamlReader {
    /** Larger than any real rules or answers file by two orders of magnitude. */
    /** 1 MiB: 16 times the bundled rules, and small enough that any file within it is refused or read in well under a second. */
    public static final int MAX_BYTES = 1024 * 1024;
    public static final int MAX_DEPTH = 64;
    public static final int MAX_STRING_LENGTH = 64 * 1024;
    public static final int MAX_NUMBER_LENGTH = 20;

    /** Tags that only restate a plain type; any other tag (!!java.lang..., !Foo) is refused. */
    private static final java.util.Set<String> STANDARD_TAGS = java.util.Set.of("str", "int", "float", "bool",
            "null", "seq", "map");

    private static final String YAML_TAG_PREFIX = "tag:yaml.org,2002:";

    private static final YAMLFactory FACTORY = createFactory();

    private YamlReader() {
    }

    private static YAMLFactory createFactory() {
        var options = new LoaderOptions();
        options.setMaxAliasesForCollections(0);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_BYTES);
        options.setAllowDuplicateKeys(true); // we detect duplicates ourselves, to report them with a location
        return YAMLFactory.builder()
                .loaderOptions(options)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH)
                        .maxStringLength(MAX_STRING_LENGTH)
                        .maxNumberLength(MAX_NUMBER_LENGTH)
                        .maxDocumentLength(MAX_BYTES)
                        .build())
                .build();
    }

    /**
     * Parses one YAML document.
     *
     * @param file the name to print in error messages
     * @throws LoadException for a file that is not one well-formed YAML document within the limits
     */
    public static YamlNode read(byte[] content, String file) throws LoadException {
        var duplicates = new ArrayList<FileProblem>();
        var root = read(content, file, duplicates);
        if (!duplicates.isEmpty()) {
            throw new LoadException(duplicates);
        }
        return root;
    }

    /**
     * As {@link #read(byte[], String)}, but a duplicate key is added to {@code duplicates} (the first
     * occurrence is kept) instead of stopping the read, so a checker can report every one.
     */
    public static YamlNode read(byte[] content, String file, List<FileProblem> duplicates) throws LoadException {
        if (content.length > MAX_BYTES) {
            throw new LoadException(FileProblem.error(new Location(file, 1, 1),
                    "file is larger than the limit of " + MAX_BYTES / (1024 * 1024) + " MiB"));
        }
        var text = decodeUtf8(content, file);
        try (var parser = FACTORY.createParser(text)) {
            var reader = new Reading(parser, file, duplicates);
            try {
                if (parser.nextToken() == null) {
                    throw new LoadException(FileProblem.error(new Location(file, 1, 1), "file is empty"));
                }
                var root = reader.node();
                if (root instanceof YamlNode.Scalar scalar && (scalar.type() == YamlNode.Scalar.Kind.NULL
                        || scalar.text().isEmpty())) {
                    throw new LoadException(FileProblem.error(new Location(file, 1, 1), "file is empty"));
                }
                if (parser.nextToken() != null) {
                    throw reader.error(parser.currentTokenLocation(), "expected one YAML document, found more");
                }
                return root;
            } catch (StreamConstraintsException e) {
                // A limit (nesting depth) carries no location of its own; the token that went over it is here.
                throw reader.error(parser.currentTokenLocation(), oneLine(e));
            }
        } catch (JsonProcessingException e) {
            if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
                throw new LoadException(FileProblem.error(locationOf(file, yaml.getProblemMark()), oneLine(yaml)));
            }
            throw new LoadException(FileProblem.error(locationOf(file, e.getLocation()), oneLine(e)));
        } catch (IOException e) {
            throw new LoadException(FileProblem.error(new Location(file, 1, 1), "cannot read: " + e.getMessage()));
        }
    }

    /**
     * Decodes strictly: a file that is not UTF-8 is named as such, at the line and column of the first
     * bad byte, instead of surfacing the parser's internal error.
     */
    private static String decodeUtf8(byte[] content, String file) throws LoadException {
        if (startsWith(content, 0xFE, 0xFF) || startsWith(content, 0xFF, 0xFE)) {
            throw new LoadException(FileProblem.error(new Location(file, 1, 1),
                    "file is UTF-16; save it as UTF-8"));
        }
        var decoder = StandardCharsets.UTF_8.newDecoder()
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
            throw new LoadException(FileProblem.error(new Location(file, line, column), String.format(
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
                throw new LoadException(FileProblem.error(new Location(file, line, column), String.format(
                        "malformed YAML: U+%04X is not allowed: YAML reads it as a line break, where editors and "
                                + "diffs show one line", c)));
            }
            if (!isPrintable(c)) {
                throw new LoadException(FileProblem.error(new Location(file, line, column), c == 0
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
        return c >= 0x20 && c <= 0x7E || c == 0x9 || c == 0xA || c == 0xD || c == 0x85
                || c >= 0xA0 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF;
    }

    private static boolean startsWith(byte[] content, int first, int second) {
        return content.length >= 2 && (content[0] & 0xFF) == first && (content[1] & 0xFF) == second;
    }

    static Location locationOf(String file, JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return new Location(file, 1, 1);
        }
        return new Location(file, location.getLineNr(), Math.max(1, location.getColumnNr()));
    }

    private static Location locationOf(String file, Mark mark) {
        return new Location(file, mark.getLine() + 1, mark.getColumn() + 1);
    }

    /** SnakeYAML's problem ("expected ',' or ']'") with its context ("while parsing a flow sequence"). */
    private static String oneLine(MarkedYAMLException e) {
        var problem = e.getProblem() == null ? "malformed YAML" : e.getProblem().strip();
        if (problem.contains("aliases") || problem.contains("anchor")) {
            return "YAML aliases are not allowed";
        }
        if (problem.contains("limit")) {
            return "YAML over a reading limit: " + problem;
        }
        var context = e.getContext() == null ? "" : " (" + e.getContext().strip()
                + (e.getContextMark() == null ? "" : " that starts at line " + (e.getContextMark().getLine() + 1)) + ")";
        return "malformed YAML: " + problem + context;
    }

    /** The parser's own words, cut to the one line a user needs, with no Java names in it. */
    private static String oneLine(JsonProcessingException e) {
        var message = e.getOriginalMessage() == null ? "malformed YAML" : e.getOriginalMessage().strip();
        var firstLine = message.lines().findFirst().orElse("malformed YAML").strip();
        if (message.contains("aliases")) {
            return "YAML aliases are not allowed";
        }
        if (message.contains("nesting depth")) {
            return "nested deeper than the limit of " + MAX_DEPTH + " levels";
        }
        if (message.contains("Event") || message.contains("complex")) {
            return "malformed YAML: only plain strings can be mapping keys";
        }
        if (message.contains("length") && message.contains("exceeds")) {
            return "a value is longer than the limit of " + MAX_STRING_LENGTH + " characters";
        }
        return "malformed YAML: " + firstLine;
    }

    /** One pass over the parser's tokens. */
    private static final class Reading {
        private final YAMLParser parser;
        private final String file;
        private final List<FileProblem> duplicates;

        Reading(YAMLParser parser, String file, List<FileProblem> duplicates) {
            this.parser = parser;
            this.file = file;
            this.duplicates = duplicates;
        }

        LoadException error(JsonLocation at, String message) {
            return new LoadException(FileProblem.error(locationOf(file, at), message));
        }

        Location here() {
            return locationOf(file, parser.currentTokenLocation());
        }

        YamlNode node() throws IOException, LoadException {
            refuseTagsAndAliases();
            var token = parser.currentToken();
            if (token == JsonToken.START_OBJECT) {
                return mapping();
            }
            if (token == JsonToken.START_ARRAY) {
                return sequence();
            }
            if (token == null) {
                // The parser can run out of input inside a list (as in "[!!int\r-[[]") without saying so.
                throw error(parser.currentLocation(), "malformed YAML: the file ends inside a list or mapping");
            }
            return scalar(token);
        }

        /** Jackson's YAML parser does not apply StreamReadConstraints' string limit, so we do. */
        private void checkLength(String text) throws LoadException {
            if (text != null && text.length() > MAX_STRING_LENGTH) {
                throw error(parser.currentTokenLocation(), "a value is longer than the limit of " + MAX_STRING_LENGTH
                        + " characters");
            }
        }

        /**
         * A double-quoted string can spell any character with an escape ("\e", "\x1b"). Values are ids,
         * labels and prose shown on terminals and in logs, so a control character in one is refused where
         * it is written; a tab or a line break in prose is kept.
         */
        private void refuseControlCharacters(String text) throws LoadException {
            if (text == null) {
                return;
            }
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c != '\n' && c != '\t' && (c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || c == 0x2028
                        || c == 0x2029)) {
                    throw error(parser.currentTokenLocation(), String.format(
                            "a control character (U+%04X) is not allowed in a value", (int) c));
                }
            }
        }

        private void refuseTagsAndAliases() throws IOException, LoadException {
            if (parser.isCurrentAlias()) {
                throw error(parser.currentTokenLocation(), "YAML aliases are not allowed (*" + parser.getText() + ")");
            }
            // An anchor alone is harmless (aliases are refused), but a file should not look as if it could
            // refer to one. The parser reports anchors on lists and mappings only, not on plain values.
            var anchor = parser.getObjectId();
            if (anchor != null) {
                throw error(parser.currentTokenLocation(), "YAML anchors are not allowed (&" + anchor + ")");
            }
            var tag = parser.getTypeId();
            if (tag != null && !STANDARD_TAGS.contains(tag.replaceFirst("^(tag:yaml\\.org,2002:|!!)", ""))) {
                throw error(parser.currentTokenLocation(), "YAML tags are not allowed (" + asWritten(tag) + ")");
            }
        }

        /** A tag as it is written in a file: the parser expands {@code !!x} to {@code tag:yaml.org,2002:x}. */
        private static String asWritten(String tag) {
            if (tag.startsWith(YAML_TAG_PREFIX)) {
                return "!!" + tag.substring(YAML_TAG_PREFIX.length());
            }
            return tag.startsWith("tag:") || tag.startsWith("!") ? tag : "!" + tag;
        }

        private YamlNode mapping() throws IOException, LoadException {
            var start = here();
            var entries = new LinkedHashMap<String, YamlNode.Mapping.Entry>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                var key = parser.currentName();
                checkLength(key);
                refuseControlCharacters(key);
                var keyLocation = here();
                parser.nextToken();
                var value = node();
                if (entries.containsKey(key)) {
                    duplicates.add(FileProblem.error(keyLocation, "duplicate key '" + key + "' (first at line "
                            + entries.get(key).keyLocation().line() + ")"));
                } else {
                    entries.put(key, new YamlNode.Mapping.Entry(key, keyLocation, value));
                }
            }
            return new YamlNode.Mapping(entries, start);
        }

        private YamlNode sequence() throws IOException, LoadException {
            var start = here();
            var items = new ArrayList<YamlNode>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                items.add(node());
            }
            return new YamlNode.Sequence(items, start);
        }

        private YamlNode scalar(JsonToken token) throws IOException, LoadException {
            checkLength(parser.getText());
            refuseControlCharacters(parser.getText());
            var kind = switch (token) {
                case VALUE_NUMBER_INT -> YamlNode.Scalar.Kind.INTEGER;
                case VALUE_NUMBER_FLOAT -> YamlNode.Scalar.Kind.DECIMAL;
                case VALUE_TRUE, VALUE_FALSE -> YamlNode.Scalar.Kind.BOOLEAN;
                case VALUE_NULL -> YamlNode.Scalar.Kind.NULL;
                default -> YamlNode.Scalar.Kind.STRING;
            };
            return new YamlNode.Scalar(parser.getText(), kind, here());
        }
    }
}
