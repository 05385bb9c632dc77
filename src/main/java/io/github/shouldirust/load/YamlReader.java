package io.github.shouldirust.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads YAML (and so JSON) into {@link YamlNode}s with every limit set explicitly, not left to library
 * defaults: a hostile file is refused quickly with a message naming the limit.
 */
public final class YamlReader {
    /** 1 MiB: 16 times the bundled rules, and small enough that any file within it is refused or read in well under a second. */
    public static final int MAX_BYTES = 1024 * 1024;

    public static final int MAX_DEPTH = 64;
    public static final int MAX_STRING_LENGTH = 64 * 1024;
    public static final int MAX_NUMBER_LENGTH = 20;

    private static final YAMLFactory FACTORY = createFactory();

    private YamlReader() {}

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
            throw new LoadException(FileProblem.error(
                    new Location(file, 1, 1),
                    "file is larger than the limit of " + MAX_BYTES / (1024 * 1024) + " MiB"));
        }
        var text = YamlText.decode(content, file);
        try (var parser = FACTORY.createParser(text)) {
            var reader = new YamlTreeBuilder(parser, file, duplicates);
            try {
                if (parser.nextToken() == null) {
                    throw new LoadException(FileProblem.error(new Location(file, 1, 1), "file is empty"));
                }
                var root = reader.node();
                if (root instanceof YamlNode.Scalar scalar
                        && (scalar.type() == YamlNode.Scalar.Kind.NULL
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
        var context = e.getContext() == null
                ? ""
                : " (" + e.getContext().strip()
                        + (e.getContextMark() == null
                                ? ""
                                : " that starts at line " + (e.getContextMark().getLine() + 1))
                        + ")";
        return "malformed YAML: " + problem + context;
    }

    /** The parser's own words, cut to the one line a user needs, with no Java names in it. */
    private static String oneLine(JsonProcessingException e) {
        var message = e.getOriginalMessage() == null
                ? "malformed YAML"
                : e.getOriginalMessage().strip();
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
}
