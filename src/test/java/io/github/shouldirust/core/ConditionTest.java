package io.github.shouldirust.core;

import static io.github.shouldirust.core.TinyRules.all;
import static io.github.shouldirust.core.TinyRules.answers;
import static io.github.shouldirust.core.TinyRules.any;
import static io.github.shouldirust.core.TinyRules.is;
import static io.github.shouldirust.core.TinyRules.not;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConditionTest {

    @Test
    void answerInHoldsWhenTheAnswerIsOneOfTheValues() {
        assertThat(is("latency", "critical", "important").holds(answers("latency", "important")))
                .isTrue();
    }

    @Test
    void answerInFailsForAnotherValue() {
        assertThat(is("latency", "critical").holds(answers("latency", "unimportant")))
                .isFalse();
    }

    @Test
    void answerInFailsWhenAnotherQuestionHasTheValue() {
        assertThat(is("latency", "critical").holds(answers("performance", "critical")))
                .isFalse();
    }

    @Test
    void multiChoiceAnswerMatchesWhenAnySelectedValueMatches() {
        var deployment = answers("deployment", "single-binary,browser");

        assertThat(is("deployment", "browser").holds(deployment)).isTrue();
        assertThat(is("deployment", "constrained", "single-binary").holds(deployment))
                .isTrue();
        assertThat(is("deployment", "constrained", "fast-startup").holds(deployment))
                .isFalse();
    }

    @Test
    void unansweredQuestionNeverMatches() {
        assertThat(is("latency", "critical", "important", "unimportant").holds(Answers.none()))
                .isFalse();
        assertThat(is("latency", "critical").holds(answers("safety", "critical")))
                .isFalse();
    }

    @Test
    void notOfAnUnansweredTestHolds() {
        assertThat(not(is("hiring", "yes")).holds(Answers.none())).isTrue();
    }

    @Test
    void notInvertsItsPart() {
        assertThat(not(is("hiring", "yes")).holds(answers("hiring", "yes"))).isFalse();
        assertThat(not(is("hiring", "yes")).holds(answers("hiring", "no"))).isTrue();
    }

    @Test
    void allHoldsOnlyWhenEveryPartHolds() {
        var condition = all(is("a", "x"), is("b", "y"));

        assertThat(condition.holds(answers("a", "x", "b", "y"))).isTrue();
        assertThat(condition.holds(answers("a", "x", "b", "z"))).isFalse();
        assertThat(condition.holds(answers("a", "x"))).isFalse();
    }

    @Test
    void anyHoldsWhenAtLeastOnePartHolds() {
        var condition = any(is("a", "x"), is("b", "y"));

        assertThat(condition.holds(answers("b", "y"))).isTrue();
        assertThat(condition.holds(answers("a", "x", "b", "y"))).isTrue();
        assertThat(condition.holds(answers("a", "z", "b", "z"))).isFalse();
        assertThat(condition.holds(Answers.none())).isFalse();
    }

    @Test
    void emptyAllHolds() {
        assertThat(new Condition.All(List.of()).holds(Answers.none())).isTrue();
    }

    @Test
    void emptyAnyFails() {
        assertThat(new Condition.Any(List.of()).holds(answers("a", "x"))).isFalse();
    }

    @Test
    void conditionsNest() {
        var condition = all(any(is("a", "x"), is("b", "y")), not(is("c", "z")));

        assertThat(condition.holds(answers("b", "y", "c", "w"))).isTrue();
        assertThat(condition.holds(answers("b", "y", "c", "z"))).isFalse();
        assertThat(condition.holds(answers("a", "x"))).isTrue();
    }

    @Test
    void testsListsEveryAnswerTestInsideTheCondition() {
        var condition = all(any(is("a", "x"), is("b", "y")), not(is("c", "z")));

        assertThat(condition.tests().map(Condition.AnswerIn::question)).containsExactly("a", "b", "c");
    }
}
