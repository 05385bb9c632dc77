package io.github.shouldirust.essay;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.shouldirust.core.Evaluator;
import io.github.shouldirust.core.Report;
import io.github.shouldirust.core.RuleSet;
import io.github.shouldirust.load.RulesLoader;
import io.github.shouldirust.render.JsonRenderer;
import io.github.shouldirust.support.Cli;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Issue 2: the same answers give byte-identical output, whatever order they were given in. */
class DeterminismPropertyTest {
    private static final long BASE_SEED = 7_000_000L;
    private static final int ANSWER_SETS = 1_000;

    private static RuleSet rules;

    @BeforeAll
    static void load() throws Exception {
        rules = RulesLoader.bundled();
    }

    private static String json(Map<String, List<String>> raw) throws Exception {
        var out = new StringWriter();
        JsonRenderer.render(Report.of(Evaluator.evaluate(rules, rules.check(raw))), true, out);
        return out.toString();
    }

    @Test
    void sameAnswersGiveIdenticalJsonTwice() throws Exception {
        for (int i = 0; i < ANSWER_SETS; i++) {
            long seed = BASE_SEED + i;
            var raw = RandomAnswers.generate(rules, new Random(seed));

            assertThat(json(raw)).as("seed %d, answers %s", seed, raw).isEqualTo(json(raw));
        }
    }

    @Test
    void answersInAnotherOrderGiveIdenticalJson() throws Exception {
        for (int i = 0; i < ANSWER_SETS; i++) {
            long seed = BASE_SEED + i;
            var random = new Random(seed);
            var raw = RandomAnswers.generate(rules, random);
            var shuffled = RandomAnswers.shuffled(raw, random);

            assertThat(json(shuffled))
                    .as("seed %d, answers %s reordered as %s", seed, raw, shuffled)
                    .isEqualTo(json(raw));
        }
    }

    @Test
    void flagsInAnotherOrderGiveIdenticalOutputFromTheCli() {
        var flags = new ArrayList<>(List.of(
                "-a",
                "building=cli-tool",
                "-a",
                "lifespan=years",
                "-a",
                "deployment=single-binary,fast-startup,cross-platform",
                "-a",
                "team-languages=python,go,rust",
                "-a",
                "latency=important",
                "-a",
                "hiring=no"));
        var first = Cli.run(args(flags, "json"));
        var firstText = Cli.run(args(flags, "text"));

        var pairs = new ArrayList<List<String>>();
        for (int i = 0; i < flags.size(); i += 2) {
            pairs.add(List.of(
                    flags.get(i),
                    flags.get(i + 1)
                            .replace(
                                    "single-binary,fast-startup,cross-platform",
                                    "cross-platform,single-binary,fast-startup")
                            .replace("python,go,rust", "rust,python,go")));
        }
        Collections.shuffle(pairs, new Random(BASE_SEED));
        var reordered = pairs.stream().flatMap(List::stream).toList();

        assertThat(first.exitCode()).isZero();
        assertThat(Cli.run(args(reordered, "json")).stdout()).isEqualTo(first.stdout());
        assertThat(Cli.run(args(reordered, "text")).stdout()).isEqualTo(firstText.stdout());
    }

    private static String[] args(List<String> flags, String format) {
        var args = new ArrayList<>(flags);
        args.add("--format");
        args.add(format);
        return args.toArray(String[]::new);
    }
}
