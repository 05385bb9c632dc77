package io.github.shouldirust.load;

import static io.github.shouldirust.support.SameRules.assertSameRules;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.shouldirust.core.Example;
import io.github.shouldirust.core.RuleSet;
import io.github.shouldirust.core.Verdict;
import io.github.shouldirust.support.TinyRulesFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The bundled rules compiled into code at build time must be the rules the YAML says, to the last field. */
class RulesSnapshotTest {
    @TempDir
    Path dir;

    @Test
    void theBuildCompiledTheBundledRulesIntoTheJar() {
        assertThat(RulesSnapshot.bundled())
                .as("run by Maven after process-classes")
                .isPresent();
    }

    /** Parsed from the YAML for real: {@code parse} of the bundled file's bytes would hand back the snapshot. */
    private static RuleSet parsedBundledYaml() throws LoadException {
        return RulesLoader.loadFromYaml(
                List.of(new RulesLoader.Source(RulesLoader.BUNDLED_NAME, RulesLoader.bundledContent())));
    }

    @Test
    void theSnapshotBuildsExactlyWhatTheYamlSays() throws Exception {
        var fromYaml = parsedBundledYaml();
        var snapshot = RulesSnapshot.bundled().orElseThrow();

        assertThat(fromYaml).as("parsed, not the snapshot itself").isNotSameAs(snapshot);

        assertSameRules(snapshot, fromYaml);
        assertThat(RulesLoader.bundled().describe()).isEqualTo(fromYaml.describe());
    }

    /** rules check of the bundled rules takes the build's word for it: that word must be the checker's. */
    @Test
    void theSnapshotSaysCheckedCleanExactlyWhenTheCheckerFindsNothing() throws Exception {
        var rules = RulesSnapshot.bundled().orElseThrow();
        var clean = rules.warnings().isEmpty()
                && io.github.shouldirust.core.RuleSetChecker.check(rules).isEmpty();

        assertThat(RulesSnapshot.bundledCheckedClean()).isEqualTo(clean).isTrue();
    }

    /**
     * rules check and rules test with no file skip reading the bundled YAML: what they answer must be what
     * checking and loading the YAML from scratch (no snapshot, no word from the build) gives.
     */
    @Test
    void checkingTheBundledRulesWithoutTheirBytesFindsWhatCheckingTheirYamlFinds() throws Exception {
        var fromYaml = RulesLoader.check(RulesLoader.bundledContent(), RulesLoader.BUNDLED_NAME, false);

        assertThat(RulesLoader.checkBundled()).isEqualTo(fromYaml).isEmpty();
        assertSameRules(RulesLoader.bundled(), parsedBundledYaml());
    }

    @Test
    void rulesTheCheckerFindsSomethingInAreNotCheckedClean() throws Exception {
        // tiny.yaml's lowest possible score is 0, so no answers give avoid-rust: rules check says so.
        var tiny = RulesLoader.parse(Files.readAllBytes(TinyRulesFile.write(dir)), "tiny.yaml");

        assertThat(RulesLoader.checksClean(tiny)).isFalse();
        assertThat(SnapshotWriter.source(tiny, RulesLoader.checksClean(tiny)))
                .contains("public boolean checkedClean() {\n        return false;");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "plain",
                "a \"quoted\" word",
                "back\\slash",
                "two\nlines",
                "tab\there",
                "café — ünïcode",
                "\u0000 nul",
                "emoji 🦀"
            })
    void stringsBecomeJavaLiteralsThatMeanTheSameText(String text) throws Exception {
        var literal = SnapshotWriter.literal(text);

        assertThat(literal).startsWith("\"").endsWith("\"").doesNotContain("\n");
        assertThat(unescape(literal)).isEqualTo(text);
    }

    @Test
    void nestedGenericCallsNameTheirTypeArguments() {
        // Left to inference, these nested calls took half the build's compile of the snapshot (0.3 s).
        var example = new Example(
                "one", Map.of("building", List.of("cli-tool")), Verdict.USE_RUST, Optional.of("rust"), "x.yaml");

        assertThat(SnapshotWriter.expressionOf(example))
                .contains("map(List.<java.lang.String>of(\"building\"), "
                        + "List.<java.util.List<java.lang.String>>of(List.<java.lang.String>of(\"cli-tool\")))")
                .contains("Optional.<java.lang.String>of(\"rust\")");
    }

    /** A type the generated class might not see: javac checks a witness for access, not an inferred type. */
    private record Hidden(int n) {}

    public record Box(List<Hidden> items) {}

    @Test
    void aTypeArgumentTheSnapshotMayNotSeeIsLeftToInference() {
        assertThat(SnapshotWriter.expressionOf(new Box(List.of(new Hidden(1)))))
                .contains("(List.of(new ")
                .doesNotContain("List.<");
    }

    @Test
    void aValueWithNoJavaExpressionIsABuildErrorNotASilentGap() {
        assertThatThrownBy(() -> SnapshotWriter.expressionOf(new Object()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("java.lang.Object");
    }

    /** Java's own reading of the escapes the writer uses: \" \\ \n and backslash-u. */
    private static String unescape(String literal) {
        var body = literal.substring(1, literal.length() - 1);
        var out = new StringBuilder();
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char next = body.charAt(++i);
            switch (next) {
                case 'n' -> out.append('\n');
                case 'u' -> {
                    out.append((char) Integer.parseInt(body.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> out.append(next);
            }
        }
        return out.toString();
    }
}
