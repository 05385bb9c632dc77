package io.github.shouldirust.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.shouldirust.core.Evaluator;
import io.github.shouldirust.core.Report;
import io.github.shouldirust.core.RuleSet;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The card fits an 80x24 terminal for every example the rules files carry, in colour or not. */
class CardFitsTest {

    @ParameterizedTest
    @MethodSource("io.github.shouldirust.support.RuleSets#bundledAndLayered")
    void everyExampleFitsOnAnEightyByTwentyFourScreen(RuleSet rules) throws Exception {
        assertThat(rules.examples()).isNotEmpty();
        for (var example : rules.examples()) {
            var report = Report.of(Evaluator.evaluate(rules, rules.check(example.answers())));
            for (var style : new Style[] {Style.plain(), Style.colour()}) {
                var out = new StringWriter();
                CardRenderer.render(report, style, 80, new PrintWriter(out));
                var lines = out.toString().lines().toList();

                assertThat(lines)
                        .as(example.name())
                        .hasSizeLessThanOrEqualTo(CardRenderer.MAX_LINES)
                        .allMatch(line -> Wrap.visibleLength(line) <= 80, "at most 80 columns");
                assertThat(lines.get(0))
                        .as(example.name())
                        .contains(report.result().verdict().id());
                assertThat(out.toString()).as(example.name()).contains("Confidence:", "More: --full");
            }
        }
    }
}
