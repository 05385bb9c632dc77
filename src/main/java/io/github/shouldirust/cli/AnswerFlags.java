package io.github.shouldirust.cli;

import io.github.shouldirust.core.Answers;
import io.github.shouldirust.core.BadAnswerException;
import io.github.shouldirust.core.RuleSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Parses {@code -a ID=VALUE[,VALUE...]} flags into raw answers. */
final class AnswerFlags {
    private AnswerFlags() {}

    /**
     * @throws BadAnswerException naming the flag and, for a bad value, the allowed ones
     */
    static Map<String, List<String>> parse(List<String> flags, RuleSet rules) throws BadAnswerException {
        var answers = new LinkedHashMap<String, List<String>>();
        for (var flag : flags) {
            int equals = flag.indexOf('=');
            if (equals <= 0) {
                throw new BadAnswerException(
                        "--answer '" + flag + "': expected ID=VALUE, for example latency=critical");
            }
            var question = flag.substring(0, equals).strip();
            var values = Answers.split(flag.substring(equals + 1));
            if (answers.containsKey(question)) {
                throw new BadAnswerException("--answer " + question + ": answered twice; give it once"
                        + (rules.question(question).map(q -> q.isMulti()).orElse(false)
                                ? " with comma-separated values"
                                : ""));
            }
            try {
                rules.checkAnswer(question, values);
            } catch (BadAnswerException e) {
                throw new BadAnswerException("--answer " + flag + ": " + e.getMessage());
            }
            answers.put(question, values);
        }
        return answers;
    }
}
