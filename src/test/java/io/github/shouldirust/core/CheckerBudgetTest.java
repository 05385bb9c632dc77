package io.github.shouldirust.core;

import static io.github.shouldirust.core.TinyRules.cap;
import static io.github.shouldirust.core.TinyRules.capped;
import static io.github.shouldirust.core.TinyRules.is;
import static io.github.shouldirust.core.TinyRules.rule;
import static io.github.shouldirust.core.TinyRules.single;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;

/**
 * rules check on large files: the whole-space searches share a budget and say when it is spent, and the
 * pairwise checks hash instead of comparing every pair. (Guards against a hang, not benchmarks: the
 * figures are bench/scaling.sh's.)
 */
class CheckerBudgetTest {

    @Test
    void capSearchesPastTheBudgetAreSkippedAndCounted() throws Exception {
        var questions = new ArrayList<Question>();
        var rules = new ArrayList<Rule>();
        for (int q = 0; q < 10; q++) {
            questions.add(single("q" + q, "a", "b", "c"));
            for (int r = 0; r < 300; r++) {
                rules.add(rule("r" + q + "-" + r, is("q" + q, r % 2 == 0 ? "a" : "b"), r % 3 == 0 ? 2 : -1, "c"));
            }
            for (int c = 0; c < 30; c++) {
                rules.add(capped("cap" + q + "-" + c, is("q" + q, "c"), 0, cap(Verdict.CONSIDER_RUST)));
            }
        }
        var ruleSet = TinyRules.builder()
                .questions(questions.toArray(Question[]::new))
                .rules(rules.toArray(Rule[]::new))
                .build();

        var problems = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> RuleSetChecker.check(ruleSet));

        assertThat(problems)
                .filteredOn(p -> !p.isError())
                .extracting(Problem::message)
                .anyMatch(m -> m.matches("\\d+ checks were not run: the search budget was spent.*"));
    }

    @Test
    void manyRulesOverOneQuestionAreComparedByHashingEachReportedOnce() throws Exception {
        var rules = new ArrayList<Rule>();
        for (int k = 0; k < 4_000; k++) {
            rules.add(rule("many-" + k, is("q", "a"), k % 2 == 0 ? 1 : -1, "c"));
        }
        var ruleSet = TinyRules.builder()
                .questions(single("q", "a", "b"))
                .rules(rules.toArray(Rule[]::new))
                .build();

        var problems = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> RuleSetChecker.check(ruleSet));

        var contradictions = problems.stream()
                .filter(p -> p.message().contains("contradicts"))
                .toList();
        assertThat(contradictions).hasSize(3_999);
        assertThat(contradictions.get(0).message())
                .isEqualTo("rule 'many-1' contradicts rule 'many-0': they fire on "
                        + "exactly the same answers with opposite effects (+1, -1)");
    }
}
