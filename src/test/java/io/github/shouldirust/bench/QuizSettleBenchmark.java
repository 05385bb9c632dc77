package io.github.shouldirust.bench;

import io.github.shouldirust.core.Answers;
import io.github.shouldirust.core.Evaluator;
import io.github.shouldirust.core.Outlook;
import io.github.shouldirust.core.Question;
import io.github.shouldirust.core.RuleSet;
import io.github.shouldirust.core.Verdict;
import io.github.shouldirust.essay.RandomAnswers;
import io.github.shouldirust.load.RulesLoader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Not a test: plays the quiz through {@link Outlook#nextQuestion()} against seeded random complete
 * profiles (every allowed answer to each question equally likely, as the confidence assumes) and prints
 * how many questions each took to settle, whether the settled verdict agrees with the verdict of the
 * full answers, and how long choosing the next question takes. Run by bench/quiz-settle.sh.
 *
 * <p>{@code QuizSettleBenchmark [PROFILES]} plays the profiles; {@code QuizSettleBenchmark --fresh} times
 * one choice (after "building=network-service", the widest open state the quiz meets) in this JVM,
 * cold, and prints the milliseconds.
 */
public final class QuizSettleBenchmark {
    static final long BASE_SEED = 20_261_129L;

    private QuizSettleBenchmark() {}

    public static void main(String[] args) throws Exception {
        var rules = RulesLoader.bundled();
        if (args.length == 1 && args[0].equals("--fresh")) {
            // The evaluation is on every run's path already; what is timed is the outlook alone.
            var result =
                    Evaluator.evaluate(rules, Answers.of(java.util.Map.of("building", List.of("network-service"))));
            long start = System.nanoTime();
            var next = Outlook.of(result, Set.of()).nextQuestion();
            long took = System.nanoTime() - start;
            System.out.printf(
                    Locale.ROOT, "%.2f %s%n", took / 1e6, next.map(Question::id).orElse("-"));
            return;
        }
        play(rules, args.length == 1 ? Integer.parseInt(args[0]) : 10_000);
    }

    private static void play(RuleSet rules, int profiles) throws Exception {
        var asked = new ArrayList<Integer>();
        var byVerdict = new EnumMap<Verdict, List<Integer>>(Verdict.class);
        var choiceNanos = new ArrayList<Long>();
        int agree = 0;
        for (int i = 0; i < profiles; i++) {
            var profile = profile(rules, new Random(BASE_SEED + i));
            var truth = Evaluator.evaluate(rules, profile).verdict();
            var answers = Answers.none();
            int questions = 0;
            while (true) {
                long start = System.nanoTime();
                var outlook = Outlook.of(Evaluator.evaluate(rules, answers), Set.of());
                choiceNanos.add(System.nanoTime() - start);
                if (outlook.settled() || outlook.nextQuestion().isEmpty()) {
                    break;
                }
                var next = outlook.nextQuestion().get().id();
                answers = rules.check(with(answers, next, profile.get(next)));
                questions++;
            }
            if (Evaluator.evaluate(rules, answers).verdict() == truth) {
                agree++;
            }
            asked.add(questions);
            byVerdict.computeIfAbsent(truth, v -> new ArrayList<>()).add(questions);
        }
        int total = rules.questions().size();
        System.out.printf(
                Locale.ROOT,
                "profiles: %,d seeded random complete profiles (seeds %d..%d)%n",
                profiles,
                BASE_SEED,
                BASE_SEED + profiles - 1);
        System.out.printf(
                Locale.ROOT,
                "questions asked before settled: median %d of %d, 90th percentile %d%n",
                percentile(asked, 50),
                total,
                percentile(asked, 90));
        byVerdict.forEach((verdict, counts) -> System.out.printf(
                Locale.ROOT,
                "  %-13s %5.1f%% of profiles: median %d, 90th percentile %d%n",
                verdict.id(),
                100.0 * counts.size() / profiles,
                percentile(counts, 50),
                percentile(counts, 90)));
        System.out.printf(
                Locale.ROOT,
                "settled verdict = full answers' verdict: %d of %d (%.2f%%)%n",
                agree,
                profiles,
                100.0 * agree / profiles);
        // The first thousand choices warm the JIT; the rest are the warm figure.
        var warm = choiceNanos.subList(Math.min(1000, choiceNanos.size() / 2), choiceNanos.size());
        System.out.printf(
                Locale.ROOT,
                "next question, warm: median %.3f ms, 90th percentile %.3f ms, max %.1f ms " + "(%,d choices)%n",
                percentile(warm, 50) / 1e6,
                percentile(warm, 90) / 1e6,
                Collections.max(warm) / 1e6,
                warm.size());
    }

    /** One complete profile: each question answered, every allowed answer equally likely. */
    static Answers profile(RuleSet rules, Random random) throws Exception {
        return rules.check(RandomAnswers.complete(rules, random));
    }

    private static java.util.Map<String, List<String>> with(Answers answers, String question, List<String> values) {
        var map = new LinkedHashMap<>(answers.asMap());
        map.put(question, values);
        return map;
    }

    private static <T extends Comparable<T>> T percentile(List<T> values, int percent) {
        var sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, sorted.size() * percent / 100));
    }
}
