package io.github.shouldirust.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.shouldirust.core.RuleSet;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The bundled rules compiled into code at build time must be the rules the YAML says, to the last field. */
class RulesSnapshotTest {

    @Test
    void theBuildCompiledTheBundledRulesIntoTheJar() {
        assertThat(RulesSnapshot.bundled())
                .as("run by Maven after process-classes")
                .isPresent();
    }

    @Test
    void theSnapshotBuildsExactlyWhatTheYamlSays() throws Exception {
        var fromYaml = RulesLoader.parse(RulesLoader.bundledContent(), RulesLoader.BUNDLED_NAME);
        var snapshot = RulesSnapshot.bundled().orElseThrow();

        List<Function<RuleSet, Object>> parts = List.of(
                RuleSet::metadata,
                RuleSet::claims,
                RuleSet::languages,
                RuleSet::questions,
                RuleSet::rules,
                RuleSet::thresholds,
                RuleSet::layers,
                RuleSet::examples,
                RuleSet::warnings,
                RuleSet::describe);
        for (var part : parts) {
            assertThat(part.apply(snapshot)).isEqualTo(part.apply(fromYaml));
        }
        assertThat(RulesLoader.bundled().describe()).isEqualTo(fromYaml.describe());
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
