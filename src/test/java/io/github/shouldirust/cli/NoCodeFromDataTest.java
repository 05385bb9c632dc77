package io.github.shouldirust.cli;

import static io.github.shouldirust.support.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A rules file is data: it cannot name a class to load, another file to read or a URL to fetch. Each
 * hostile file is refused with one located line, and nothing from elsewhere reaches the output.
 */
class NoCodeFromDataTest {
    private static final String HEADER = "schema: 1\nid: hostile\nversion: \"1\"\n";

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            extends a local file      | extends: /etc/passwd                          | 4:10: this file extends '/etc/passwd', but the rules it layers over are 'why-rust'
            extends a URL             | extends: http://127.0.0.1:9/rules.yaml       | 4:10: this file extends 'http://127.0.0.1:9/rules.yaml', but the rules it layers over are 'why-rust'
            a Jackson type hint       | '@class': java.net.URL                       | 4:1: unknown key '@class'
            a java type tag           | claims: !!java.net.URL [http://127.0.0.1:9/] | 4:9: YAML tags are not allowed
            a script engine tag       | rules: !!javax.script.ScriptEngineManager [] | 4:8: YAML tags are not allowed
            an include-style key      | include: /etc/passwd                         | 4:1: unknown key 'include'
            """)
    void aHostileRulesFileIsRefusedWithoutReachingAnythingElse(String name, String line, String expected)
            throws Exception {
        var file = Files.writeString(dir.resolve("hostile.yaml"), HEADER + line + "\n");

        var result = run("--no-input", "--rules", file.toString(), "--format", "json");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.BAD_RULES);
        assertThat(result.stderr())
                .contains("should-i-rust: " + file + ":" + expected)
                .doesNotContain("root:x:0:0", "Exception", "\tat ");
        assertThat(result.stdout()).isEmpty();
    }
}
