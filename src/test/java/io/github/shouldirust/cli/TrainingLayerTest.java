package io.github.shouldirust.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.shouldirust.support.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The layer the archive's training run reads must load, check clean and pass its example: the training
 * discards its output, so a layer with a mistake would silently train the error path instead.
 */
class TrainingLayerTest {
    @TempDir
    Path dir;

    @Test
    void theTrainingLayerLoadsChecksCleanAndPassesItsExample() throws Exception {
        var layer = Files.writeString(dir.resolve("layer.yaml"), Training.LAYER).toString();

        var check = Cli.run("rules", "check", layer);
        var test = Cli.run("rules", "test", layer);
        var advice = Cli.run("--no-input", "--rules", layer, "-a", "building=backend-app");

        assertThat(check.exitCode()).as(check.stdout()).isZero();
        assertThat(check.stdout()).endsWith(": ok\n");
        assertThat(test.exitCode()).as(test.stdout()).isZero();
        assertThat(advice.exitCode()).as(advice.stderr()).isZero();
    }
}
