package io.github.shouldirust.cli;

import static io.github.shouldirust.cli.AdviseCommandTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.shouldirust.support.Cli;
import io.github.shouldirust.support.Project;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 5: a team's rules file layered over the bundled one changes the advice, and says so. */
class LayeredRulesTest {
    private static final String ACME =
            Project.root().resolve("rules/examples/acme-policy.yaml").toString();
    private static final String[] PAYMENTS_API = {
        "--no-input",
        "--format",
        "json",
        "-a",
        "building=backend-app",
        "-a",
        "latency=critical",
        "-a",
        "team-languages=java-kotlin-csharp",
        "-a",
        "rust-experience=none",
        "-a",
        "lifespan=years"
    };

    @TempDir
    Path dir;

    private static String[] with(String[] args, String... more) {
        var all = new java.util.ArrayList<>(java.util.List.of(args));
        all.addAll(java.util.List.of(more));
        return all.toArray(String[]::new);
    }

    @Test
    void aLayeredPolicyChangesTheVerdictAndNamesTheFileAndRuleOfEachReason() throws IOException {
        var essay = parse(Cli.run(PAYMENTS_API));
        var acme = parse(Cli.run(with(PAYMENTS_API, "--rules", ACME, "-a", "platform=acme-k8s")));

        assertThat(essay.get("verdict").asText()).isEqualTo("consider-rust");
        assertThat(acme.get("verdict").asText()).isEqualTo("use-rust");
        assertThat(acme.get("reasons"))
                .anySatisfy(reason -> {
                    assertThat(reason.get("rule").asText()).isEqualTo("acme-latency-critical-service");
                    assertThat(reason.get("source").asText()).isEqualTo(ACME);
                })
                .anySatisfy(reason -> assertThat(reason.get("source").asText()).isEqualTo("rules/rust.yaml"));
        assertThat(acme.get("rules").get("id").asText()).isEqualTo("acme-policy");
    }

    @Test
    void aLayerCanChangeOnlyARulesWeight() throws IOException {
        var layer = Files.writeString(
                dir.resolve("weights.yaml"),
                "schema: 1\nid: heavier\nversion: '1'\n"
                        + "extends: why-rust\nrules:\n  - { id: latency-critical, score: 9 }\n");

        var result =
                parse(Cli.run("--no-input", "--format", "json", "--rules", layer.toString(), "-a", "latency=critical"));

        assertThat(result.get("reasons")).anySatisfy(reason -> {
            assertThat(reason.get("rule").asText()).isEqualTo("latency-critical");
            assertThat(reason.get("effect").asInt()).isEqualTo(9);
            assertThat(reason.get("source").asText()).isEqualTo(layer.toString());
            assertThat(reason.get("text").asText()).startsWith("Critical tail latency");
        });
    }

    @Test
    void aLayerCannotRedefineAQuestion() throws IOException {
        var layer = Files.writeString(
                dir.resolve("bad.yaml"),
                "schema: 1\nid: bad\nversion: '1'\nextends: why-rust\n"
                        + "questions:\n  - id: latency\n    type: single\n    prompt: Again?\n    help: No.\n"
                        + "    options: [{ value: x, label: X }]\n");

        var result = Cli.run("--no-input", "--rules", layer.toString());

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.stderr())
                .isEqualTo("should-i-rust: " + layer + ":6:9: question 'latency' is already "
                        + "defined by 'why-rust'; a layer can add questions but not change them\n");
    }

    /**
     * A layer may replace a claim of the rules it extends, and so break a rule there that cites it. Using
     * the layer is refused; rules check must not call it ok, and says where the break shows.
     */
    @Test
    void rulesCheckRefusesALayerThatBreaksTheRulesItExtends() throws IOException {
        var layer = Files.writeString(
                dir.resolve("team.yaml"),
                "schema: 1\nid: team\nversion: '1'\nextends: why-rust\nclaims:\n"
                        + "  - { id: ev-discord-read-states, kind: domain, section: X, statement: Not evidence. }\n");

        var use = Cli.run("--no-input", "--rules", layer.toString(), "-a", "building=cli-tool");
        var check = Cli.run("rules", "check", layer.toString());

        assertThat(use.exitCode()).isEqualTo(3);
        var breaks = use.stderr()
                .lines()
                .map(line -> line.replace("should-i-rust: ", ""))
                .toList();
        assertThat(breaks)
                .isNotEmpty()
                .allSatisfy(
                        line -> assertThat(line).startsWith("rules/rust.yaml:").contains("its kind is domain"));
        assertThat(check.exitCode()).isEqualTo(3);
        assertThat(check.stdout())
                .isEqualTo(breaks.stream()
                                .map(line -> layer + ":1:1: breaks the rules it extends: " + line + "\n")
                                .collect(java.util.stream.Collectors.joining())
                        + layer + ": " + breaks.size() + " errors\n");
    }

    @Test
    void aLayerMustExtendWhatItLaysOver() throws IOException {
        var layer = Files.writeString(dir.resolve("other.yaml"), "schema: 1\nid: x\nversion: '1'\nextends: nope\n");

        var result = Cli.run("--no-input", "--rules", layer.toString());

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.stderr())
                .isEqualTo("should-i-rust: " + layer + ":4:10: this file extends 'nope', but the "
                        + "rules it layers over are 'why-rust' ('extends' takes the id of the rules from the --rules before "
                        + "it, or of the bundled rules when it comes first)\n");
    }

    @Test
    void theWorkedExampleChecksAndItsExamplesPass() {
        var check = Cli.run("rules", "check", ACME);
        var test = Cli.run("rules", "test", "--min-coverage", "100", ACME);

        assertThat(check.exitCode()).as("%s", check).isZero();
        assertThat(check.stdout()).isEqualTo(ACME + ": ok\n");
        assertThat(test.exitCode()).as("%s", test).isZero();
        assertThat(test.stdout()).contains("0 failed; rule coverage 100%");
    }
}
