package io.github.shouldirust.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;

/**
 * Builds the {@link YamlNode} tree in one pass over the parser's tokens, refusing what a rules or answers
 * file must not hold (tags, anchors, aliases, control characters and over-long values) where it is written,
 * and noting each duplicate key (the first value is kept) for the caller to report.
 */
final class YamlTreeBuilder {
    /** Tags that only restate a plain type; any other tag (!!java.lang..., !Foo) is refused. */
    private static final Set<String> STANDARD_TAGS = Set.of("str", "int", "float", "bool", "null", "seq", "map");

    private static final String YAML_TAG_PREFIX = "tag:yaml.org,2002:";

    private final YAMLParser parser;
    private final String file;
    private final List<FileProblem> duplicates;

    YamlTreeBuilder(YAMLParser parser, String file, List<FileProblem> duplicates) {
        this.parser = parser;
        this.file = file;
        this.duplicates = duplicates;
    }

    LoadException error(JsonLocation at, String message) {
        return new LoadException(FileProblem.error(YamlReader.locationOf(file, at), message));
    }

    Location here() {
        return YamlReader.locationOf(file, parser.currentTokenLocation());
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
        if (text != null && text.length() > YamlReader.MAX_STRING_LENGTH) {
            throw error(
                    parser.currentTokenLocation(),
                    "a value is longer than the limit of " + YamlReader.MAX_STRING_LENGTH + " characters");
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
            if (c != '\n'
                    && c != '\t'
                    && (c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || c == 0x2028 || c == 0x2029)) {
                throw error(
                        parser.currentTokenLocation(),
                        String.format("a control character (U+%04X) is not allowed in a value", (int) c));
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
                duplicates.add(FileProblem.error(
                        keyLocation,
                        "duplicate key '" + key + "' (first at line "
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
