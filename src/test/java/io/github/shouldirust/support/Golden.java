package io.github.shouldirust.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

/**
 * Output compared with a file under src/test/resources/golden. After an intended change, regenerate with
 * {@code ./mvnw test -Dgolden.update=true} and review the diff before committing it.
 */
public final class Golden {
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    private Golden() {}

    public static void assertMatches(String file, String actual) throws IOException {
        var golden = Project.root().resolve("src/test/resources/golden").resolve(file);
        if (UPDATE) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            return;
        }
        assertThat(golden)
                .as("golden file %s is missing; generate it with -Dgolden.update=true", golden)
                .exists();
        assertThat(actual)
                .as(
                        "output differs from %s; if the change is intended, regenerate with "
                                + "-Dgolden.update=true and review the diff",
                        Project.root().relativize(golden))
                .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
