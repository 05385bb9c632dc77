package io.github.shouldirust.load;

import static io.github.shouldirust.support.Documented.assertLocated;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.shouldirust.core.BadAnswerException;
import io.github.shouldirust.core.RuleSet;

/**
 * Any bytes given as an answers file for the bundled rules: read as answers each of which the rules
 * accept, or refused with a located LoadException; nothing else escapes. {@code ./mvnw verify}
 * replays the inputs saved in AnswersLoaderFuzzTestInputs/; fuzz/fuzz.sh fuzzes.
 */
class AnswersLoaderFuzzTest {
    private static final String FILE = "answers.yaml";
    private static final RuleSet RULES = bundled();

    @DictionaryFile(resourcePath = "/fuzz/answers.dict")
    @FuzzTest(maxDuration = "5m")
    void answersFile(byte[] content) throws BadAnswerException {
        AnswersLoader.AnswersFileContent read;
        try {
            read = AnswersLoader.read(content, FILE, RULES);
        } catch (LoadException e) {
            assertLocated(e, FILE);
            return;
        }
        for (var answer : read.answers().entrySet()) {
            RULES.checkAnswer(answer.getKey(), answer.getValue());
        }
        for (var question : read.dontKnow()) {
            RULES.requireQuestion(question);
        }
        // What the file says must also be a valid set of answers as a whole, as the advisor uses it.
        RULES.check(read.answers());
    }

    private static RuleSet bundled() {
        try {
            return RulesLoader.bundled();
        } catch (LoadException e) {
            throw new IllegalStateException(e);
        }
    }
}
