package io.github.shouldirust.core;

import static io.github.shouldirust.core.TinyRules.is;
import static io.github.shouldirust.core.TinyRules.multi;
import static io.github.shouldirust.core.TinyRules.rule;
import static io.github.shouldirust.core.TinyRules.single;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RuleSetCheckTest {
    private RuleSet rules;

    @BeforeEach
    void rules() throws InvalidRulesException {
        rules = TinyRules.builder()
                .questions(
                        single("latency", "critical", "important", "unimportant"),
                        multi("deployment", "constrained", "single-binary", "browser", "none"),
                        single("hiring", "yes", "no"))
                .rules(rule("r", is("latency", "critical"), 1, "c"))
                .build();
    }

    private static Map<String, List<String>> raw(Object... questionThenValues) {
        var map = new LinkedHashMap<String, List<String>>();
        for (int i = 0; i < questionThenValues.length; i += 2) {
            @SuppressWarnings("unchecked")
            var values = (List<String>) questionThenValues[i + 1];
            map.put((String) questionThenValues[i], values);
        }
        return map;
    }

    @Test
    void ordersAnswersByQuestionOrder() throws Exception {
        var answers = rules.check(raw("hiring", List.of("no"), "latency", List.of("critical")));

        assertThat(answers.asMap().keySet()).containsExactly("latency", "hiring");
    }

    @Test
    void ordersMultiChoiceValuesByOptionOrder() throws Exception {
        var answers = rules.check(raw("deployment", List.of("browser", "constrained", "single-binary")));

        assertThat(answers.get("deployment")).containsExactly("constrained", "single-binary", "browser");
    }

    @Test
    void equalAnswersInAnyOrderCheckToEqualAnswers() throws Exception {
        var one = rules.check(raw("deployment", List.of("browser", "constrained"), "latency", List.of("important")));
        var other = rules.check(raw("latency", List.of("important"), "deployment", List.of("constrained", "browser")));

        assertThat(one).isEqualTo(other);
        assertThat(one.asMap().toString()).isEqualTo(other.asMap().toString());
    }

    @Test
    void leavesUnmentionedQuestionsUnanswered() throws Exception {
        var answers = rules.check(raw("latency", List.of("critical")));

        assertThat(answers.isAnswered("hiring")).isFalse();
        assertThat(answers.isAnswered("deployment")).isFalse();
    }

    @Test
    void rejectsAnUnknownQuestionListingTheQuestions() {
        assertThatThrownBy(() -> rules.check(raw("speed", List.of("fast"))))
                .isInstanceOf(BadAnswerException.class)
                .hasMessage("unknown question 'speed' (questions: latency, deployment, hiring)");
    }

    @Test
    void rejectsAnUnknownValueListingTheAllowedValues() {
        assertThatThrownBy(() -> rules.check(raw("latency", List.of("fast"))))
                .isInstanceOf(BadAnswerException.class)
                .hasMessageContaining("'fast'")
                .hasMessageContaining("'latency'")
                .hasMessageContaining("allowed: critical, important, unimportant");
    }

    @Test
    void rejectsAnUnknownValueAmongValidOnesOfAMultiChoiceQuestion() {
        assertThatThrownBy(() -> rules.check(raw("deployment", List.of("browser", "cloud"))))
                .isInstanceOf(BadAnswerException.class)
                .hasMessageContaining("'cloud'")
                .hasMessageContaining("allowed: constrained, single-binary, browser, none");
    }

    @Test
    void rejectsTwoValuesForASingleChoiceQuestion() {
        assertThatThrownBy(() -> rules.check(raw("latency", List.of("critical", "important"))))
                .isInstanceOf(BadAnswerException.class)
                .hasMessageContaining("'latency' takes one value, got 2");
    }

    @Test
    void rejectsAnExclusiveValueCombinedWithOthers() {
        assertThatThrownBy(() -> rules.check(raw("deployment", List.of("browser", "none"))))
                .isInstanceOf(BadAnswerException.class)
                .hasMessage("'none' cannot be combined with other answers to 'deployment'");
    }

    @Test
    void acceptsAnExclusiveValueAlone() throws Exception {
        assertThat(rules.check(raw("deployment", List.of("none"))).get("deployment"))
                .containsExactly("none");
    }

    @Test
    void rejectsADuplicateValue() {
        assertThatThrownBy(() -> rules.check(raw("deployment", List.of("browser", "browser"))))
                .isInstanceOf(BadAnswerException.class)
                .hasMessage("'browser' is given twice for 'deployment'");
    }

    @Test
    void rejectsAnEmptyAnswer() {
        assertThatThrownBy(() -> rules.check(raw("hiring", List.of())))
                .isInstanceOf(BadAnswerException.class)
                .hasMessageContaining("no value for 'hiring'")
                .hasMessageContaining("allowed: yes, no");
    }
}
