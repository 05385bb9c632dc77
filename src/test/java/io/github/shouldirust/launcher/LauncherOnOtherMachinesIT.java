package io.github.shouldirust.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.github.shouldirust.support.RunResult;
import io.github.shouldirust.support.Shell;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/should-i-rust where it cannot do what it usually does: a fresh checkout it must build from its
 * sources, a checkout another user owns (so its target/ is read-only) whose sources changed, and a cache
 * directory it cannot write. The last two run as 'nobody', which needs root and runuser (CI has both);
 * elsewhere they are skipped.
 */
class LauncherOnOtherMachinesIT {
    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final String[] ARGS = {"--no-input", "-a", "building=os", "--format", "json"};

    @TempDir
    Path dir;

    /** The files a clone has that the build reads: no target/, no tests. */
    private Path sources(Path root) throws IOException {
        for (var name : List.of("bin", "rules", ".mvn", "src/main")) {
            copyTree(PROJECT.resolve(name), root.resolve(name));
        }
        for (var name : List.of("pom.xml", "mvnw")) {
            Files.copy(PROJECT.resolve(name), root.resolve(name));
        }
        root.resolve("mvnw").toFile().setExecutable(true);
        return root;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (var file : files.toList()) {
                var target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    /** Maven's own repository and wrapper are the user's (HOME); the archive cache is this test's. */
    private Map<String, String> usersHomeWithOwnCache() {
        return Map.of(
                "HOME",
                System.getProperty("user.home"),
                "XDG_CACHE_HOME",
                dir.resolve("cache").toString());
    }

    private RunResult launch(Path checkout, Map<String, String> env, String... asUser) {
        var command = new ArrayList<>(List.of(asUser));
        command.addAll(List.of("bash", checkout.resolve("bin/should-i-rust").toString()));
        command.addAll(List.of(ARGS));
        var environment = new java.util.HashMap<>(env);
        environment.put("PATH", System.getenv("PATH"));
        environment.put("JAVA_HOME", System.getProperty("java.home"));
        // Recorded before the run, not by a recorder left behind it: one still writing into the test's
        // directory when JUnit deletes it fails the test ("Failed to delete temp directory").
        environment.putIfAbsent("SHOULD_I_RUST_ARCHIVE", "wait");
        return Shell.runIn(dir, environment, 600, command);
    }

    @Test
    void aFreshCloneBuildsOnceAndAFileDatedInTheFutureDoesNotRebuildIt() throws Exception {
        var checkout = sources(dir.resolve("clone"));

        var first = launch(checkout, usersHomeWithOwnCache());

        assertThat(first.exitCode()).as(first.stderr()).isZero();
        assertThat(first.stderr()).isEqualTo("should-i-rust: building the jar (first run or sources changed)...\n");
        assertThat(first.stdout()).contains("\"verdict\":");
        assertThat(checkout.resolve("target/should-i-rust.jar")).isRegularFile();

        // Clock skew or an unpacked tarball: a rule file dated tomorrow, its contents as they were.
        Files.setLastModifiedTime(
                checkout.resolve("rules/rust.yaml"), FileTime.from(Instant.now().plus(1, ChronoUnit.DAYS)));
        var second = launch(checkout, usersHomeWithOwnCache());

        assertThat(second.exitCode()).isZero();
        assertThat(second.stderr()).isEmpty();
        assertThat(second.stdout()).isEqualTo(first.stdout());
    }

    @Test
    void aCompilerWarningDoesNotKeepTheAdvisorFromRunning() throws Exception {
        // What a newer JDK's new lint does to code that was clean: `./mvnw verify` fails on the warning,
        // but the launcher's own build must still give the user a jar.
        var checkout = sources(dir.resolve("clone"));
        Files.writeString(
                checkout.resolve("src/main/java/io/github/shouldirust/cli/Deprecated.java"),
                "package io.github.shouldirust.cli;\n"
                        + "final class Deprecated { static Integer boxed() { return new Integer(1); } }\n");

        var run = launch(checkout, usersHomeWithOwnCache());

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stdout()).contains("\"verdict\":");
    }

    /** Runs as nobody: root only, and the directories on the way must let nobody in. */
    private String[] asNobody() throws IOException {
        assumeThat(System.getProperty("user.name"))
                .as("needs root to run as another user")
                .isEqualTo("root");
        assumeThat(Files.isExecutable(Path.of("/usr/sbin/runuser")) || Files.isExecutable(Path.of("/sbin/runuser")))
                .as("needs runuser")
                .isTrue();
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        return new String[] {"runuser", "-u", "nobody", "--"};
    }

    @Test
    void aCheckoutItCannotWriteWhoseSourcesChangedRunsItsJarWithAWarning() throws Exception {
        var nobody = asNobody();
        var checkout = sources(dir.resolve("clone"));
        Files.createDirectories(checkout.resolve("target"));
        Files.copy(PROJECT.resolve("target/should-i-rust.jar"), checkout.resolve("target/should-i-rust.jar"));
        Files.writeString(
                checkout.resolve("rules/rust.yaml"),
                "# edited after the jar was built\n",
                java.nio.file.StandardOpenOption.APPEND);
        Files.setLastModifiedTime(
                checkout.resolve("rules/rust.yaml"), FileTime.from(Instant.now().plus(1, ChronoUnit.MINUTES)));

        var run = launch(checkout, Map.of("HOME", dir.resolve("home").toString()), nobody);

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stderr())
                .isEqualTo("should-i-rust: the sources changed but " + checkout.resolve("target")
                        + " is not writable; running the existing jar\n");
        assertThat(run.stdout()).contains("\"verdict\":");
    }

    @Test
    void aCacheDirectoryItCannotWriteMeansRunningWithoutAnArchive() throws Exception {
        var nobody = asNobody();
        var checkout = dir.resolve("clone");
        Files.createDirectories(checkout.resolve("target"));
        copyTree(PROJECT.resolve("bin"), checkout.resolve("bin"));
        Files.copy(PROJECT.resolve("target/should-i-rust.jar"), checkout.resolve("target/should-i-rust.jar"));
        // Root ran it first with a shared HOME: the cache exists and is root's.
        var cache = Files.createDirectories(dir.resolve("cache/should-i-rust"));

        var run = launch(
                checkout,
                Map.of(
                        "HOME",
                        dir.resolve("home").toString(),
                        "XDG_CACHE_HOME",
                        cache.getParent().toString(),
                        "SHOULD_I_RUST_LAUNCHER_DEBUG",
                        "1"),
                nobody);

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stdout()).contains("\"verdict\":");
        assertThat(run.stderr().lines().filter(line -> !line.startsWith("should-i-rust: running:")))
                .as("nothing said but the debug line")
                .isEmpty();
        assertThat(run.stderr()).doesNotContain("SharedArchiveFile", "AOTCache");
        try (var left = Files.list(cache)) {
            assertThat(left).isEmpty();
        }
    }
}
