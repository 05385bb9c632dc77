package io.github.shouldirust.load;

import static io.github.shouldirust.load.RulesLoader.SCHEMA;

import io.github.shouldirust.core.Claim;
import io.github.shouldirust.core.ClaimKind;
import io.github.shouldirust.core.Language;
import io.github.shouldirust.core.RuleSet;
import io.github.shouldirust.core.Thresholds;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * Decodes one rules file into its parts: the top-level keys, schema, metadata, claims, languages and
 * verdict thresholds, with questions and rules read by their own decoders. Collects every problem, each
 * at its file, line and column, instead of stopping at the first. Examples are read later, against the
 * combined rules, by {@link ExampleDecoder}.
 */
final class RulesFileDecoder {
    private static final Set<String> TOP_KEYS = Set.of(
            "schema",
            "id",
            "version",
            "title",
            "source",
            "claims",
            "languages",
            "questions",
            "rules",
            "verdicts",
            "examples",
            "extends");
    private static final Set<String> CLAIM_KEYS = Set.of("id", "kind", "section", "statement", "evidence");
    private static final Set<String> LANGUAGE_KEYS = Set.of("id", "name", "rust-wins", "other-wins");
    private static final Set<String> VERDICT_KEYS = Set.of("use-rust", "consider-rust");

    private final Decoder decoder = new Decoder();
    /** What this file layers over, when it says {@code extends}; null for a whole rules file. */
    private final RulesParts base;

    private final QuestionDecoder questionDecoder = new QuestionDecoder(decoder);
    private final RuleDecoder ruleDecoder;

    RulesFileDecoder(String file, RulesParts base) {
        this.base = base;
        this.ruleDecoder = new RuleDecoder(decoder, file, base);
    }

    /** Every problem found so far, in the order found. */
    List<FileProblem> problems() {
        return decoder.problems();
    }

    /** The file's content; empty when it is not decoded far enough to build on (see {@link #problems}). */
    Optional<RulesParts> decode(YamlNode root) {
        var top = decoder.mapping(root, "the rules file", TOP_KEYS);
        if (top.isEmpty()) {
            return Optional.empty();
        }
        var doc = top.get();
        checkSchema(doc);
        if (base == null && doc.get("extends") != null) {
            decoder.error(doc.get("extends").location(), "internal: a layer was read without its base");
        }
        var extended = decoder.optionalString(doc, "extends", "the rules file");
        if (base != null
                && extended.isPresent()
                && !extended.get().equals(base.metadata().id())) {
            decoder.error(
                    doc.get("extends").location(),
                    "this file extends '" + extended.get() + "', but the rules "
                            + "it layers over are '" + base.metadata().id()
                            + "' ('extends' takes the id of the rules from the "
                            + "--rules before it, or of the bundled rules when it comes first)");
        }
        var metadata = new RuleSet.Metadata(
                decoder.requiredString(doc, "id", "the rules file").orElse(""),
                decoder.requiredString(doc, "version", "the rules file").orElse(""),
                decoder.optionalString(doc, "title", "the rules file")
                        .orElse(base == null ? "" : base.metadata().title()),
                decoder.optionalString(doc, "source", "the rules file")
                        .orElse(base == null ? "" : base.metadata().source()));
        var claims = items(doc, "claims", this::claim);
        var languages = items(doc, "languages", this::language);
        var questions = items(doc, "questions", questionDecoder::question);
        var rules = items(doc, "rules", ruleDecoder::rule);
        var thresholds = thresholds(doc);
        return thresholds.map(t -> new RulesParts(metadata, claims, languages, questions, rules, t));
    }

    private void checkSchema(YamlNode.Mapping doc) {
        var schema = doc.get("schema");
        if (schema == null) {
            decoder.error(doc.location(), "the rules file has no 'schema' (this version reads schema " + SCHEMA + ")");
            return;
        }
        decoder.integer(schema, "'schema'")
                .filter(v -> v != SCHEMA)
                .ifPresent(v -> decoder.error(
                        schema.location(),
                        "schema " + v + " is not supported (this version reads schema " + SCHEMA + ")"));
    }

    /** Decodes each item of a required top-level list, skipping items that had problems. */
    private <T> List<T> items(YamlNode.Mapping doc, String key, BiFunction<YamlNode, Integer, Optional<T>> item) {
        var node = doc.get(key);
        if (node == null) {
            if (base == null) {
                decoder.error(doc.location(), "the rules file has no '" + key + "'");
            }
            return List.of();
        }
        var nodes = decoder.list(node, "'" + key + "'");
        var result = new ArrayList<T>();
        for (int i = 0; i < nodes.size(); i++) {
            item.apply(nodes.get(i), i).ifPresent(result::add);
        }
        return result;
    }

    private Optional<Claim> claim(YamlNode node, int index) {
        return decoder.mapping(node, "a claim", CLAIM_KEYS).flatMap(m -> {
            var what = "claim " + (index + 1);
            var id = decoder.requiredString(m, "id", what);
            var kindName = decoder.requiredString(m, "kind", what);
            var kind = kindName.flatMap(ClaimKind::fromId);
            if (kindName.isPresent() && kind.isEmpty()) {
                decoder.error(
                        m.get("kind").location(),
                        "unknown claim kind '" + kindName.get() + "' (allowed: "
                                + Arrays.stream(ClaimKind.values())
                                        .map(ClaimKind::id)
                                        .collect(Collectors.joining(", ")) + ")");
            }
            var section = decoder.requiredString(m, "section", what);
            var statement = decoder.requiredString(m, "statement", what);
            var evidence = m.get("evidence") == null
                    ? List.<String>of()
                    : decoder.strings(m.get("evidence"), what + " 'evidence'");
            if (id.isEmpty() || kind.isEmpty() || section.isEmpty() || statement.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Claim(id.get(), kind.get(), section.get(), statement.get(), evidence));
        });
    }

    private Optional<Language> language(YamlNode node, int index) {
        return decoder.mapping(node, "a language", LANGUAGE_KEYS).flatMap(m -> {
            var what = "language " + (index + 1);
            var id = decoder.requiredString(m, "id", what);
            var earlier = RulesParts.earlier(base, RulesParts::languages, Language::id, id);
            var name = earlier.isPresent() && m.get("name") == null
                    ? Optional.of(earlier.get().name())
                    : decoder.requiredString(m, "name", what);
            var rustWins = m.get("rust-wins") == null
                    ? earlier.map(Language::rustWins).orElse(List.of())
                    : decoder.strings(m.get("rust-wins"), what + " 'rust-wins'");
            var otherWins = m.get("other-wins") == null
                    ? earlier.map(Language::otherWins).orElse(List.of())
                    : decoder.strings(m.get("other-wins"), what + " 'other-wins'");
            if (id.isEmpty() || name.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Language(id.get(), name.get(), rustWins, otherWins));
        });
    }

    private Optional<Thresholds> thresholds(YamlNode.Mapping doc) {
        var node = doc.get("verdicts");
        if (node == null) {
            if (base != null) {
                return Optional.of(base.thresholds());
            }
            decoder.error(doc.location(), "the rules file has no 'verdicts'");
            return Optional.empty();
        }
        return decoder.mapping(node, "'verdicts'", VERDICT_KEYS).flatMap(m -> {
            var use = base != null && m.get("use-rust") == null
                    ? Optional.of(base.thresholds().useRust())
                    : threshold(m, "use-rust");
            var consider = base != null && m.get("consider-rust") == null
                    ? Optional.of(base.thresholds().considerRust())
                    : threshold(m, "consider-rust");
            return use.isPresent() && consider.isPresent()
                    ? Optional.of(new Thresholds(use.get(), consider.get()))
                    : Optional.empty();
        });
    }

    private Optional<Integer> threshold(YamlNode.Mapping verdicts, String key) {
        var node = verdicts.get(key);
        if (node == null) {
            decoder.error(verdicts.location(), "'verdicts' has no '" + key + "' (the lowest score for that verdict)");
            return Optional.empty();
        }
        return decoder.integer(node, "'" + key + "'");
    }
}
