package io.github.shouldirust.load;

import io.github.shouldirust.core.Cap;
import io.github.shouldirust.core.Condition;
import io.github.shouldirust.core.Picks;
import io.github.shouldirust.core.Rule;
import io.github.shouldirust.core.Verdict;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a rules file's rules: condition, score, effects on languages, text, claims, cap and picks. In a
 * layer, a rule the base already has may give only the fields it changes.
 */
final class RuleDecoder {
    private static final Set<String> RULE_KEYS =
            Set.of("id", "when", "score", "languages", "text", "claims", "cap", "picks");
    private static final Set<String> CAP_KEYS = Set.of("at-most", "languages");
    private static final Set<String> PICKS_KEYS = Set.of("team", "essay");

    private final Decoder decoder;
    private final ConditionDecoder conditions;
    /** The file being read, for each rule's source. */
    private final String file;
    /** What this file layers over, when it says {@code extends}; null for a whole rules file. */
    private final RulesParts base;

    RuleDecoder(Decoder decoder, String file, RulesParts base) {
        this.decoder = decoder;
        this.conditions = new ConditionDecoder(decoder);
        this.file = file;
        this.base = base;
    }

    Optional<Rule> rule(YamlNode node, int index) {
        return decoder.mapping(node, "a rule", RULE_KEYS).flatMap(m -> {
            var what = "rule " + (index + 1);
            var id = decoder.requiredString(m, "id", what);
            var earlier = RulesParts.earlier(base, RulesParts::rules, Rule::id, id);
            Optional<Condition> when = earlier.map(Rule::when);
            if (m.get("when") != null) {
                when = conditions.condition(m.get("when"));
            } else if (earlier.isEmpty()) {
                decoder.error(m.location(), what + " has no 'when'");
            }
            var score = m.get("score") == null
                    ? Optional.of(earlier.map(Rule::score).orElse(0))
                    : decoder.integer(m.get("score"), what + " 'score'");
            var effects = m.get("languages") == null && earlier.isPresent()
                    ? new LinkedHashMap<>(earlier.get().languageEffects())
                    : languageEffects(m.get("languages"), what);
            var text = earlier.isPresent() && m.get("text") == null
                    ? Optional.of(earlier.get().text())
                    : decoder.requiredString(m, "text", what);
            var claims = m.get("claims") == null
                    ? earlier.map(Rule::claims).orElse(List.of())
                    : decoder.strings(m.get("claims"), what + " 'claims'");
            var cap = m.get("cap") == null
                    ? Optional.of(earlier.map(Rule::cap).orElse(Cap.none()))
                    : cap(m.get("cap"), what);
            var picks = m.get("picks") == null
                    ? Optional.of(earlier.map(Rule::picks).orElse(Picks.none()))
                    : picks(m.get("picks"), what);
            if (id.isEmpty()
                    || when.isEmpty()
                    || score.isEmpty()
                    || text.isEmpty()
                    || cap.isEmpty()
                    || picks.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Rule(
                    id.get(), when.get(), score.get(), effects, text.get(), claims, cap.get(), picks.get(), file));
        });
    }

    /** {@code cap: {at-most: avoid-rust, languages: [python, javascript]}}: either key, or both. */
    private Optional<Cap> cap(YamlNode node, String what) {
        return decoder.mapping(node, what + " 'cap'", CAP_KEYS).flatMap(m -> {
            // {} and {languages: []} alike: a cap that limits nothing is a mistake, not a no-op.
            if (m.entries().isEmpty()
                    || m.get("at-most") == null
                            && m.get("languages") instanceof YamlNode.Sequence list
                            && list.items().isEmpty()) {
                decoder.error(
                        m.location(),
                        what + " 'cap' limits nothing: give 'at-most' (consider-rust or "
                                + "avoid-rust), 'languages', or both");
                return Optional.empty();
            }
            Optional<Verdict> atMost = Optional.empty();
            var atMostNode = m.get("at-most");
            if (atMostNode != null) {
                var name = decoder.string(atMostNode, what + " 'at-most'");
                if (name.isEmpty()) {
                    return Optional.empty();
                }
                atMost = Verdict.fromId(name.get()).filter(v -> v != Verdict.USE_RUST);
                if (atMost.isEmpty()) {
                    decoder.error(
                            atMostNode.location(),
                            "'" + name.get() + "' is not a cap for " + what + " (allowed: consider-rust, avoid-rust)");
                    return Optional.empty();
                }
            }
            var languages = m.get("languages") == null
                    ? List.<String>of()
                    : decoder.strings(m.get("languages"), what + " 'cap' 'languages'");
            return Optional.of(new Cap(atMost, languages));
        });
    }

    /** {@code picks: {team: [go], essay: [python]}}: who names these languages as the choice here. */
    private Optional<Picks> picks(YamlNode node, String what) {
        return decoder.mapping(node, what + " 'picks'", PICKS_KEYS)
                .map(m -> new Picks(
                        m.get("team") == null ? List.of() : decoder.strings(m.get("team"), what + " 'picks' 'team'"),
                        m.get("essay") == null
                                ? List.of()
                                : decoder.strings(m.get("essay"), what + " 'picks' 'essay'")));
    }

    private LinkedHashMap<String, Integer> languageEffects(YamlNode node, String what) {
        var effects = new LinkedHashMap<String, Integer>();
        if (node == null) {
            return effects;
        }
        if (!(node instanceof YamlNode.Mapping mapping)) {
            decoder.wrongType(node, what + " 'languages'", "a mapping of language to effect");
            return effects;
        }
        mapping.entries()
                .values()
                .forEach(entry -> decoder.integer(entry.value(), "the effect on '" + entry.key() + "'")
                        .ifPresent(effect -> effects.put(entry.key(), effect)));
        return effects;
    }
}
