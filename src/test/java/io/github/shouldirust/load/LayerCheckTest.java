package io.github.shouldirust.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.shouldirust.core.Problem;
import io.github.shouldirust.core.Question;
import io.github.shouldirust.core.RuleSetChecker;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * rules check of a layer over the bundled rules is exact at the size issue 17 asks for (no check skipped),
 * and when checks are skipped, the layer's own report says so. (No timings here: bench/check-scaling.sh
 * measures them.)
 */
class LayerCheckTest {
    private static final String HEAD = "schema: 1\nid: layer\nversion: '1'\ntitle: Layer\nextends: why-rust\n";

    /**
     * 200 rules as bench/check-scaling-gen.py makes them: each all over four scale questions, or over
     * team-languages and deployment, or any/not, scores of 1 and 2 either way, one in ten a cap.
     */
    private static String layerOf200Rules() throws Exception {
        var scales = RulesLoader.bundled().questions().stream()
                .filter(q -> q.rustFavours() != Question.Scale.NONE)
                .toList();
        var random = new Random(17);
        var yaml = new StringBuilder(HEAD + "rules:\n");
        for (int k = 0; k < 200; k++) {
            var shuffled = new java.util.ArrayList<>(scales);
            java.util.Collections.shuffle(shuffled, random);
            var tests = new java.util.ArrayList<String>();
            for (var question : shuffled.subList(0, 4)) {
                tests.add("{ " + question.id() + ": "
                        + question.values().get(random.nextInt(question.values().size())) + " }");
            }
            var when = switch (k % 3) {
                case 0 -> "{ all: [ " + String.join(", ", tests) + " ] }";
                case 1 -> "{ all: [ { team-languages: [go, js-ts] }, { deployment: browser }, " + tests.get(0) + " ] }";
                default ->
                    "{ any: [ { not: " + tests.get(0) + " }, { all: [ " + tests.get(1) + ", " + tests.get(2)
                            + " ] } ] }";
            };
            yaml.append("  - { id: gen-")
                    .append(k)
                    .append(", when: ")
                    .append(when)
                    .append(", score: ")
                    .append(List.of(-2, -1, 1, 2).get(random.nextInt(4)))
                    .append(
                            k % 10 == 0
                                    ? ", cap: { at-most: " + (k % 20 == 0 ? "avoid-rust" : "consider-rust") + " }"
                                    : "")
                    .append(", text: Rule., claims: [domain-databases] }\n");
        }
        return yaml.toString();
    }

    @Test
    void aLayerOf200RulesIsCheckedWithNoCheckSkipped() throws Exception {
        var problems = RulesLoader.check(layerOf200Rules().getBytes(StandardCharsets.UTF_8), "layer.yaml");

        assertThat(problems).isNotEmpty().noneMatch(p -> p.message().contains("not run"));
    }

    /**
     * Its avoid-rust caps ('any' of a 'not') leave no answer uncapped. The search for the highest score
     * used to run out after the search for use-rust had finished, and the report then gave its guess.
     */
    @Test
    void theVerdictsOfThatLayerAreFoundNotGuessed() throws Exception {
        var rules = RulesLoader.parse(layerOf200Rules().getBytes(StandardCharsets.UTF_8), "layer.yaml");

        assertThat(RuleSetChecker.check(rules))
                .extracting(Problem::message)
                .contains("no answers reach use-rust: a cap holds back every answer")
                .noneMatch(message -> message.contains("not run"));
    }

    /** Caps past the shared search budget: the warning is the layer's, not dropped with the base's lines. */
    @Test
    void checksNotRunAreReportedInTheLayerBeingChecked() throws Exception {
        var yaml =
                new StringBuilder(HEAD + "questions:\n  - { id: extra, type: single, prompt: 'Extra?', help: Extra., "
                        + "options: [ { value: a, label: A }, { value: b, label: B } ] }\nrules:\n");
        for (int k = 0; k < 1_500; k++) {
            yaml.append("  - { id: cap-")
                    .append(k)
                    .append(", when: { extra: a }, score: 0, cap: { at-most: consider-rust }, ")
                    .append("text: A cap., claims: [domain-databases] }\n");
        }

        var problems = RulesLoader.check(yaml.toString().getBytes(StandardCharsets.UTF_8), "layer.yaml");

        assertThat(problems)
                .filteredOn(p -> p.message().contains("checks were not run"))
                .singleElement()
                .satisfies(p -> assertThat(p.location().file()).isEqualTo("layer.yaml"));
    }
}
