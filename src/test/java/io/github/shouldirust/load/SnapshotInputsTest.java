package io.github.shouldirust.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build keeps the rules snapshot it has only while everything it is made from is unchanged. */
class SnapshotInputsTest {
    @TempDir
    Path dir;

    Path rules;
    Path pom;
    Path classes;
    Path load;

    @BeforeEach
    void aBuiltSnapshot() throws IOException {
        rules = Files.writeString(dir.resolve("rust.yaml"), "schema: 1\n");
        pom = Files.writeString(dir.resolve("pom.xml"), "<jackson.version>2.18</jackson.version>\n");
        classes = dir.resolve("classes");
        load = Files.createDirectories(classes.resolve("io/github/shouldirust/load"));
        Files.createDirectories(classes.resolve("io/github/shouldirust/core"));
        Files.createDirectories(classes.resolve("io/github/shouldirust/cli"));
        Files.write(classes.resolve("io/github/shouldirust/core/RuleSet.class"), new byte[] {1, 2});
        Files.write(load.resolve("RulesLoader.class"), new byte[] {3});
        Files.write(load.resolve(SnapshotWriter.CLASS_NAME + ".class"), new byte[] {4});
        SnapshotInputs.of(rules, classes, pom).record();
    }

    @Test
    void unchangedInputsKeepTheSnapshot() throws IOException {
        // The snapshot itself, and code outside the core and the loader, are not inputs.
        Files.write(load.resolve(SnapshotWriter.CLASS_NAME + ".class"), new byte[] {5});
        Files.write(classes.resolve("io/github/shouldirust/cli/Dash.class"), new byte[] {6});

        assertThat(SnapshotInputs.of(rules, classes, pom).upToDate()).isTrue();
        assertThat(dir.resolve("classes.rules-snapshot.key")).exists();
        assertThat(classes.resolve("classes.rules-snapshot.key")).doesNotExist();
    }

    @Test
    void anEditedRulesFileMakesItAgain() throws IOException {
        Files.writeString(rules, "schema: 1\n# edited\n");

        assertThat(SnapshotInputs.of(rules, classes, pom).upToDate()).isFalse();
    }

    @Test
    void aChangedPomMakesItAgain() throws IOException {
        Files.writeString(pom, "<jackson.version>2.19</jackson.version>\n");

        assertThat(SnapshotInputs.of(rules, classes, pom).upToDate()).isFalse();
    }

    @Test
    void aChangedCoreOrLoaderClassMakesItAgain() throws IOException {
        Files.write(classes.resolve("io/github/shouldirust/core/RuleSet.class"), new byte[] {1, 2, 3});
        assertThat(SnapshotInputs.of(rules, classes, pom).upToDate()).isFalse();

        aBuiltSnapshot();
        Files.write(load.resolve("RuleDecoder.class"), new byte[] {7});
        assertThat(SnapshotInputs.of(rules, classes, pom).upToDate()).isFalse();
    }

    @Test
    void aMissingSnapshotOrKeyMakesItAgain() throws IOException {
        Files.delete(load.resolve(SnapshotWriter.CLASS_NAME + ".class"));
        assertThat(SnapshotInputs.of(rules, classes, pom).upToDate()).isFalse();

        aBuiltSnapshot();
        Files.delete(dir.resolve("classes.rules-snapshot.key"));
        assertThat(SnapshotInputs.of(rules, classes, pom).upToDate()).isFalse();
    }
}
