package io.github.shouldirust.load;

import static io.github.shouldirust.support.SameRules.assertSameRules;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.shouldirust.core.InvalidRulesException;
import io.github.shouldirust.core.RuleSet;
import io.github.shouldirust.support.Project;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 17: a layer over the bundled rules starts from their snapshot instead of parsing their YAML, and
 * must give the rules, and the error reports, that parsing it gives.
 */
class LayerFromSnapshotTest {
    private static final String HEAD = "schema: 1\nid: team\nversion: '1'\nextends: why-rust\n";

    static Stream<Arguments> layers() throws Exception {
        var acme = Project.root().resolve("rules/examples/acme-policy.yaml");
        return Stream.of(
                Arguments.of("acme-policy", List.of(new RulesLoader.Source(acme.toString(), Files.readAllBytes(acme)))),
                Arguments.of("a rule's score", layer(HEAD + "rules:\n  - { id: latency-critical, score: 9 }\n")),
                Arguments.of(
                        "a new question, with a rule, a claim and an example",
                        layer(
                                HEAD
                                        + "claims:\n  - { id: team-ci, kind: domain, section: Team, statement: Our CI. }\n"
                                        + "questions:\n  - id: ci\n    type: single\n    prompt: CI?\n    help: Which CI.\n"
                                        + "    options: [{ value: ours, label: Ours }, { value: other, label: Other }]\n"
                                        + "rules:\n  - { id: our-ci, when: { ci: ours }, score: 2, text: Our CI builds Rust., claims: [team-ci] }\n"
                                        + "examples:\n  - { name: ours, answers: { ci: ours, building: script }, verdict: avoid-rust }\n")),
                Arguments.of("thresholds", layer(HEAD + "verdicts:\n  use-rust: 8\n")),
                Arguments.of("a language's name", layer(HEAD + "languages:\n  - { id: go, name: Golang }\n")),
                Arguments.of(
                        "a layer over a layer",
                        layers(
                                HEAD + "rules:\n  - { id: latency-critical, score: 9 }\n",
                                "schema: 1\nid: more\nversion: '2'\nextends: team\nverdicts:\n  consider-rust: 1\n")),
                Arguments.of(
                        "a whole file after a layer",
                        List.of(
                                source("layer.yaml", HEAD + "verdicts:\n  use-rust: 8\n"),
                                new RulesLoader.Source("whole.yaml", RulesLoader.bundledContent()))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layers")
    void theSnapshotBaseGivesTheRulesThatParsingTheBundledYamlGives(String what, List<RulesLoader.Source> sources)
            throws Exception {
        var chain = new RulesChain(true);
        var fast = RulesLoader.build(chain, sources);
        var parsed = RulesLoader.loadFromYaml(sources);

        assertThat(chain.fromSnapshot).as("took the fast path").isTrue();
        assertSameRules(fast, parsed);
        assertThat(RulesLoader.load(sources).describe()).isEqualTo(parsed.describe());
    }

    static Stream<Arguments> brokenLayers() {
        return Stream.of(
                // Located in the base: a bundled claim lists it as evidence.
                Arguments.of(
                        "an evidence claim made a domain claim",
                        HEAD
                                + "claims:\n  - { id: ev-discord-read-states, kind: domain, section: X, statement: Not evidence. }\n"),
                Arguments.of(
                        "a rule citing a missing claim",
                        HEAD + "rules:\n  - { id: hiring-at-scale, claims: [nope] }\n"),
                Arguments.of("thresholds out of order", HEAD + "verdicts:\n  use-rust: 1\n  consider-rust: 5\n"),
                Arguments.of(
                        "a redefined question",
                        HEAD + "questions:\n  - id: latency\n    type: single\n"
                                + "    prompt: Again?\n    help: No.\n    options: [{ value: x, label: X }]\n"),
                Arguments.of(
                        "an example named like a bundled one",
                        HEAD
                                + "examples:\n  - { name: a ten-line script run once, answers: { building: script }, verdict: avoid-rust }\n"),
                Arguments.of(
                        "an example with an unknown answer",
                        HEAD
                                + "examples:\n  - { name: mine, answers: { building: spaceship }, verdict: avoid-rust }\n"),
                Arguments.of("a duplicate key", HEAD + "verdicts:\n  use-rust: 8\n  use-rust: 9\n"),
                Arguments.of("broken YAML", HEAD + "rules: [\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenLayers")
    void aBrokenLayerIsReportedAtTheSamePlacesAsBefore(String what, String layer) throws Exception {
        var sources = layer(layer);

        assertThatThrownBy(() -> RulesLoader.build(new RulesChain(true), sources))
                .as("the fast path alone cannot locate it in the base")
                .isInstanceOfAny(LoadException.class, InvalidRulesException.class);
        var before = problems(() -> RulesLoader.loadFromYaml(sources));
        assertThat(problems(() -> RulesLoader.load(sources))).isNotEmpty().isEqualTo(before);
    }

    static Stream<Arguments> checkedFiles() throws Exception {
        var files = Stream.concat(
                layers().filter(layer -> ((List<?>) layer.get()[1]).size() == 1)
                        .map(layer -> Arguments.of(layer.get()[0], ((List<?>) layer.get()[1]).get(0))),
                brokenLayers()
                        .map(layer -> Arguments.of(layer.get()[0], source("team.yaml", (String) layer.get()[1]))));
        var bundled = new String(RulesLoader.bundledContent(), StandardCharsets.UTF_8);
        return Stream.concat(
                files,
                Stream.of(
                        Arguments.of(
                                "the bundled rules",
                                new RulesLoader.Source(RulesLoader.BUNDLED_NAME, RulesLoader.bundledContent())),
                        Arguments.of(
                                "the bundled rules with a claim nothing cites",
                                source(
                                        "copy.yaml",
                                        bundled.replace(
                                                "\nclaims:\n",
                                                "\nclaims:\n  - { id: uncited, kind: domain, section: X, statement: Unused. }\n")))));
    }

    /** rules check takes the same shortcuts: the bundled rules' snapshot, as the base of a layer or whole. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("checkedFiles")
    void rulesCheckFindsWhatCheckingTheYamlFinds(String what, RulesLoader.Source file) {
        var fromYaml = RulesLoader.check(file.content(), file.name(), false);

        assertThat(RulesLoader.check(file.content(), file.name())).isEqualTo(fromYaml);
        if (what.startsWith("the bundled rules")) {
            assertThat(fromYaml.isEmpty()).as("clean").isEqualTo(what.equals("the bundled rules"));
        }
    }

    @Test
    void checkingALayerThatPointsNowhereInTheBaseParsesOnlyTheLayer() throws Exception {
        var acme = Project.root().resolve("rules/examples/acme-policy.yaml");
        var content = Files.readAllBytes(acme);

        assertThat(RulesLoader.check(content, acme.toString(), true))
                .as("no fallback to the YAML needed")
                .isEqualTo(RulesLoader.check(content, acme.toString(), false));
    }

    @Test
    void aProblemInTheBaseIsShownAtItsLineInTheBundledFile() throws Exception {
        var sources = layer(HEAD
                + "claims:\n  - { id: ev-discord-read-states, kind: domain, section: X, statement: Not evidence. }\n");
        var bundled = new String(RulesLoader.bundledContent(), StandardCharsets.UTF_8)
                .lines()
                .toList();
        int line = bundled.indexOf("    evidence: [ev-discord-read-states]") + 1;

        var problems = problems(() -> RulesLoader.load(sources));

        assertThat(problems.get(0).toString())
                .isEqualTo(RulesLoader.BUNDLED_NAME + ":" + line + ":16: claim "
                        + "'ev-discord-read-states' is listed as evidence but its kind is domain");
    }

    private interface Load {
        RuleSet run() throws LoadException;
    }

    private static List<FileProblem> problems(Load load) {
        try {
            load.run();
        } catch (LoadException e) {
            return e.problems();
        }
        return List.of();
    }

    private static List<RulesLoader.Source> layer(String text) {
        return List.of(source("team.yaml", text));
    }

    private static List<RulesLoader.Source> layers(String... texts) {
        var sources = new ArrayList<RulesLoader.Source>();
        for (int i = 0; i < texts.length; i++) {
            sources.add(source("layer" + i + ".yaml", texts[i]));
        }
        return sources;
    }

    private static RulesLoader.Source source(String name, String text) {
        return new RulesLoader.Source(name, text.getBytes(StandardCharsets.UTF_8));
    }
}
