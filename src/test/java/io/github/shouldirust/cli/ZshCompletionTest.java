package io.github.shouldirust.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.shouldirust.support.Shell;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The completion script in a real interactive zsh, through bashcompinit as docs/install.md says to load it
 * (issue 15). zsh completes differently from bash: it splits no words at '=' and its compgen -f globs
 * the completion's prefix, not the word, so {@code --answers=FILE} needs its own care. Each line is typed
 * on a pseudo-terminal (src/test/resources/launcher/pty-session.py), Tab pressed, and the line as
 * completed printed back with {@code print -r --}. Skipped where zsh or python3 is not installed; CI
 * installs zsh.
 */
class ZshCompletionTest {
    private static final Path DRIVER =
            Path.of("src/test/resources/launcher/pty-session.py").toAbsolutePath();

    @TempDir
    Path dir;

    @Test
    void completesAttachedValuesListsAndFilesAsBashDoes() throws Exception {
        assumeTrue(Shell.has("zsh"), "zsh is not installed");
        assumeTrue(Shell.has("python3"), "python3 drives the pseudo-terminal");
        var script = Docs.write(dir).get(0);
        Files.createDirectories(dir.resolve("files"));
        Files.writeString(dir.resolve("files/answers.yaml"), "latency: critical\n");

        var completed = completeInZsh(
                script,
                List.of(
                        "should-i-rust --answers=files/an",
                        "should-i-rust --answers=fil",
                        "should-i-rust --answers files/an",
                        "should-i-rust --format=j",
                        "should-i-rust -a deployment=single-binary,f",
                        "should-i-rust --fail-on avoid-rust,c",
                        "should-i-rust rules ch"));

        assertThat(completed)
                .containsExactly(
                        "should-i-rust --answers=files/answers.yaml",
                        "should-i-rust --answers=files",
                        "should-i-rust --answers files/answers.yaml",
                        "should-i-rust --format=json",
                        "should-i-rust -a deployment=single-binary,fast-startup",
                        "should-i-rust --fail-on avoid-rust,consider-rust",
                        "should-i-rust rules check");
    }

    /** Each line as zsh completes it after one Tab, trailing space dropped. */
    private List<String> completeInZsh(Path script, List<String> lines) throws IOException {
        // A ~/.zshrc that only sources the script, as docs/install.md says (the script loads compinit and
        // bashcompinit itself). The GOT marker is typed split by quotes, so a wait matches zsh's output, not the echo.
        Files.writeString(dir.resolve(".zshrc"), "PROMPT='> '\nsource '" + script + "'\nprint SOURCED\n");
        var args = new ArrayList<>(List.of("python3", DRIVER.toString(), "30", "200", "wait:SOURCED"));
        for (var line : lines) {
            // Tab, then Ctrl-A and a print in front of the completed line, then Enter.
            args.addAll(List.of("send:" + line + "\t", "sleep:0.5", "send:\\x01print -r -- GO''T: \\r", "wait:GOT:"));
        }
        args.addAll(List.of("send:exit\\r", "--", "zsh", "-d", "-i"));
        var result = Shell.runIn(
                dir,
                Map.of(
                        "PATH",
                        System.getenv("PATH"),
                        "HOME",
                        dir.toString(),
                        "ZDOTDIR",
                        dir.toString(),
                        "TERM",
                        "xterm",
                        "LANG",
                        "C.UTF-8"),
                60,
                args);
        assertThat(result.exitCode()).as("%s", result).isZero();
        return result.stdout()
                .lines()
                .map(l -> l.replaceAll("\u001b\\[[0-9;?]*[A-Za-z]|\r", ""))
                .filter(l -> l.startsWith("GOT: "))
                .map(l -> l.substring(5).stripTrailing())
                .toList();
    }
}
