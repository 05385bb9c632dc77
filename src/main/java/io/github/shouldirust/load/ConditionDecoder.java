package io.github.shouldirust.load;

import io.github.shouldirust.core.Condition;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/** Reads a rule's {@code when}: the small language of conditions on answers. */
final class ConditionDecoder {
    private final Decoder decoder;

    ConditionDecoder(Decoder decoder) {
        this.decoder = decoder;
    }

    /** all / any / not, or {@code question: value} or {@code question: [values]}. */
    Optional<Condition> condition(YamlNode node) {
        if (!(node instanceof YamlNode.Mapping mapping)) {
            decoder.wrongType(node, "a condition", "a mapping such as {latency: critical} or {all: [...]}");
            return Optional.empty();
        }
        if (mapping.entries().size() != 1) {
            decoder.error(
                    mapping.location(),
                    "a condition has exactly one key (all, any, not or a question id), found "
                            + (mapping.entries().isEmpty()
                                    ? "none"
                                    : String.join(", ", mapping.entries().keySet()) + "; combine them with 'all'"));
            return Optional.empty();
        }
        var entry = mapping.entries().values().iterator().next();
        switch (entry.key()) {
            case "all":
                return parts(entry.value(), "'all'").map(Condition.All::new);
            case "any":
                return parts(entry.value(), "'any'").map(Condition.Any::new);
            case "not":
                return condition(entry.value()).map(Condition.Not::new);
            default:
                var values = decoder.strings(entry.value(), "the values of '" + entry.key() + "'");
                return Optional.of(new Condition.AnswerIn(entry.key(), new LinkedHashSet<>(values)));
        }
    }

    private Optional<List<Condition>> parts(YamlNode node, String what) {
        var nodes = decoder.list(node, what);
        var parts = new ArrayList<Condition>();
        var complete = true;
        for (var part : nodes) {
            var condition = condition(part);
            condition.ifPresent(parts::add);
            complete &= condition.isPresent();
        }
        return complete && node instanceof YamlNode.Sequence ? Optional.of(parts) : Optional.empty();
    }
}
