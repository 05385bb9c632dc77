package io.github.shouldirust.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads typed values out of a {@link YamlNode} tree, collecting a located problem for each unknown key,
 * missing field or wrong type instead of stopping at the first.
 */
final class Decoder {
    private final List<FileProblem> problems = new ArrayList<>();

    List<FileProblem> problems() {
        return problems;
    }

    void error(Location at, String message) {
        problems.add(FileProblem.error(at, message));
    }

    /** The node as a mapping whose keys are all known; empty (with a problem) when it is not a mapping. */
    Optional<YamlNode.Mapping> mapping(YamlNode node, String what, Set<String> known) {
        if (!(node instanceof YamlNode.Mapping mapping)) {
            wrongType(node, what, "a mapping");
            return Optional.empty();
        }
        for (var entry : mapping.entries().values()) {
            if (!known.contains(entry.key())) {
                error(
                        entry.keyLocation(),
                        "unknown key '" + entry.key() + "' in " + what + " (known: "
                                + String.join(", ", new TreeSet<>(known)) + ")");
            }
        }
        return Optional.of(mapping);
    }

    List<YamlNode> list(YamlNode node, String what) {
        if (node instanceof YamlNode.Sequence sequence) {
            return sequence.items();
        }
        wrongType(node, what, "a list");
        return List.of();
    }

    /** A required string field; empty with a problem when missing, null, blank or not a string. */
    Optional<String> requiredString(YamlNode.Mapping mapping, String key, String what) {
        var node = mapping.get(key);
        if (node == null) {
            error(mapping.location(), what + " has no '" + key + "'");
            return Optional.empty();
        }
        return string(node, what + " '" + key + "'");
    }

    Optional<String> optionalString(YamlNode.Mapping mapping, String key, String what) {
        var node = mapping.get(key);
        return node == null ? Optional.empty() : string(node, what + " '" + key + "'");
    }

    /** A scalar read as text: YAML may type {@code 1.0} or {@code yes}, but ids and labels are strings. */
    Optional<String> string(YamlNode node, String what) {
        if (node instanceof YamlNode.Scalar scalar && scalar.type() != YamlNode.Scalar.Kind.NULL) {
            if (scalar.text().isBlank()) {
                error(node.location(), what + " is empty");
                return Optional.empty();
            }
            return Optional.of(scalar.text());
        }
        wrongType(node, what, "a string");
        return Optional.empty();
    }

    /**
     * A whole number written in plain decimal, with an optional sign. YAML also reads {@code 0x10},
     * {@code 0o17}, {@code 010} and {@code 1_000} as integers, each by its own rule (and YAML 1.1 takes
     * {@code 010} as octal); rather than guess which the writer meant, anything but decimal is refused.
     */
    Optional<Integer> integer(YamlNode node, String what) {
        if (node instanceof YamlNode.Scalar scalar && scalar.type() == YamlNode.Scalar.Kind.INTEGER) {
            var text = scalar.text();
            if (!DECIMAL.matcher(text).matches()) {
                error(node.location(), what + " must be written in decimal (like 12 or -3), not " + text);
                return Optional.empty();
            }
            try {
                return Optional.of(Integer.parseInt(text.startsWith("+") ? text.substring(1) : text));
            } catch (NumberFormatException e) {
                error(node.location(), what + " is out of range: " + text);
                return Optional.empty();
            }
        }
        wrongType(node, what, "an integer");
        return Optional.empty();
    }

    /** Decimal with no leading zero (so no octal reading) and no digit separators. */
    private static final java.util.regex.Pattern DECIMAL = java.util.regex.Pattern.compile("[+-]?(0|[1-9][0-9]*)");

    /**
     * An optional true/false field: false when absent (or, with a problem, when not a boolean). Only
     * {@code true} and {@code false} are booleans here: YAML 1.1's yes/no/on/off/y/n are refused with their
     * place in the file, not read as false and silently ignored.
     */
    boolean flag(YamlNode node, String what) {
        if (node == null) {
            return false;
        }
        if (node instanceof YamlNode.Scalar scalar && scalar.type() == YamlNode.Scalar.Kind.BOOLEAN) {
            var text = scalar.text();
            if (text.equals("true") || text.equals("false")) {
                return text.equals("true");
            }
            error(node.location(), what + " must be true or false, not " + text);
            return false;
        }
        wrongType(node, what, "true or false");
        return false;
    }

    /** A list of strings; a single string counts as a list of one. */
    List<String> strings(YamlNode node, String what) {
        if (node instanceof YamlNode.Mapping) {
            wrongType(node, what, "a list of strings");
            return List.of();
        }
        if (node instanceof YamlNode.Sequence sequence) {
            var values = new ArrayList<String>();
            sequence.items().forEach(item -> string(item, what).ifPresent(values::add));
            return values;
        }
        return string(node, what).map(List::of).orElse(List.of());
    }

    void wrongType(YamlNode node, String what, String expected) {
        error(node.location(), what + " must be " + expected + ", not " + node.kind());
    }
}
