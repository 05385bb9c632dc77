package io.github.shouldirust.essay;

import io.github.shouldirust.core.Evaluator;
import io.github.shouldirust.core.Verdict;
import io.github.shouldirust.load.RulesLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Not a test: a survey of the bundled rules' advice over seeded random project profiles. Writes one TSV
 * row per profile to the path in args[0] and prints a summary to stdout.
 *
 * <p>Issue 11's before/after figures come from it. Run with the test classpath: {@code java -cp target/classes:target/test-classes:<deps>
 * io.github.shouldirust.essay.AdviceSurvey /tmp/survey.tsv}
 */
public final class AdviceSurvey {
    static final int PROFILES = 10_000;
    static final long BASE_SEED = 20261129L;
    static final List<String> NOT_RUST_DOMAINS =
            List.of("mobile-app", "desktop-gui", "ml-training", "data-exploration", "script");

    private AdviceSurvey() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: AdviceSurvey OUTPUT.tsv");
            System.exit(2);
        }
        var rules = RulesLoader.bundled();
        var verdicts = new EnumMap<Verdict, Integer>(Verdict.class);
        for (var verdict : Verdict.values()) {
            verdicts.put(verdict, 0);
        }
        int firstLanguage = 0;
        int firstLanguageUseRust = 0;
        int firstLanguageOtherRecommendation = 0;
        var domainUseRust = new LinkedHashMap<String, Integer>();
        NOT_RUST_DOMAINS.forEach(domain -> domainUseRust.put(domain, 0));
        int ties = 0;
        var tieBreaks = new java.util.TreeMap<String, Integer>();

        try (var out = new PrintWriter(Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8))) {
            out.print("seed\tverdict\tscore\trecommendation\ttie\tanswers\ttiebreak\n");
            for (int i = 0; i < PROFILES; i++) {
                long seed = BASE_SEED + i;
                var answers = rules.check(RandomAnswers.generate(rules, new Random(seed)));
                var evaluation = Evaluator.evaluate(rules, answers);
                var verdict = evaluation.verdict();
                var alternatives = evaluation.alternatives();
                // Decided by a tie: the first two alternatives level on fit, whatever broke it afterwards
                // (tieBreak says what: team, essay, or the file's order, reported as a tie).
                boolean tie = verdict == Verdict.AVOID_RUST
                        && alternatives.size() >= 2
                        && alternatives.get(0).fit() == alternatives.get(1).fit()
                        && alternatives.get(0).allowed() == alternatives.get(1).allowed();
                String tieBreak = tie ? evaluation.ranking().decidedBy().id() : "";
                String recommended = evaluation.recommendation().id();

                verdicts.merge(verdict, 1, Integer::sum);
                if (answers.get("experience").contains("first-language")) {
                    firstLanguage++;
                    if (verdict == Verdict.USE_RUST) {
                        firstLanguageUseRust++;
                    }
                    if (!recommended.equals("python") && !recommended.equals("javascript")) {
                        firstLanguageOtherRecommendation++;
                    }
                }
                if (verdict == Verdict.USE_RUST) {
                    for (var domain : answers.get("building")) {
                        domainUseRust.computeIfPresent(domain, (d, n) -> n + 1);
                    }
                }
                if (tie) {
                    ties++;
                    tieBreaks.merge(tieBreak, 1, Integer::sum);
                }
                out.print(seed + "\t" + verdict.id() + "\t" + evaluation.score() + "\t" + recommended + "\t" + tie
                        + "\t" + compact(answers.asMap()) + "\t" + tieBreak + "\n");
            }
        } catch (IOException e) {
            System.err.println("cannot write " + args[0] + ": " + e.getMessage());
            System.exit(1);
        }

        System.out.println("profiles: " + PROFILES + " (seeds " + BASE_SEED + ".." + (BASE_SEED + PROFILES - 1) + ")");
        for (var entry : verdicts.entrySet()) {
            System.out.println("verdict " + entry.getKey().id() + ": " + entry.getValue() + " ("
                    + percent(entry.getValue(), PROFILES) + ")");
        }
        System.out.println("experience=first-language: " + firstLanguage);
        System.out.println("  of those use-rust: " + firstLanguageUseRust);
        System.out.println("  of those recommended neither python nor javascript: " + firstLanguageOtherRecommendation);
        for (var entry : domainUseRust.entrySet()) {
            System.out.println("building=" + entry.getKey() + " with use-rust: " + entry.getValue());
        }
        System.out.println("ties (avoid-rust, best two alternatives equal on fit): " + ties + " " + tieBreaks);
    }

    /** {@code q=v1,v2;q2=v} in the answers' (question) order. */
    static String compact(Map<String, List<String>> answers) {
        var text = new StringBuilder();
        answers.forEach((question, values) -> {
            if (text.length() > 0) {
                text.append(';');
            }
            text.append(question).append('=').append(String.join(",", values));
        });
        return text.toString();
    }

    private static String percent(int count, int total) {
        return String.format(Locale.ROOT, "%.1f%%", 100.0 * count / total);
    }
}
