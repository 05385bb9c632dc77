package io.github.shouldirust.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.shouldirust.support.Cli;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * ResultWriter picks the renderer with a switch statement, which Java 17 does not hold to every constant:
 * a format added to OutputFormat without its case would print nothing and exit 0. This catches it.
 */
class OutputFormatTest {
    @ParameterizedTest(name = "--format {0}")
    @EnumSource(OutputFormat.class)
    void everyFormatPrintsTheVerdict(OutputFormat format) {
        var result = Cli.run("--no-input", "-a", "building=script", "--format", format.name());

        assertThat(result.exitCode()).as("%s", result).isZero();
        assertThat(result.stdout()).contains("avoid-rust");
    }
}
