package io.github.shouldirust.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.github.shouldirust.support.RunResult;
import io.github.shouldirust.support.Shell;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release archives as a user installs them: unpacked outside the checkout and run from another
 * working directory. The jar's archive with a JDK (JAVA_HOME) and no Maven; the runtime image with no
 * Java at all. They exist after `./mvnw -Prelease package`; `-Prelease verify` (as .ci/run does) requires
 * them, and a plain `./mvnw verify` skips these tests.
 */
class ReleaseArchivesIT {
    private static final Path DIST = Path.of("target/dist").toAbsolutePath();
    private static final String VERSION = System.getProperty("project.version", "0.1.0");

    @TempDir
    Path dir;

    /** The command line the launcher ran (SHOULD_I_RUST_LAUNCHER_DEBUG). */
    private static String debug(RunResult run) {
        return run.stderr()
                .lines()
                .filter(l -> l.startsWith("should-i-rust: running:"))
                .findFirst()
                .orElse("");
    }

    private static Path archive(String name) {
        var archive = DIST.resolve(name);
        if (!Files.isRegularFile(archive)) {
            assumeThat(System.getProperty("release.archives"))
                    .as("%s: build it with ./mvnw -Prelease package", name)
                    .isNotEqualTo("required");
            assumeThat(archive).as("made by ./mvnw -Prelease package").isRegularFile();
        }
        return archive;
    }

    /**
     * Unpacks a zip with its files' permissions and dates, as unzip does (the launcher must stay
     * executable, and the image's class-data archive maps only while the dates are the recorded ones).
     */
    private static Path unzip(Path zip, Path into) throws IOException {
        try (var in = FileSystems.newFileSystem(
                        URI.create("jar:" + zip.toUri()), Map.of("enablePosixFileAttributes", "true"));
                Stream<Path> entries = Files.walk(in.getPath("/"))) {
            for (var entry : entries.toList()) {
                var target = into.resolve(entry.toString().substring(1));
                if (Files.isDirectory(entry)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(entry, target);
                }
                Files.setPosixFilePermissions(target, Files.getPosixFilePermissions(entry));
                Files.setLastModifiedTime(target, Files.getLastModifiedTime(entry));
            }
        }
        return into;
    }

    private RunResult launch(Path launcher, Map<String, String> env, String... args) throws IOException {
        var command = new ArrayList<>(List.of("/bin/bash", launcher.toString()));
        command.addAll(List.of(args));
        return Shell.runIn(Files.createDirectories(dir.resolve("elsewhere")), env, 120, command);
    }

    private static List<String> tree(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.map(root::relativize).map(Path::toString).sorted().toList();
        }
    }

    @Test
    void theJarArchiveRunsFromAnywhereWithAJdkAndNoMavenAndKeepsItsClassDataArchive() throws Exception {
        var installed = unzip(archive("should-i-rust-" + VERSION + ".zip"), dir.resolve("opt"))
                .resolve("should-i-rust-" + VERSION);
        var files = tree(installed);
        var launcher = installed.resolve("bin/should-i-rust");
        assertThat(launcher).isExecutable();
        var cache = dir.resolve("cache");
        // A PATH with nothing of Maven's, JAVA_HOME for Java.
        var env = Map.of(
                "PATH",
                "/usr/bin:/bin",
                "HOME",
                dir.resolve("home").toString(),
                "XDG_CACHE_HOME",
                cache.toString(),
                "JAVA_HOME",
                System.getProperty("java.home"),
                "SHOULD_I_RUST_LAUNCHER_DEBUG",
                "1",
                // The archive recorded before the first run, not behind it, so the second surely maps it.
                "SHOULD_I_RUST_ARCHIVE",
                "wait");

        var version = launch(launcher, env, "--version");
        var first = launch(launcher, env, "--no-input", "-a", "building=os", "--format", "json");
        var second = launch(launcher, env, "--no-input", "-a", "building=os", "--format", "json");

        assertThat(version.exitCode()).as(version.stderr()).isZero();
        assertThat(version.stdout()).startsWith("should-i-rust " + VERSION);
        assertThat(first.exitCode()).as(first.stderr()).isZero();
        assertThat(first.stdout()).contains("\"verdict\": \"consider-rust\"");
        assertThat(second.stdout()).isEqualTo(first.stdout());
        assertThat(first.stderr()).doesNotContain("building the jar");
        assertThat(debug(second))
                .as("the second run maps the archive the first recorded")
                .containsPattern("-XX:(SharedArchiveFile|AOTCache)=" + cache + "/should-i-rust/");
        assertThat(tree(installed)).as("nothing written beside the install").isEqualTo(files);
    }

    @Test
    void theRuntimeImageRunsWithNoJavaAnywhere() throws Exception {
        var tgz = archive("should-i-rust-" + VERSION + "-linux-x86_64.tgz");
        var opt = Files.createDirectories(dir.resolve("opt"));
        var untar = new ProcessBuilder("tar", "xzf", tgz.toString(), "-C", opt.toString())
                .inheritIO()
                .start();
        assertThat(untar.waitFor()).isZero();
        var image = opt.resolve("should-i-rust-" + VERSION + "-linux-x86_64");
        var files = tree(image);
        // No JAVA_HOME, and a PATH with no java on it (nor anything else).
        var empty = Files.createDirectories(dir.resolve("empty-bin"));
        var env = Map.of(
                "PATH", empty.toString(), "HOME", dir.resolve("home").toString(), "SHOULD_I_RUST_LAUNCHER_DEBUG", "1");
        var launcher = image.resolve("bin/should-i-rust");
        var rules = Path.of("rules").toAbsolutePath();

        var version = launch(launcher, env, "--version");
        var verdict = launch(launcher, env, "--no-input", "-a", "building=os", "--format", "json");
        var layered = launch(
                launcher,
                env,
                "--no-input",
                "--rules",
                rules.resolve("examples/acme-policy.yaml").toString(),
                "-a",
                "building=os",
                "--full");
        var check = launch(
                launcher, env, "rules", "check", rules.resolve("rust.yaml").toString());
        var examples = launch(
                launcher, env, "rules", "test", rules.resolve("rust.yaml").toString());

        assertThat(version.exitCode()).as(version.stderr()).isZero();
        assertThat(debug(version))
                .contains(
                        image.resolve("runtime/bin/java").toString(),
                        "-XX:SharedArchiveFile=" + image.resolve("lib/should-i-rust.jsa"));
        assertThat(verdict.stdout()).contains("\"verdict\": \"consider-rust\"");
        for (var run : List.of(verdict, layered, check, examples)) {
            assertThat(run.exitCode()).as(run.stderr()).isZero();
        }
        assertThat(layered.stdout()).contains("Verdict:");
        assertThat(Path.of(env.get("HOME"))).as("the image records nothing").doesNotExist();
        assertThat(tree(image)).isEqualTo(files);
    }

    @Test
    void theImagesClassDataArchiveMapsWhereverItIsUnpacked() throws Exception {
        var zip = archive("should-i-rust-" + VERSION + "-linux-x86_64.zip");
        var image = unzip(zip, dir.resolve("somewhere else")).resolve("should-i-rust-" + VERSION + "-linux-x86_64");
        var java = image.resolve("runtime/bin/java").toString();
        // -Xshare:on fails rather than run without it: the jar's and the runtime's dates and sizes must be
        // the ones recorded at build time.
        var process = new ProcessBuilder(
                        java,
                        "-XX:TieredStopAtLevel=1",
                        "-XX:+UseSerialGC",
                        "-XX:-UsePerfData",
                        "--enable-native-access=ALL-UNNAMED",
                        "-XX:SharedArchiveFile=" + image.resolve("lib/should-i-rust.jsa"),
                        "-Xshare:on",
                        "-cp",
                        image.resolve("lib/should-i-rust.jar").toString(),
                        "io.github.shouldirust.cli.ShouldIRust",
                        "--version")
                .redirectErrorStream(true)
                .start();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
    }

    @Test
    void thePackagersDescriptorsInstallTheArchiveThatWasBuilt() throws Exception {
        var zip = archive("should-i-rust-" + VERSION + ".zip");
        var sha256 = java.util.HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(zip)));
        var prepared = Path.of("target/jreleaser/prepare/should-i-rust");
        String formula;
        try (var formulae = Files.list(prepared.resolve("brew/Formula"))) {
            formula = Files.readString(formulae.findFirst().orElseThrow());
        }

        assertThat(formula)
                .contains(
                        "sha256 \"" + sha256 + "\"",
                        "/should-i-rust-" + VERSION + ".zip\"",
                        "license \"Apache-2.0\"",
                        "depends_on \"openjdk@17\"");
        assertThat(Files.readString(prepared.resolve("jbang/jbang-catalog.json")))
                .contains("\"should-i-rust\"");
        assertThat(Files.readString(prepared.resolve("docker/Dockerfile")))
                .contains("FROM eclipse-temurin:17-jre", "should-i-rust-" + VERSION + ".zip");
    }
}
