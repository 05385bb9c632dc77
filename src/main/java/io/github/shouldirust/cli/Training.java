package io.github.shouldirust.cli;

import io.github.shouldirust.quiz.QuizTerminal;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.ExternalTerminal;

/**
 * The run that bin/should-i-rust records its class-data archive from: the program's common paths (a
 * scripted verdict in each format, the questions, help, an answers file, a rules check and test, a
 * comparison and a quiz), with
 * all output thrown away. What it loads and links here, later runs find ready-made in the archive.
 */
public final class Training {
    private static final String[] NETWORK_SERVICE = {
        "--no-input",
        "-a",
        "building=network-service",
        "-a",
        "latency=critical",
        "-a",
        "deployment=single-binary,fast-startup"
    };

    private Training() {}

    /**
     * @param args the archive's profile, as the launcher names it: "scripted" for runs that cannot become
     *     a quiz (--no-input, or no terminal), "commands" for the subcommands and --help (JDK 25+), "full"
     *     (the default) for everything. JDK 25's AOT cache loads every class it holds at start, so each
     *     profile holds only its own paths: a scripted run no quiz, parser-free command or subcommand
     *     classes, a subcommand none of the quiz's (JLine's terminal and the quiz cost rules check ~14 ms).
     */
    public static void main(String[] args) {
        var profile = args.length > 0 ? args[0] : "full";
        if (!profile.equals("commands")) {
            scriptedPaths();
        }
        if (profile.equals("scripted")) {
            return;
        }
        commandPaths();
        if (profile.equals("commands")) {
            return;
        }
        // Enter through every question, then Ctrl-D at the offer to save: the quiz's classes, without a tty.
        run(new AtScriptedTerminal("\r".repeat(40) + "\u0004"), "--format", "json");
        // A quiz that settles: down to "a mobile app", the settled notice, then the card.
        run(new AtScriptedTerminal("\u001b[B".repeat(13) + "\r\r\u0004"));
        QuizTerminal.openForTraining();
    }

    private static void scriptedPaths() {
        // Every format, so one added later is in the archive without anyone remembering to add it here.
        // Each with --explain too: every format has its own trace writer (json's was missing, and loading
        // it opened the jar: 3.5 ms of an explain run on JDK 17).
        for (var format : OutputFormat.values()) {
            scripted("--format", format.name());
            scripted("--format", format.name(), "--explain");
        }
        run(new Quiet(), "--no-input", "--fail-on", "avoid-rust", "-a", "building=script");
        run(new Quiet(), "--version");
        // CI reads answers files and layers its policy: the YAML parser is a scripted path too. The file
        // as the quiz saves one, naming its rules.
        runWithStdin(
                new Quiet(),
                "# saved\nrules: why-rust\nbuilding: cli-tool\nlifespan: years\nteam-languages: [go, rust]\n",
                "--no-input",
                "--answers",
                "-");
        withLayer(layer -> run(new Quiet(), "--no-input", "--rules", layer, "-a", "building=backend-app"));
    }

    private static void commandPaths() {
        run(new Quiet(), "questions");
        run(new Quiet(), "questions", "--format", "json");
        run(new Quiet(), "--help");
        run(new Quiet(), "help", "rules");
        run(new Quiet(), "--version");
        run(new Quiet(), "--no-such-flag");
        run(new Quiet(), "schema", "output");
        run(new Quiet(), "rules", "check");
        run(new Quiet(), "rules", "test");
        // CI checks and tests a team's layer, which the bundled rules' snapshot does not exercise.
        withLayer(layer -> {
            run(new Quiet(), "rules", "check", layer);
            run(new Quiet(), "rules", "test", layer);
        });
        compare();
    }

    /**
     * A layer in the shape teams write (a claim, a question, flow-style lists, all/any/not, an example),
     * so that decoding each of those is in the archive: a two-line layer left ~40 classes and lambdas of
     * a real one's run outside it. From a temporary file; skipped where none can be made.
     */
    private static void withLayer(java.util.function.Consumer<String> runs) {
        try {
            var layer = java.nio.file.Files.createTempFile("should-i-rust-training", ".yaml");
            try {
                java.nio.file.Files.writeString(layer, LAYER);
                runs.accept(layer.toString());
            } finally {
                java.nio.file.Files.deleteIfExists(layer);
            }
        } catch (java.io.IOException e) {
            // no temporary file: the archive goes without the layered paths
        }
    }

    static final String LAYER = """
            # Training: a layer in the shape teams write.
            schema: 1
            id: training
            version: 1.0.0
            title: "Training"
            extends: why-rust
            claims:
              - id: training-claim
                kind: domain
                section: Training
                statement: "A team's own claim."
            questions:
              - id: platform
                type: single
                prompt: "Which platform will it run on?"
                help: "Where it runs."
                options:
                  - { value: k8s, label: "Kubernetes" }
                  - { value: edge, label: "The edge" }
            rules:
              - { id: hiring-at-scale, score: -1 }
              - id: training-rule
                when: { all: [ { building: [network-service, backend-app] }, { any: [ { platform: edge }, { not: { team-languages: [rust] } } ] } ] }
                score: 1
                languages: { go: -1 }
                text: "A team's own rule."
                claims: [training-claim]
              - id: training-cap
                when: { building: web-frontend }
                score: -1
                cap: { at-most: avoid-rust, languages: [typescript] }
                text: "A team's own limit."
                claims: [training-claim]
            examples:
              - name: a team's own example
                answers: { building: backend-app, platform: edge }
                verdict: consider-rust
            """;

    /**
     * Two people who disagree, so the comparison's disagreements and combined answers are trained; Ana's
     * file as the quiz saves one, naming its rules.
     */
    private static void compare() {
        try {
            var ana = java.nio.file.Files.createTempFile("should-i-rust-training", ".yaml");
            var bo = java.nio.file.Files.createTempFile("should-i-rust-training", ".yaml");
            try {
                java.nio.file.Files.writeString(
                        ana,
                        "# saved\nname: Ana\nrules: why-rust\nbuilding: cli-tool\nlatency: critical\n"
                                + "team-languages: [go, rust]\n");
                java.nio.file.Files.writeString(bo, "name: Bo\nbuilding: backend-app\nlatency: unimportant\n");
                run(new Quiet(), "compare", ana.toString(), bo.toString());
            } finally {
                java.nio.file.Files.deleteIfExists(ana);
                java.nio.file.Files.deleteIfExists(bo);
            }
        } catch (java.io.IOException e) {
            // no temporary files: the archive goes without comparing
        }
    }

    private static void scripted(String... format) {
        var args = new String[NETWORK_SERVICE.length + format.length];
        System.arraycopy(NETWORK_SERVICE, 0, args, 0, NETWORK_SERVICE.length);
        System.arraycopy(format, 0, args, NETWORK_SERVICE.length, format.length);
        run(new Quiet(), args);
    }

    private static void run(Environment env, String... args) {
        runWithStdin(env, "", args);
    }

    private static void runWithStdin(Environment env, String stdin, String... args) {
        var nowhere = new PrintWriter(Writer.nullWriter());
        var in = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
        ShouldIRust.run(nowhere, nowhere, in, env, args);
    }

    /**
     * The real environment's variables and terminal checks (their code is on every run's path, so it
     * belongs in the archive), but never a prompt and never colour: output goes nowhere anyway.
     */
    private static class Quiet implements Environment {
        private final Environment system = Environment.system();

        @Override
        public String variable(String name) {
            system.variable(name);
            return null;
        }

        @Override
        public boolean stdoutIsTerminal() {
            system.stdoutIsTerminal();
            system.canPrompt();
            return false;
        }
    }

    /** A person at a terminal, played from a script of keys on a pure-Java terminal. */
    private static final class AtScriptedTerminal extends Quiet {
        private final String keys;

        AtScriptedTerminal(String keys) {
            this.keys = keys;
        }

        @Override
        public boolean canPrompt() {
            return true;
        }

        @Override
        public Terminal openTerminal() throws java.io.IOException {
            var in = new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8));
            var terminal = new ExternalTerminal(
                    "training", "xterm-256color", in, OutputStream.nullOutputStream(), StandardCharsets.UTF_8);
            terminal.setSize(new Size(100, 40));
            return terminal;
        }
    }
}
