package io.github.shouldirust.cli;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.shouldirust.core.BadAnswerException;
import io.github.shouldirust.core.RuleSet;
import io.github.shouldirust.load.LoadException;
import io.github.shouldirust.load.RulesLoader;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Any list of {@code --answer} values against the bundled rules: parsed into answers the rules accept,
 * or refused with a BadAnswerException naming the flag; nothing else escapes. An input is UTF-8 text,
 * one flag per line, so saved inputs read as what they test. {@code ./mvnw verify} replays the inputs
 * saved in AnswerFlagsFuzzTestInputs/; fuzz/fuzz.sh fuzzes.
 */
class AnswerFlagsFuzzTest {
    private static final RuleSet RULES = bundled();

    @DictionaryFile(resourcePath = "/fuzz/answers.dict")
    @FuzzTest(maxDuration = "5m")
    void answerFlags(byte[] input) throws BadAnswerException {
        var flags = lines(input);
        java.util.Map<String, List<String>> answers;
        try {
            answers = AnswerFlags.parse(flags, RULES);
        } catch (BadAnswerException e) {
            if (e.getMessage() == null || !e.getMessage().startsWith("--answer ")) {
                throw new AssertionError("a bad --answer must be named in the message: " + e.getMessage(), e);
            }
            return;
        }
        // What was accepted is a valid set of answers, as the advisor then uses it.
        RULES.check(answers);
    }

    /** The input as UTF-8 text, one argument per line; empty for an empty input. */
    static List<String> lines(byte[] input) {
        var text = new String(input, StandardCharsets.UTF_8);
        return text.isEmpty() ? List.of() : List.of(text.split("\n", -1));
    }

    private static RuleSet bundled() {
        try {
            return RulesLoader.bundled();
        } catch (LoadException e) {
            throw new IllegalStateException(e);
        }
    }
}
