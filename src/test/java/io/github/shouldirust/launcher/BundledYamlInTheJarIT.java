package io.github.shouldirust.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.shouldirust.support.Shell;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jar carries the bundled rules' YAML as well as their compiled snapshot. No run on the bundled rules
 * reads it (rules check and rules test with no file included), so nothing else would notice it missing;
 * but a layer's problem inside the bundled rules is shown at its line in it, and `rules diff
 * rules/rust.yaml` compares against it.
 */
class BundledYamlInTheJarIT {
    private static final Path JAR = Path.of("target/should-i-rust.jar").toAbsolutePath();

    @TempDir
    Path dir;

    @Test
    void theJarHoldsTheBundledYamlByteForByte() throws Exception {
        try (var jar = new ZipFile(JAR.toFile())) {
            var entry = jar.getEntry("rules/rust.yaml");
            assertThat(entry).as("rules/rust.yaml in " + JAR).isNotNull();
            try (var in = jar.getInputStream(entry)) {
                assertThat(in.readAllBytes()).isEqualTo(Files.readAllBytes(Path.of("rules/rust.yaml")));
            }
        }
    }

    @Test
    void aLayersProblemInTheBundledRulesIsShownAtItsLineThere() throws Exception {
        // The layer makes a claim that the bundled rules cite as evidence a domain claim instead.
        Files.writeString(
                dir.resolve("team.yaml"),
                "schema: 1\nid: team\nversion: '1'\nextends: why-rust\nclaims:\n"
                        + "  - { id: ev-discord-read-states, kind: domain, section: X, statement: Not evidence. }\n");
        int line = Files.readAllLines(Path.of("rules/rust.yaml")).indexOf("    evidence: [ev-discord-read-states]") + 1;
        var java = Path.of(System.getProperty("java.home"), "bin", "java");

        var result = Shell.run(
                java.toString(),
                "-cp",
                JAR.toString(),
                "io.github.shouldirust.cli.ShouldIRust",
                "--no-input",
                "--rules",
                dir.resolve("team.yaml").toString(),
                "-a",
                "building=cli-tool");

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.stdout()).isEmpty();
        assertThat(result.stderr())
                .startsWith("should-i-rust: rules/rust.yaml:" + line + ":16: claim 'ev-discord-read-states' is listed "
                        + "as evidence but its kind is domain\n");
    }
}
