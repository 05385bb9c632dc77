package io.github.shouldirust.cli;

import io.github.shouldirust.core.AnswerSheet;
import io.github.shouldirust.core.BadAnswerException;
import io.github.shouldirust.core.RuleSet;
import io.github.shouldirust.load.LoadException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The answers given on the command line, before any question is asked: the answers file first, then the
 * --answer flags, which win where both answer a question.
 *
 * @param name whose answers the file says these are (its name:), or null
 */
record GivenAnswers(AnswerSheet sheet, String name) {
    /** @param file --answers, '-' being stdin, or null */
    static GivenAnswers read(String file, List<String> flags, RuleSet ruleSet, Io io)
            throws LoadException, BadAnswerException {
        Map<String, List<String>> raw = new LinkedHashMap<>();
        var dontKnow = new LinkedHashSet<String>();
        String name = null;
        if (file != null) {
            var content = AnswersSource.read(file, ruleSet, io);
            raw.putAll(content.answers());
            dontKnow.addAll(content.dontKnow());
            name = content.name();
        }
        var flagged = AnswerFlags.parse(flags, ruleSet);
        raw.putAll(flagged);
        dontKnow.removeAll(flagged.keySet());
        return new GivenAnswers(new AnswerSheet(ruleSet.check(raw), dontKnow), name);
    }
}
