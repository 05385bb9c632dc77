package io.github.shouldirust.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.shouldirust.core.AnswerSheet;
import io.github.shouldirust.core.Answers;
import io.github.shouldirust.core.Evaluator;
import io.github.shouldirust.core.Outlook;
import io.github.shouldirust.core.RuleSet;
import io.github.shouldirust.core.Verdict;
import io.github.shouldirust.load.RulesLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class QuizTest {
    private static RuleSet rules;

    @BeforeAll
    static void loadRules() throws Exception {
        rules = RulesLoader.bundled();
    }

    private static AnswerSheet sheet(Answers answers) {
        return new AnswerSheet(answers, Set.of());
    }

    private static Step answer(String... values) {
        return new Step.Answer(List.of(values));
    }

    /**
     * A prompter that plays {@code first} (steps, and choices at the settled notice), then "don't know" to
     * each of the 14 questions left.
     */
    private static ScriptedPrompter dontKnowAfter(Object... first) {
        var script = new ArrayList<Object>(List.of(first));
        long asked = script.stream().filter(Step.class::isInstance).count();
        for (long i = asked; i < rules.questions().size(); i++) {
            script.add(new Step.DontKnow());
        }
        return new ScriptedPrompter(script.toArray());
    }

    private static Quiz quiz(ScriptedPrompter prompter) {
        return new Quiz(rules, prompter, false);
    }

    @Test
    void asksWhatIsBeingBuiltFirstThenWhatTheOutlookNames() throws Exception {
        var prompter = new ScriptedPrompter(answer("network-service"));

        assertThatThrownBy(() -> quiz(prompter).run(sheet(Answers.none()))).isInstanceOf(QuizCancelledException.class);

        var afterBuilding = rules.check(Map.of("building", List.of("network-service")));
        var expected = Outlook.of(Evaluator.evaluate(rules, afterBuilding), Set.of())
                .nextQuestion()
                .orElseThrow();
        assertThat(prompter.questions()).containsExactly("building", expected.id());
        assertThat(prompter.asked.get(0).progress().text()).isEqualTo("1 of at most 14");
    }

    @Test
    void stopsWhenSettledAndSaysAfterHowMany() throws Exception {
        var prompter = new ScriptedPrompter(answer("mobile-app"), Settled.FINISH);

        var outcome = quiz(prompter).run(sheet(Answers.none()));

        assertThat(prompter.questions()).containsExactly("building");
        assertThat(prompter.settledMessages)
                .containsExactly("Settled after 1 of 14 questions: no answer to the other 13 can change it.");
        assertThat(Evaluator.evaluate(rules, outcome.answers()).verdict()).isEqualTo(Verdict.AVOID_RUST);
    }

    @Test
    void answeringTheRestAnywayAsksEveryOtherQuestionOnce() throws Exception {
        var prompter = dontKnowAfter(answer("mobile-app"), Settled.ANSWER_THE_REST);

        var outcome = quiz(prompter).run(sheet(Answers.none()));

        assertThat(prompter.questions()).hasSize(14).doesNotHaveDuplicates();
        assertThat(outcome.dontKnow()).hasSize(13);
        assertThat(prompter.asked.get(13).progress().text()).isEqualTo("14 of 14");
    }

    @Test
    void allQuestionsNeverStopsEarly() throws Exception {
        var prompter = dontKnowAfter(answer("mobile-app"));

        new Quiz(rules, prompter, true).run(sheet(Answers.none()));

        assertThat(prompter.settledMessages).isEmpty();
        assertThat(prompter.questions()).hasSize(14);
    }

    @Test
    void backAtTheSettledNoticeReturnsToTheLastQuestionWithItsAnswer() throws Exception {
        var prompter = new ScriptedPrompter(answer("mobile-app"), Settled.BACK, answer("database"));

        assertThatThrownBy(() -> quiz(prompter).run(sheet(Answers.none()))).isInstanceOf(QuizCancelledException.class);

        assertThat(prompter.questions()).startsWith("building", "building");
        assertThat(prompter.asked.get(1).start()).isEqualTo(answer("mobile-app"));
        assertThat(prompter.asked.get(1).canGoBack()).isFalse();
        assertThat(prompter.asked).hasSizeGreaterThan(2); // a database is not settled after one answer
    }

    @Test
    void enterNeverInventsAnAnswer() throws Exception {
        var prompter = dontKnowAfter(answer("network-service"));

        try {
            quiz(prompter).run(sheet(Answers.none()));
        } catch (QuizCancelledException e) {
            // the script may end before the quiz does
        }

        for (var asked : prompter.asked) {
            var question = rules.question(asked.question()).orElseThrow();
            var expected = question.defaults().isEmpty() ? new Step.DontKnow() : new Step.Answer(question.defaults());
            assertThat(asked.start()).as(asked.question()).isEqualTo(expected);
        }
        assertThat(prompter.asked.get(0).start()).isEqualTo(new Step.DontKnow());
    }

    @Test
    void goingBackReturnsToThePreviousQuestionStartingFromItsEarlierAnswer() throws Exception {
        var prompter = new ScriptedPrompter(answer("network-service"), new Step.Back(), answer("database"));

        assertThatThrownBy(() -> quiz(prompter).run(sheet(Answers.none()))).isInstanceOf(QuizCancelledException.class);

        assertThat(prompter.questions())
                .startsWith("building", prompter.questions().get(1), "building");
        assertThat(prompter.asked.get(2).start()).isEqualTo(answer("network-service"));
    }

    @Test
    void questionsAnsweredOrDontKnowBeforeAreNotAsked() throws Exception {
        var given = new AnswerSheet(rules.check(Map.of("building", List.of("network-service"))), Set.of("experience"));
        var prompter = new ScriptedPrompter();

        assertThatThrownBy(() -> quiz(prompter).run(given)).isInstanceOf(QuizCancelledException.class);

        assertThat(prompter.questions()).doesNotContain("building", "experience");
    }

    @Test
    void answersComeBackInFileOrderWhateverOrderTheyWereAskedIn() throws Exception {
        var prompter = dontKnowAfter(answer("network-service"), answer("years"));

        var outcome = new Quiz(rules, prompter, true).run(sheet(Answers.none()));

        var order = rules.questions().stream()
                .map(q -> q.id())
                .filter(outcome.answers()::isAnswered)
                .toList();
        assertThat(List.copyOf(outcome.answers().questions())).isEqualTo(order);
    }
}
