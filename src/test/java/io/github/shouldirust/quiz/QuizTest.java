package io.github.shouldirust.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.shouldirust.core.AnswerSheet;
import io.github.shouldirust.core.Answers;
import io.github.shouldirust.core.Question;
import io.github.shouldirust.core.RuleSet;
import io.github.shouldirust.load.RulesLoader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class QuizTest {
    private static RuleSet rules;

    @BeforeAll
    static void loadRules() throws Exception {
        rules = RulesLoader.bundled();
    }

    private static List<Question> questions(String... ids) {
        return List.of(ids).stream().map(id -> rules.question(id).orElseThrow()).toList();
    }

    private static AnswerSheet sheet(Answers answers) {
        return new AnswerSheet(answers, java.util.Set.of());
    }

    private static Step answer(String... values) {
        return new Step.Answer(List.of(values));
    }

    @Test
    void asksEachQuestionInTurnAndKeepsTheAnswersGivenBefore() throws Exception {
        var prompter = new ScriptedPrompter(answer("years"), answer("critical"));
        var given = Answers.of(Map.of("building", List.of("database")));

        var answers = new Quiz(questions("lifespan", "latency"), prompter).run(sheet(given)).answers();

        assertThat(answers.asMap()).containsEntry("building", List.of("database"))
                .containsEntry("lifespan", List.of("years")).containsEntry("latency", List.of("critical"));
        assertThat(prompter.asked).extracting(ScriptedPrompter.Asked::question, ScriptedPrompter.Asked::number,
                ScriptedPrompter.Asked::total).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("lifespan", 1, 2),
                        org.assertj.core.groups.Tuple.tuple("latency", 2, 2));
    }

    @Test
    void startsFromTheDefaultAndOnlyTheFirstQuestionCannotGoBack() throws Exception {
        var prompter = new ScriptedPrompter(answer("years"), answer("no"));

        new Quiz(questions("lifespan", "hiring"), prompter).run(sheet(Answers.none()));

        assertThat(prompter.asked.get(0).canGoBack()).isFalse();
        assertThat(prompter.asked.get(0).start()).isEqualTo(new Step.Answer(List.of()));
        assertThat(prompter.asked.get(1).canGoBack()).isTrue();
        assertThat(prompter.asked.get(1).start()).isEqualTo(new Step.Answer(List.of("no")));
    }

    @Test
    void goingBackReturnsToThePreviousQuestionStartingFromItsEarlierAnswer() throws Exception {
        var prompter = new ScriptedPrompter(answer("years"), new Step.Back(), answer("months"), answer("critical"));

        var answers = new Quiz(questions("lifespan", "latency"), prompter).run(sheet(Answers.none())).answers();

        assertThat(prompter.asked).extracting(ScriptedPrompter.Asked::question)
                .containsExactly("lifespan", "latency", "lifespan", "latency");
        assertThat(prompter.asked.get(2).start()).isEqualTo(answer("years"));
        assertThat(answers.asMap()).containsEntry("lifespan", List.of("months"));
    }

    @Test
    void dontKnowLeavesTheQuestionUnansweredAndIsRememberedWhenGoingBack() throws Exception {
        var given = Answers.of(Map.of("hiring", List.of("yes")));
        var prompter = new ScriptedPrompter(new Step.DontKnow(), new Step.Back(), new Step.DontKnow(),
                answer("critical"));

        var outcome = new Quiz(questions("hiring", "latency"), prompter).run(sheet(Answers.none()));

        assertThat(outcome.answers().isAnswered("hiring")).isFalse();
        assertThat(outcome.dontKnow()).containsExactly("hiring");
        assertThat(prompter.asked.get(2).start()).isEqualTo(new Step.DontKnow());
        assertThat(new Quiz(questions("hiring"), new ScriptedPrompter(new Step.DontKnow())).run(sheet(given))
                .answers().isAnswered("hiring")).isFalse();
    }

    @Test
    void aDontKnowFromTheAnswersFileStartsAsDontKnowAndStaysOne() throws Exception {
        var prompter = new ScriptedPrompter(new Step.Back(), answer("critical"));
        var given = new AnswerSheet(Answers.none(), java.util.Set.of("hiring"));

        var outcome = new Quiz(questions("latency"), prompter).run(given);

        assertThat(outcome.dontKnow()).containsExactly("hiring");
        assertThat(outcome.answers().asMap()).containsEntry("latency", List.of("critical"));
    }

    @Test
    void cancellingStopsTheQuiz() {
        var prompter = new ScriptedPrompter(answer("years"));

        assertThatThrownBy(() -> new Quiz(questions("lifespan", "latency"), prompter).run(sheet(Answers.none())))
                .isInstanceOf(QuizCancelledException.class);
    }
}
