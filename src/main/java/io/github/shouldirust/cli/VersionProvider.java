package io.github.shouldirust.cli;

import io.github.shouldirust.load.LoadException;
import io.github.shouldirust.load.RulesLoader;
import java.io.IOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** "should-i-rust 0.1.0 (rules why-rust 1.0.0)": the tool's version and the bundled rules' version. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String rules;
        try {
            rules = RulesLoader.bundled().describe();
        } catch (LoadException e) {
            rules = "unreadable: " + e.getMessage();
        }
        return new String[] {"should-i-rust " + toolVersion() + " (rules " + rules + ")"};
    }

    static String toolVersion() {
        var properties = new Properties();
        try (var in = VersionProvider.class.getResourceAsStream("/io/github/shouldirust/version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return properties.getProperty("version", "unknown");
    }
}
