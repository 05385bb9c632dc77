package io.github.shouldirust.support;

import io.github.shouldirust.load.YamlReader;

/** Hostile YAML shared by the tests that must refuse it. */
public final class HostileYaml {
    private HostileYaml() {}

    /** Nine levels of nine aliases each: a billion "lol"s once expanded. */
    public static String billionLaughs() {
        var yaml =
                new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char level = 'b'; level <= 'i'; level++) {
            var previous = (char) (level - 1);
            yaml.append(level).append(": &").append(level).append(" [");
            for (int i = 0; i < 9; i++) {
                yaml.append(i == 0 ? "" : ",").append('*').append(previous);
            }
            yaml.append("]\n");
        }
        return yaml.toString();
    }

    /** Comment lines, just over the size limit. */
    public static String overLimit() {
        var line = "# a comment line that makes the file large, and nothing else\n";
        return line.repeat(YamlReader.MAX_BYTES / line.length() + 1);
    }
}
