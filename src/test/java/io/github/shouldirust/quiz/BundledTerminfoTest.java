package io.github.shouldirust.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.shouldirust.load.SnapshotWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jline.utils.InfoCmp;
import org.jline.utils.InfoCmp.Capability;
import org.junit.jupiter.api.Test;

/**
 * {@link BundledTerminfo} is JLine's own parse of the terminal descriptions it carries, written out as
 * Java: for each type, exactly the capabilities JLine would have read. After a JLine upgrade that changes
 * them, this fails; regenerate the table with
 * {@code ./mvnw -o test -Dtest=BundledTerminfoTest -Dregenerate=true}.
 */
class BundledTerminfoTest {
    /** JLine's bundled types a POSIX terminal can have, but the dumb ones, which JLine opens its own way. */
    static final List<String> TYPES = List.of(
            "ansi",
            "xterm",
            "xterm-256color",
            "screen",
            "screen-256color",
            "rxvt-unicode",
            "rxvt-unicode-256color",
            "rxvt-basic",
            "rxvt");

    private static final Path SOURCE = Path.of("src/main/java/io/github/shouldirust/quiz/BundledTerminfo.java");

    @Test
    void eachTypesTableIsWhatJlineParsesFromItsOwnDescription() throws IOException {
        if (Boolean.getBoolean("regenerate")) {
            Files.writeString(SOURCE, source(), StandardCharsets.UTF_8);
        }
        for (var type : TYPES) {
            var expected = new Parsed();
            InfoCmp.parseInfoCmp(InfoCmp.getDefaultInfoCmp(type), expected.bools, expected.ints, expected.strings);
            var table = BundledTerminfo.of(type);
            assertThat(table)
                    .as("%s is in the table (regenerate it: see this test's comment)", type)
                    .isNotNull();
            var actual = new Parsed();
            KnownTypeTerminal.fill(table, actual.bools, actual.ints, actual.strings);
            assertThat(actual.bools).as("%s booleans", type).isEqualTo(expected.bools);
            assertThat(actual.ints).as("%s numbers", type).isEqualTo(expected.ints);
            assertThat(actual.strings).as("%s strings", type).isEqualTo(expected.strings);
        }
    }

    @Test
    void aTypeJlineDoesNotCarryHasNoTable() {
        assertThat(BundledTerminfo.of("vt100")).isNull();
        assertThat(BundledTerminfo.of("dumb")).isNull();
        assertThat(BundledTerminfo.of("windows-256color")).isNull();
    }

    private record Parsed(Set<Capability> bools, Map<Capability, Integer> ints, Map<Capability, String> strings) {
        Parsed() {
            this(new HashSet<>(), new HashMap<>(), new HashMap<>());
        }
    }

    private static String source() {
        var out = new StringBuilder();
        out.append("package io.github.shouldirust.quiz;\n\n");
        out.append("/**\n");
        out.append(
                " * JLine's own parse of the terminal descriptions it carries, one line per capability (\"b NAME\",\n");
        out.append(
                " * \"i NAME VALUE\", \"s NAME VALUE\", tab-separated), read by KnownTypeTerminal. Generated from\n");
        out.append(" * " + jlineVersion()
                + " by BundledTerminfoTest, which holds it equal to JLine's parse: do not edit.\n");
        out.append(" */\n");
        out.append("final class BundledTerminfo {\n");
        out.append("    private BundledTerminfo() {}\n\n");
        out.append("    /** The type's capabilities, or null where JLine carries no description of it. */\n");
        out.append("    static String of(String type) {\n");
        out.append("        return switch (type) {\n");
        for (var type : TYPES) {
            var parsed = new Parsed();
            InfoCmp.parseInfoCmp(InfoCmp.getDefaultInfoCmp(type), parsed.bools, parsed.ints, parsed.strings);
            var lines = new TreeMap<String, String>();
            parsed.bools.forEach(c -> lines.put(c.name(), "b\t" + c.name() + "\n"));
            parsed.ints.forEach((c, v) -> lines.put(c.name(), "i\t" + c.name() + "\t" + v + "\n"));
            parsed.strings.forEach((c, v) -> lines.put(c.name(), "s\t" + c.name() + "\t" + v + "\n"));
            // One literal per type: the table is data, read by code, never by people line by line.
            out.append("            case \"").append(type).append("\" -> ");
            out.append(SnapshotWriter.literal(String.join("", lines.values()))).append(";\n");
        }
        out.append("            default -> null;\n");
        out.append("        };\n");
        out.append("    }\n");
        out.append("}\n");
        return out.toString();
    }

    private static String jlineVersion() {
        var properties = new java.util.Properties();
        try (var in = InfoCmp.class.getResourceAsStream("/META-INF/maven/org.jline/jline-terminal/pom.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            // named without its version
        }
        return "JLine " + properties.getProperty("version", "");
    }
}
