package io.github.shouldirust.cli;

import io.github.shouldirust.core.RuleSet;
import io.github.shouldirust.load.LoadException;
import picocli.CommandLine.IVersionProvider;

/**
 * {@code --version}: the tool's version and the version of the rules this run would use (the bundled
 * ones, or those given with --rules, layers joined by " + "), then the Java runtime, for bug reports.
 */
final class VersionProvider implements IVersionProvider {
    /** The rules as the command line names them; read when --version is asked, after parsing. */
    interface Rules {
        RuleSet load() throws LoadException;
    }

    private final Rules rules;

    VersionProvider(Rules rules) {
        this.rules = rules;
    }

    @Override
    public String[] getVersion() {
        String described;
        try {
            described = rules.load().describe();
        } catch (LoadException e) {
            described = "unreadable: " + e.problems().get(0);
        }
        return new String[] {
            "should-i-rust " + toolVersion() + " (rules " + described + ")",
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ") on "
                    + System.getProperty("os.name") + " " + System.getProperty("os.arch")
        };
    }

    static String toolVersion() {
        return ToolVersion.VALUE;
    }
}
