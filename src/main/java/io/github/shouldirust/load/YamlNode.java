package io.github.shouldirust.load;

import java.util.List;
import java.util.Map;

/**
 * A YAML document as plain data that remembers where each part was written, so that every error can
 * name a line and column. Holds no types from the file: tags and aliases are refused while reading.
 */
public sealed interface YamlNode {

    Location location();

    /** What a user would call this kind of node in an error message. */
    String kind();

    /** A string, number, boolean or null, kept as written; {@code type} is how YAML read it. */
    record Scalar(String text, Kind type, Location location) implements YamlNode {
        public enum Kind {
            STRING,
            INTEGER,
            DECIMAL,
            BOOLEAN,
            NULL
        }

        @Override
        public String kind() {
            return switch (type) {
                case STRING -> "a string";
                case INTEGER -> "an integer";
                case DECIMAL -> "a number";
                case BOOLEAN -> "a boolean";
                case NULL -> "null";
            };
        }
    }

    record Sequence(List<YamlNode> items, Location location) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String kind() {
            return "a list";
        }
    }

    /** A mapping, in file order. Keys are unique: duplicates are an error while reading. */
    record Mapping(Map<String, Entry> entries, Location location) implements YamlNode {
        public record Entry(String key, Location keyLocation, YamlNode value) {}

        public Mapping {
            entries = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(entries));
        }

        public YamlNode get(String key) {
            var entry = entries.get(key);
            return entry == null ? null : entry.value();
        }

        @Override
        public String kind() {
            return "a mapping";
        }
    }
}
