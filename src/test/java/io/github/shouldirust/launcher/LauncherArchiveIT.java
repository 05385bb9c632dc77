package io.github.shouldirust.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * bin/should-i-rust as a user runs it, on the packaged jar (failsafe runs this after `package`): the
 * class-data archive it keeps must belong to exactly this jar and this JDK, and anything wrong with it
 * must cost speed, never output.
 */
class LauncherArchiveIT {
    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final Path OTHER_JDK = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64");
    private static final Pattern ARCHIVE_FLAG = Pattern.compile("-XX:(?:SharedArchiveFile|AOTCache)=(\\S+)");
    private static final String[] ARGS = {
        "--no-input", "-a", "building=network-service", "-a", "latency=critical", "--format", "json"
    };

    @TempDir
    Path home;

    Path root;
    Path cache;
    Path jar;

    /** A checkout with just the launcher and the jar, so it never decides to rebuild. */
    @BeforeEach
    void checkout() throws IOException {
        layout("checkout", "target");
        cache = home.resolve("cache");
    }

    /** The launcher in {@code name}/bin and the jar in {@code name}/{@code jarDirectory}. */
    private void layout(String name, String jarDirectory) throws IOException {
        root = home.resolve(name);
        Files.createDirectories(root.resolve("bin"));
        Files.createDirectories(root.resolve(jarDirectory));
        Files.copy(PROJECT.resolve("bin/should-i-rust"), root.resolve("bin/should-i-rust"));
        jar = Files.copy(
                PROJECT.resolve("target/should-i-rust.jar"), root.resolve(jarDirectory + "/should-i-rust.jar"));
    }

    /** This JDK, and the second one where the machine has it: JDK 17 uses AppCDS, 25 the AOT cache. */
    static Stream<Path> jdks() {
        return Stream.of(javaHome(), OTHER_JDK).distinct().filter(jdk -> Files.isExecutable(jdk.resolve("bin/java")));
    }

    @ParameterizedTest
    @MethodSource("jdks")
    void theFirstRunRecordsAnArchiveForThisJarAndJdkAndLaterRunsUseIt(Path jdk) throws Exception {
        var first = launch(jdk);
        var archive = first.archive();

        assertThat(first.code).isZero();
        assertThat(first.stdout).contains("\"verdict\": \"use-rust\"");
        assertThat(archive).exists().hasParent(cache.resolve("should-i-rust"));
        assertThat(archive.getFileName().toString()).startsWith("jdk" + feature(jdk) + "-");
        assertThat(first.stderrWithoutDebug()).isEmpty();
        var written = Files.getLastModifiedTime(archive);

        var second = launch(jdk);
        assertThat(second.archive()).isEqualTo(archive);
        assertThat(Files.getLastModifiedTime(archive)).isEqualTo(written);
        assertThat(second.stdout).isEqualTo(first.stdout);
        assertThat(leftovers()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("jdks")
    void aScriptedRunAndACommandGetArchivesOfTheirOwnAndBothAreKept(Path jdk) throws Exception {
        var scripted = launch(jdk).archive();

        var questions = launchWith(jdk, "questions");

        assertThat(questions.code).isZero();
        assertThat(scripted.getFileName().toString()).contains("-scripted.");
        // JDK 25's AOT cache loads all it holds at start: a subcommand's leaves out the quiz's classes.
        assertThat(questions.archive().getFileName().toString())
                .contains(Integer.parseInt(feature(jdk)) >= 25 ? "-commands." : "-full.");
        assertThat(scripted)
                .as("the scripted archive stays beside the full one")
                .exists();
        assertThat(launch(jdk).archive()).isEqualTo(scripted);
    }

    /**
     * A rebuild gives the same bytes (the build is reproducible) but a new time, which JDK 17 holds
     * against the archive: it ran without one, silently, on every later run. The archive is recorded again.
     */
    @ParameterizedTest
    @MethodSource("jdks")
    void aJarRebuiltToTheSameBytesGetsItsArchiveRecordedAgainAndMapped(Path jdk) throws Exception {
        var archive = launch(jdk).archive();
        var recorded = Files.getLastModifiedTime(archive).toInstant();
        Files.setLastModifiedTime(jar, java.nio.file.attribute.FileTime.from(recorded.plusSeconds(5)));

        var after = launch(jdk);

        assertThat(after.archive()).isEqualTo(archive);
        assertThat(Files.getLastModifiedTime(archive).toInstant())
                .as("recorded again")
                .isAfter(recorded);
        var strict = launch(
                jdk, Map.of("JDK_JAVA_OPTIONS", jdk.toString().contains("25") ? "-XX:AOTMode=on" : "-Xshare:on"));
        assertThat(strict.code).as("the archive maps: %s", strict.stderr).isZero();
    }

    @Test
    void aRebuiltJarNeverUsesTheOldArchiveAndTheOldOneIsRemoved() throws Exception {
        var old = launch(javaHome()).archive();

        rewriteJarWithExtraEntry();
        var rebuilt = launch(javaHome());

        assertThat(rebuilt.code).isZero();
        assertThat(rebuilt.archive()).isNotEqualTo(old).exists();
        assertThat(old).doesNotExist();
    }

    /**
     * In a checkout the archive's key is kept between runs (keys/), so that a run need not hash the jar:
     * it is used while it is whole, under ten minutes old, newer than the jar and computed from these
     * inputs. Anything else computes the key afresh.
     */
    @Test
    void aKeptKeyIsUsedOnlyWhileWholeRecentNewerThanTheJarAndForTheseInputs() throws Exception {
        var archive = launch(javaHome()).archive();
        var memo = onlyKeptKey();
        var inputs = Files.readAllLines(memo).get(0);
        var now = java.time.Instant.now().getEpochSecond();
        var newerThanTheJar = Files.getLastModifiedTime(memo);
        var bogus = "jdk" + feature(javaHome()) + "-1-2-3";

        Files.writeString(memo, inputs + "\n1 " + bogus + " " + now + " end\n");
        Files.setLastModifiedTime(memo, newerThanTheJar);
        assertThat(launch(javaHome()).archive().getFileName().toString())
                .as("a good kept key is used as it is")
                .startsWith(bogus + "-");

        for (var damaged : List.of(
                "",
                inputs + "\n",
                inputs + "\n1 " + bogus + " " + now + " en\n",
                inputs + "\n1 " + bogus + " " + now,
                inputs.replace("/checkout/", "/elsewhere/") + "\n1 " + bogus + " " + now + " end\n",
                inputs + "\n1 " + bogus + " " + (now - 601) + " end\n",
                inputs + "\n1 " + bogus + " " + (now + 3600) + " end\n",
                inputs + "\n1 " + bogus + " 0899 end\n",
                inputs + "\n1 " + bogus + " and more\n")) {
            Files.writeString(memo, damaged);
            Files.setLastModifiedTime(memo, newerThanTheJar);

            var run = launch(javaHome());

            assertThat(run.archive()).as("with a kept key of %s", damaged).isEqualTo(archive);
            assertThat(run.stderrWithoutDebug())
                    .as("with a kept key of %s", damaged)
                    .isEmpty();
            assertThat(Files.readAllLines(memo).get(1)).as("written again").contains(archiveKey(archive));
        }

        Files.writeString(memo, inputs + "\n1 " + bogus + " " + now + " end\n");
        Files.setLastModifiedTime(memo, newerThanTheJar);
        Files.setLastModifiedTime(
                jar,
                java.nio.file.attribute.FileTime.from(java.time.Instant.now().plusSeconds(5)));
        assertThat(launch(javaHome()).archive().getFileName().toString())
                .as("the jar is newer than the kept key")
                .startsWith(archiveKey(archive));
    }

    /**
     * An installed jar can be replaced by one with other bytes but an earlier date (a release unpacked
     * over another keeps the dates it was packed with): its key is never kept, always hashed.
     */
    @Test
    void anInstalledJarReplacedByOneDatedEarlierGetsAnArchiveOfItsOwn() throws Exception {
        layout("installed", "lib");
        var before = launch(javaHome()).archive();

        rewriteJarWithExtraEntry();
        Files.setLastModifiedTime(
                jar, java.nio.file.attribute.FileTime.from(java.time.Instant.parse("2020-01-01T00:00:00Z")));
        var after = launch(javaHome());

        assertThat(after.code).isZero();
        assertThat(after.archive()).isNotEqualTo(before).exists();
        assertThat(cache.resolve(
                        "should-i-rust/keys/" + jar.toString().replaceAll("[/:]", "_") + "-jdk" + feature(javaHome())))
                .doesNotExist();
    }

    /**
     * A JDK updated in place by a package manager, which dates its files from when the package was built:
     * the release file changes while staying older than the kept key. Its content, not its time, decides.
     */
    @Test
    void aJdkUpdatedInPlaceGetsAnArchiveOfItsOwnThoughItsFilesAreDatedEarlier() throws Exception {
        var jdk = Files.createDirectories(home.resolve("jdk"));
        Files.createDirectories(jdk.resolve("bin"));
        Files.createSymbolicLink(jdk.resolve("bin/java"), javaHome().resolve("bin/java"));
        var release = Files.copy(javaHome().resolve("release"), jdk.resolve("release"));
        try {
            var before = launch(jdk).archive();

            Files.writeString(release, "IMPLEMENTOR_VERSION=\"a later build\"\n", StandardOpenOption.APPEND);
            Files.setLastModifiedTime(
                    release,
                    java.nio.file.attribute.FileTime.from(
                            java.time.Instant.now().minus(java.time.Duration.ofDays(3))));
            var after = launch(jdk);

            assertThat(after.code).isZero();
            assertThat(after.archive()).isNotEqualTo(before).exists();
        } finally {
            Files.delete(jdk.resolve("bin/java")); // JUnit warns of a link out of its directory
        }
    }

    /** The java on PATH is resolved once and remembered; switching it to another JDK is still followed. */
    @Test
    void aJavaOnPathSwitchedToAnotherJdkIsFollowed() throws Exception {
        assumeTrue(
                Files.isExecutable(OTHER_JDK.resolve("bin/java")) && !OTHER_JDK.equals(javaHome()),
                "a second JDK at " + OTHER_JDK);
        var onPath = Files.createDirectories(home.resolve("path"));
        var java = Files.createSymbolicLink(onPath.resolve("java"), javaHome().resolve("bin/java"));
        // Which java runs is the question here, not its archive: none is recorded (a second each).
        var path =
                Map.of("PATH", onPath + ":" + System.getenv("PATH"), "JAVA_HOME", "", "SHOULD_I_RUST_ARCHIVE", "off");
        var first = launch(javaHome(), path, "--version");

        Files.delete(java);
        Files.createSymbolicLink(java, OTHER_JDK.resolve("bin/java"));
        var switched = launch(javaHome(), path, "--version");
        Files.delete(java); // JUnit warns of a link out of its directory

        assertThat(first.stdout).contains("Java " + feature(javaHome()) + ".");
        assertThat(switched.code).isZero();
        assertThat(switched.stdout).contains("Java " + feature(OTHER_JDK) + ".");
        assertThat(switched.debug())
                .contains("running: " + OTHER_JDK.resolve("bin/java").toRealPath() + " ");
    }

    /**
     * A kept answer for the java on PATH can be wrong in a way -ef cannot see: a JDK whose java is a hard
     * link of another's (a deduplicated store). It is looked up afresh once ten minutes old.
     */
    @Test
    void aJavaOnPathIsLookedUpAfreshOnceItsKeptAnswerIsTenMinutesOld() throws Exception {
        var realJava = javaHome().resolve("bin/java").toRealPath();
        var other = Files.createDirectories(home.resolve("deduplicated/bin"));
        try {
            Files.createLink(other.resolve("java"), realJava);
        } catch (IOException | UnsupportedOperationException e) {
            assumeTrue(false, "hard links from " + home + " to " + realJava);
        }
        Files.copy(javaHome().resolve("release"), other.resolveSibling("release"));
        var onPath = Files.createDirectories(home.resolve("path"));
        var link = Files.createSymbolicLink(onPath.resolve("java"), realJava);
        var memo = Files.createDirectories(cache.resolve("should-i-rust/keys")).resolve("java-on-path");
        var elevenMinutesAgo = java.time.Instant.now().getEpochSecond() - 660;
        Files.writeString(memo, link + "\n" + other.resolve("java") + "\n" + elevenMinutesAgo + "\n");

        var run = launch(
                javaHome(),
                Map.of("PATH", onPath + ":" + System.getenv("PATH"), "JAVA_HOME", "", "SHOULD_I_RUST_ARCHIVE", "off"),
                "--version");
        Files.delete(link); // JUnit warns of a link out of its directory
        Files.delete(other.resolve("java"));

        assertThat(run.code).as(run.stderr).isZero();
        assertThat(run.debug()).contains("running: " + realJava + " ");
        assertThat(Files.readAllLines(memo).get(1)).isEqualTo(realJava.toString());
    }

    /** For an image build that keeps the cache: every kind of archive, the quiz's among them, before running. */
    @ParameterizedTest
    @MethodSource("jdks")
    void archiveAllRecordsEveryKindBeforeTheRun(Path jdk) throws Exception {
        var all = Map.of("SHOULD_I_RUST_ARCHIVE", "all");
        var run = launch(jdk, all, "--version");

        assertThat(run.code).isZero();
        assertThat(run.archive().getFileName().toString())
                .as("the run itself maps its own kind")
                .contains("-scripted.");
        var kinds = Integer.parseInt(feature(jdk)) >= 25
                ? List.of("commands", "full", "scripted")
                : List.of("full", "scripted");
        assertThat(archives().stream().map(LauncherArchiveIT::kind).sorted().toList())
                .isEqualTo(kinds);

        // A rebuild to the same bytes: every kind is older than the jar, and JDK 17 would refuse it.
        Files.setLastModifiedTime(jar, java.nio.file.attribute.FileTime.from(java.time.Instant.now()));
        assertThat(launch(jdk, all, "--version").code).isZero();
        for (var archive : archives()) {
            assertThat(Files.getLastModifiedTime(archive).toInstant())
                    .as("%s recorded again", archive.getFileName())
                    .isAfter(Files.getLastModifiedTime(jar).toInstant());
        }
    }

    private List<Path> archives() throws IOException {
        try (var files = Files.list(cache.resolve("should-i-rust"))) {
            return files.filter(
                            p -> p.toString().endsWith(".jsa") || p.toString().endsWith(".aot"))
                    .toList();
        }
    }

    /** scripted, commands or full: the profile an archive's name ends with. */
    private static String kind(Path archive) {
        var name = archive.getFileName().toString();
        return name.substring(name.lastIndexOf('-') + 1, name.lastIndexOf('.'));
    }

    @Test
    void recordingAnArchiveClearsOthersUnusedForAMonthButNotRecentOnes() throws Exception {
        var dir = Files.createDirectories(cache.resolve("should-i-rust"));
        var stale = Files.writeString(dir.resolve("jdk17-1-2-3.jsa"), "from a checkout deleted long ago");
        Files.setLastModifiedTime(
                stale,
                java.nio.file.attribute.FileTime.from(java.time.Instant.now().minus(java.time.Duration.ofDays(40))));
        var recent = Files.writeString(dir.resolve("jdk17-4-5-6.jsa"), "another checkout's, in use");

        var run = launch(javaHome());

        assertThat(run.archive()).exists();
        assertThat(stale).doesNotExist();
        assertThat(recent).exists();
    }

    @Test
    void anotherJdkGetsAnArchiveOfItsOwn() throws Exception {
        assumeTrue(
                Files.isExecutable(OTHER_JDK.resolve("bin/java")) && !OTHER_JDK.equals(javaHome()),
                "a second JDK at " + OTHER_JDK);
        var mine = launch(javaHome()).archive();

        var other = launch(OTHER_JDK);

        assertThat(other.code).isZero();
        assertThat(other.archive()).isNotEqualTo(mine).exists();
        assertThat(mine).as("still good for the first JDK").exists();
        assertThat(other.stdout).isEqualTo(launch(javaHome()).stdout);
    }

    @ParameterizedTest
    @MethodSource("jdks")
    void aDamagedArchiveCostsSpeedNeverOutput(Path jdk) throws Exception {
        var good = launch(jdk);
        Files.write(good.archive(), "not an archive".getBytes(StandardCharsets.UTF_8));

        var damaged = launch(jdk);

        assertThat(damaged.code).isZero();
        assertThat(damaged.stdout).isEqualTo(good.stdout);
        assertThat(damaged.stderrWithoutDebug()).isEmpty();
    }

    /**
     * A truncated archive made JDK 17 die with SIGBUS on every run, its crash banner on stdout and an
     * hs_err file in the working directory, until the cache was cleared by hand.
     */
    @ParameterizedTest
    @MethodSource("jdks")
    void aTruncatedArchiveIsNeverMappedAndIsRecordedAgain(Path jdk) throws Exception {
        var good = launch(jdk);
        var archive = good.archive();
        long whole = Files.size(archive);
        try (var channel = java.nio.channels.FileChannel.open(archive, java.nio.file.StandardOpenOption.WRITE)) {
            channel.truncate(whole / 2);
        }

        var damaged = launch(jdk);
        var after = launch(jdk);

        assertThat(damaged.code).isZero();
        assertThat(damaged.stdout).isEqualTo(good.stdout);
        assertThat(damaged.stderrWithoutDebug()).isEmpty();
        assertThat(Files.size(after.archive())).as("recorded again, whole").isGreaterThan(whole / 2);
        try (var files = Files.list(root)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.startsWith("hs_err"));
        }
    }

    @Test
    void withNoWhereToKeepAnArchiveItRunsWithoutOneSilently() throws Exception {
        Files.writeString(cache, "a file where the cache directory should be");

        var run = launch(javaHome());

        assertThat(run.code).isZero();
        assertThat(run.stdout).contains("\"verdict\": \"use-rust\"");
        assertThat(run.stderrWithoutDebug()).isEmpty();
        assertThat(run.debug()).doesNotContain("SharedArchiveFile", "AOTCache");
    }

    @Test
    void aTrainingRunThatFailsIsNotRetriedForTheSameJar() throws Exception {
        removeFromJar("io/github/shouldirust/cli/Training.class");

        var first = launch(javaHome());
        var second = launch(javaHome());

        assertThat(first.code).isZero();
        assertThat(second.code).isZero();
        assertThat(second.stderrWithoutDebug()).isEmpty();
        assertThat(second.debug()).doesNotContain("SharedArchiveFile", "AOTCache");
        try (var files = Files.list(cache.resolve("should-i-rust"))) {
            assertThat(files.filter(Files::isRegularFile)
                            .map(p -> p.getFileName().toString()))
                    .singleElement()
                    .asString()
                    .endsWith(".failed");
        }
    }

    /** By default a missing archive is recorded behind the run, which goes on without one. */
    @ParameterizedTest
    @MethodSource("jdks")
    void theFirstRunDoesNotWaitForItsArchiveWhichIsRecordedBehindIt(Path jdk) throws Exception {
        var archive = recordedName(jdk);

        var process = start(jdk, BEHIND, ARGS);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        var recorder = readPid(lockOf(archive));
        if (recorder.isPresent()) {
            // Still recording after the run ended: it holds none of the run's terminal or pipes (the
            // caller's fds 3 and 4 included), or reading them to the end would wait for it.
            for (var fd : List.of("0", "1", "2")) {
                var target = Files.readSymbolicLink(Path.of("/proc", recorder.get(), "fd", fd));
                assertThat(target).as("fd %s of the recorder", fd).hasToString("/dev/null");
            }
            try (var fds = Files.list(Path.of("/proc", recorder.get(), "fd"))) {
                for (var fd : fds.toList()) {
                    var target = Files.readSymbolicLink(fd).toString();
                    assertThat(target)
                            .as("fd %s of the recorder", fd.getFileName())
                            .doesNotStartWith("pipe:");
                }
            } catch (java.nio.file.NoSuchFileException e) {
                // it finished meanwhile
            }
        }
        var first = finish(process);

        assertThat(first.code).isZero();
        assertThat(first.stdout).contains("\"verdict\": \"use-rust\"");
        assertThat(first.stderrWithoutDebug()).isEmpty();
        assertThat(first.debug()).doesNotContain("SharedArchiveFile", "AOTCache");
        awaitRecorded(archive);
        var second = launch(jdk, BEHIND);
        assertThat(second.archive()).isEqualTo(archive);
        assertThat(second.stdout).isEqualTo(first.stdout);
        assertThat(leftovers()).isEmpty();
    }

    /**
     * The recorder behind a run trains once that run has ended, or two seconds on: training beside it
     * slowed the run on two cores. This run waits on its stdin; no JVM of the recorder's may start
     * meanwhile, though one would be running throughout this window if the recorder did not wait.
     */
    @Test
    void theRecorderBehindARunWaitsForTheRunToEnd() throws Exception {
        var archive = recordedName(javaHome());

        var process = start(
                javaHome(), BEHIND, ProcessBuilder.Redirect.PIPE, "--no-input", "--answers", "-", "--format", "json");
        var seen = new ArrayList<String>();
        for (int i = 0; i < 12; i++) {
            Thread.sleep(100);
            seen.addAll(recorderJvms());
        }
        assertThat(process.isAlive()).as("still waiting on its stdin").isTrue();
        try (var stdin = process.getOutputStream()) {
            stdin.write("building: network-service\nlatency: critical\n".getBytes(StandardCharsets.UTF_8));
        }
        var run = finish(process);

        assertThat(seen).as("JVMs the recorder started while the run went on").isEmpty();
        assertThat(run.code).isZero();
        assertThat(run.stdout).contains("\"verdict\": \"use-rust\"");
        awaitRecorded(archive);
    }

    /** The command lines of the running JVMs that work in this test's cache: the recorder's. */
    private List<String> recorderJvms() {
        return ProcessHandle.allProcesses()
                .map(process -> process.info().commandLine().orElse(""))
                .filter(line -> line.contains("java") && line.contains(cache.toString()))
                .toList();
    }

    /** A collector chosen by the user's JVM options stays theirs; a second one would stop the JVM. */
    @ParameterizedTest
    @MethodSource("jdks")
    void aCollectorInTheUsersJvmOptionsIsNotContradicted(Path jdk) throws Exception {
        launch(jdk);

        for (var variable : List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS")) {
            for (var gc : List.of("-XX:+UseSerialGC", "-XX:+UseParallelGC", "-XX:+UseG1GC")) {
                var first = launch(jdk, Map.of(variable, gc, "SHOULD_I_RUST_ARCHIVE", "wait"));
                var again = launch(jdk, Map.of(variable, gc, "SHOULD_I_RUST_ARCHIVE", "wait"));

                assertThat(first.code)
                        .as("%s=%s: %s", variable, gc, first.stderr)
                        .isZero();
                assertThat(again.code)
                        .as("%s=%s with its archive: %s", variable, gc, again.stderr)
                        .isZero();
                assertThat(again.stdout).contains("\"verdict\": \"use-rust\"");
                assertThat(again.debug()).doesNotContain("-XX:+UseSerialGC", "-XX:+UseG1GC");
            }
        }
    }

    @Test
    void aRecordingUnderWayIsNotStartedTwice() throws Exception {
        var archive = recordedName(javaHome());
        var lock = lockOf(archive);
        Files.writeString(lock, ProcessHandle.current().pid() + "\n");

        var run = launch(javaHome(), BEHIND);
        Thread.sleep(3000);

        assertThat(run.code).isZero();
        assertThat(run.debug()).doesNotContain("SharedArchiveFile");
        assertThat(archive).doesNotExist();
        assertThat(leftovers()).containsExactly(lock);
    }

    @Test
    void aLockLeftByARecorderThatDiedIsTakenOver() throws Exception {
        var archive = recordedName(javaHome());
        var gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Files.writeString(lockOf(archive), gone.pid() + "\n");
        var halfWritten = Files.writeString(temporary(archive, gone.pid()), "half");
        // Another launcher that took the same lock over at the same moment records into its own files.
        var another =
                Files.writeString(temporary(archive, ProcessHandle.current().pid()), "recording");

        var run = launch(javaHome(), BEHIND);

        assertThat(run.code).isZero();
        awaitRecorded(archive);
        assertThat(halfWritten).doesNotExist();
        assertThat(another).exists();
        Files.delete(another);
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void archivesCanBeTurnedOff() throws Exception {
        var run = launch(javaHome(), Map.of("SHOULD_I_RUST_ARCHIVE", "off"));

        assertThat(run.code).isZero();
        assertThat(run.debug()).doesNotContain("SharedArchiveFile", "AOTCache");
        assertThat(cache).doesNotExist();
    }

    private static final Map<String, String> BEHIND = Map.of("SHOULD_I_RUST_ARCHIVE", "on");

    /** The archive this JDK's scripted runs get: recorded once to learn its name, then removed. */
    private Path recordedName(Path jdk) throws Exception {
        var archive = launch(jdk).archive();
        Files.delete(archive);
        Files.delete(Path.of(archive + ".seal"));
        return archive;
    }

    /** The file a recorder of this pid writes the archive to before moving it into place. */
    private static Path temporary(Path archive, long pid) {
        return archive.resolveSibling("." + archive.getFileName().toString().replace(".jsa", "." + pid + ".jsa"));
    }

    private static Path lockOf(Path archive) {
        var name = archive.getFileName().toString().replaceAll("\\.(jsa|aot)$", "");
        return archive.resolveSibling("." + name + ".recording");
    }

    private static java.util.Optional<String> readPid(Path lock) {
        try {
            return java.util.Optional.of(Files.readString(lock).strip()).filter(pid -> !pid.isEmpty());
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }

    /** Waits for the recorder behind a run to finish: the archive sealed and its lock gone. */
    private static void awaitRecorded(Path archive) throws InterruptedException {
        var lock = lockOf(archive);
        for (int i = 0; i < 600 && (Files.exists(lock) || !Files.exists(Path.of(archive + ".seal"))); i++) {
            Thread.sleep(100);
        }
        assertThat(Path.of(archive + ".seal")).as("recorded within a minute").exists();
        assertThat(lock).doesNotExist();
    }

    /** The feature release a JDK's release file names: JAVA_VERSION="25.0.3" is 25. */
    private static String feature(Path jdk) throws IOException {
        var version = Files.readAllLines(jdk.resolve("release")).stream()
                .filter(line -> line.startsWith("JAVA_VERSION="))
                .findFirst()
                .orElseThrow();
        return version.replaceAll("JAVA_VERSION=\"(\\d+).*", "$1");
    }

    private static Path javaHome() {
        return Path.of(System.getProperty("java.home"));
    }

    private Run launch(Path jdk) throws Exception {
        return launch(jdk, Map.of());
    }

    private Run launchWith(Path jdk, String... args) throws Exception {
        return launch(jdk, Map.of(), args);
    }

    private Run launch(Path jdk, Map<String, String> extra) throws Exception {
        return launch(jdk, extra, ARGS);
    }

    private Run launch(Path jdk, Map<String, String> extra, String... args) throws Exception {
        return finish(start(jdk, extra, args));
    }

    private Process start(Path jdk, Map<String, String> extra, String... args) throws IOException {
        return start(jdk, extra, ProcessBuilder.Redirect.from(new java.io.File("/dev/null")), args);
    }

    private Process start(Path jdk, Map<String, String> extra, ProcessBuilder.Redirect input, String... args)
            throws IOException {
        // As a harness or a shell can: more of the caller's pipes open than stdin, stdout and stderr.
        var command = new ArrayList<>(List.of(
                "bash",
                "-c",
                "exec 3>&1 4>&2; exec bash \"$0\" \"$@\"",
                root.resolve("bin/should-i-rust").toString()));
        command.addAll(List.of(args));
        var builder = new ProcessBuilder(command);
        Map<String, String> env = builder.environment();
        env.clear();
        env.putAll(new HashMap<>(Map.of(
                "PATH",
                System.getenv("PATH"),
                "HOME",
                home.toString(),
                "XDG_CACHE_HOME",
                cache.toString(),
                "JAVA_HOME",
                jdk.toString(),
                "SHOULD_I_RUST_LAUNCHER_DEBUG",
                "1",
                // These tests look at the archive a run made: recorded before it runs, not behind it.
                "SHOULD_I_RUST_ARCHIVE",
                "wait")));
        env.putAll(extra);
        builder.redirectInput(input);
        return builder.start();
    }

    private static Run finish(Process process) throws Exception {
        var stdout = process.getInputStream().readAllBytes();
        var stderr = process.getErrorStream().readAllBytes();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(
                process.exitValue(),
                new String(stdout, StandardCharsets.UTF_8),
                new String(stderr, StandardCharsets.UTF_8));
    }

    /** The part of an archive's name that the kept key holds: jdk17-1-2-3 of jdk17-1-2-3-scripted.jsa. */
    private static String archiveKey(Path archive) {
        var name = archive.getFileName().toString();
        return name.substring(0, name.lastIndexOf('-'));
    }

    private Path onlyKeptKey() throws IOException {
        try (var files = Files.list(cache.resolve("should-i-rust/keys"))) {
            return files.filter(p -> !p.getFileName().toString().equals("java-on-path"))
                    .collect(java.util.stream.Collectors.collectingAndThen(
                            java.util.stream.Collectors.toList(), list -> {
                                assertThat(list).hasSize(1);
                                return list.get(0);
                            }));
        }
    }

    private List<Path> leftovers() throws IOException {
        try (var files = Files.list(cache.resolve("should-i-rust"))) {
            return files.filter(p -> p.getFileName().toString().startsWith(".")).toList();
        }
    }

    private void rewriteJarWithExtraEntry() throws IOException {
        copyJar(name -> true, "META-INF/rebuilt.txt");
    }

    private void removeFromJar(String entry) throws IOException {
        copyJar(name -> !name.equals(entry), null);
    }

    private void copyJar(java.util.function.Predicate<String> keep, String extra) throws IOException {
        var copy = jar.resolveSibling("copy.jar");
        try (var in = new ZipInputStream(Files.newInputStream(jar));
                var out = new ZipOutputStream(Files.newOutputStream(copy))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                if (keep.test(entry.getName())) {
                    out.putNextEntry(new ZipEntry(entry.getName()));
                    in.transferTo(out);
                    out.closeEntry();
                }
            }
            if (extra != null) {
                out.putNextEntry(new ZipEntry(extra));
                out.write("changed".getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        Files.move(copy, jar, StandardCopyOption.REPLACE_EXISTING);
    }

    record Run(int code, String stdout, String stderr) {
        /** The command line the launcher ran (SHOULD_I_RUST_LAUNCHER_DEBUG). */
        String debug() {
            return stderr.lines()
                    .filter(l -> l.startsWith("should-i-rust: running:"))
                    .findFirst()
                    .orElse("");
        }

        String stderrWithoutDebug() {
            return String.join(
                    "\n",
                    stderr.lines()
                            .filter(l -> !l.startsWith("should-i-rust: running:"))
                            .toList());
        }

        Path archive() {
            var matcher = ARCHIVE_FLAG.matcher(debug());
            assertThat(matcher.find()).as("an archive flag in: %s", stderr).isTrue();
            return Path.of(matcher.group(1));
        }
    }
}
