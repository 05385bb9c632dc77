package io.github.shouldirust.load;

import io.github.shouldirust.core.Choice;
import io.github.shouldirust.core.Question;
import io.github.shouldirust.core.QuestionType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads a rules file's questions: their type, prompt, options, defaults and scale. */
final class QuestionDecoder {
    private static final Set<String> QUESTION_KEYS =
            Set.of("id", "type", "prompt", "help", "options", "default", "fixed", "rust-favours");
    private static final Set<String> OPTION_KEYS = Set.of("value", "label", "exclusive");

    private final Decoder decoder;

    QuestionDecoder(Decoder decoder) {
        this.decoder = decoder;
    }

    Optional<Question> question(YamlNode node, int index) {
        return decoder.mapping(node, "a question", QUESTION_KEYS).flatMap(m -> {
            var what = "question " + (index + 1);
            var id = decoder.requiredString(m, "id", what);
            var type = decoder.requiredString(m, "type", what).flatMap(t -> questionType(t, m.get("type")));
            var prompt = decoder.requiredString(m, "prompt", what);
            var help = decoder.requiredString(m, "help", what);
            var choices = new ArrayList<Choice>();
            if (m.get("options") == null) {
                decoder.error(m.location(), what + " has no 'options'");
            } else {
                decoder.list(m.get("options"), what + " 'options'")
                        .forEach(o -> choice(o).ifPresent(choices::add));
            }
            var defaults = m.get("default") == null
                    ? List.<String>of()
                    : decoder.strings(m.get("default"), what + " 'default'");
            var fixed = decoder.flag(m.get("fixed"), "'fixed'");
            var scale = scale(m.get("rust-favours"));
            if (id.isEmpty() || type.isEmpty() || prompt.isEmpty() || help.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(
                    new Question(id.get(), type.get(), prompt.get(), help.get(), choices, defaults, fixed, scale));
        });
    }

    private Question.Scale scale(YamlNode node) {
        if (node == null) {
            return Question.Scale.NONE;
        }
        var value = decoder.string(node, "'rust-favours'");
        if (value.isPresent() && (value.get().equals("first") || value.get().equals("last"))) {
            return value.get().equals("first") ? Question.Scale.FIRST : Question.Scale.LAST;
        }
        value.ifPresent(v -> decoder.error(node.location(), "'rust-favours' must be first or last, not '" + v + "'"));
        return Question.Scale.NONE;
    }

    private Optional<QuestionType> questionType(String name, YamlNode at) {
        var type = Arrays.stream(QuestionType.values())
                .filter(t -> t.id().equals(name))
                .findFirst();
        if (type.isEmpty()) {
            decoder.error(at.location(), "unknown question type '" + name + "' (allowed: single, multi)");
        }
        return type;
    }

    private Optional<Choice> choice(YamlNode node) {
        return decoder.mapping(node, "an option", OPTION_KEYS).flatMap(m -> {
            var value = decoder.requiredString(m, "value", "an option");
            var label = decoder.requiredString(m, "label", "an option");
            var exclusive = decoder.flag(m.get("exclusive"), "'exclusive'");
            if (value.isEmpty() || label.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Choice(value.get(), label.get(), exclusive));
        });
    }
}
