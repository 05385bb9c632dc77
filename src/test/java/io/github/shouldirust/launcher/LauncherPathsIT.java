package io.github.shouldirust.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/should-i-rust from checkouts in odd places: a path with ':' (which Java splits every class path
 * at) and a bin/ reached through a symbolic link (whose textual parent is not the checkout).
 */
class LauncherPathsIT {
    private static final Path PROJECT = Path.of("").toAbsolutePath();

    @TempDir
    Path home;

    private Path checkout(Path root) throws IOException {
        Files.createDirectories(root.resolve("bin"));
        Files.createDirectories(root.resolve("target"));
        Files.copy(PROJECT.resolve("bin/should-i-rust"), root.resolve("bin/should-i-rust"));
        Files.copy(PROJECT.resolve("target/should-i-rust.jar"), root.resolve("target/should-i-rust.jar"));
        return root;
    }

    private record Run(int code, String stdout, String stderr) {}

    private Run launch(Path launcher, Path workingDirectory) throws Exception {
        var builder = new ProcessBuilder(
                        "bash", launcher.toString(), "--no-input", "-a", "building=os", "--format", "json")
                .directory(workingDirectory.toFile());
        builder.environment().clear();
        builder.environment()
                .putAll(Map.of(
                        "PATH",
                        System.getenv("PATH"),
                        "HOME",
                        home.toString(),
                        "XDG_CACHE_HOME",
                        home.resolve("cache").toString(),
                        "JAVA_HOME",
                        System.getProperty("java.home"),
                        // Before the run, not behind it: a recorder still writing when JUnit deletes
                        // the test's directory fails the test.
                        "SHOULD_I_RUST_ARCHIVE",
                        "wait"));
        builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        var process = builder.start();
        var stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        var stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), stdout, stderr);
    }

    @Test
    void aCheckoutWhosePathHasAColonRuns() throws Exception {
        var root = checkout(home.resolve("projects:2026").resolve("should-i-rust"));

        var run = launch(root.resolve("bin/should-i-rust"), home);

        assertThat(run.code()).as(run.stderr()).isZero();
        assertThat(run.stdout()).contains("\"verdict\": ");
        assertThat(run.stderr()).isEmpty();
    }

    @Test
    void aSymlinkedBinDirectoryFindsTheCheckoutItPointsInto() throws Exception {
        var root = checkout(home.resolve("checkout"));
        var tools = Files.createDirectories(home.resolve("tools"));
        Files.createSymbolicLink(tools.resolve("bin"), root.resolve("bin"));
        var elsewhere = Files.createDirectories(home.resolve("somewhere"));
        Files.createSymbolicLink(home.resolve("here"), elsewhere);

        var run = launch(tools.resolve("bin/should-i-rust"), home.resolve("here"));

        assertThat(run.code()).as(run.stderr()).isZero();
        assertThat(run.stdout()).contains("\"verdict\": ");
        assertThat(List.of(tools.resolve("target")))
                .allSatisfy(p -> assertThat(p).doesNotExist());
    }
}
