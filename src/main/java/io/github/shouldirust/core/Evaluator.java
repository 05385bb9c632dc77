package io.github.shouldirust.core;

import java.util.ArrayList;
import java.util.List;

/** Evaluates a rule set against answers. Pure: the same rules and answers always give the same result. */
public final class Evaluator {
    private Evaluator() {}

    public static Evaluation evaluate(RuleSet rules, Answers answers) {
        // Loops rather than streams, as in score(): `rules test` evaluates every example in a cold JVM.
        var fired = new ArrayList<Rule>();
        int score = 0;
        for (var rule : rules.rules()) {
            if (rule.firesOn(answers)) {
                fired.add(rule);
                score += rule.score();
            }
        }
        var scoreVerdict = rules.thresholds().verdictFor(score);
        var verdict = capped(scoreVerdict, fired);
        var ranking = Ranking.of(rules, fired);
        var recommendation =
                verdict == Verdict.AVOID_RUST && !ranking.alternatives().isEmpty()
                        ? ranking.alternatives().get(0).language()
                        : rules.language(Language.RUST).orElseThrow();
        var unanswered = new ArrayList<Question>();
        for (var question : rules.questions()) {
            if (!answers.isAnswered(question.id())) {
                unanswered.add(question);
            }
        }
        var reasons = new ArrayList<>(fired);
        reasons.sort(Evaluator::strongerFirst);
        return new Evaluation(
                rules, answers, score, scoreVerdict, verdict, reasons, ranking, recommendation, unanswered);
    }

    /** Rust's score alone: the sum of the fired rules' effects, for analyses that try many answer sets. */
    public static int score(RuleSet rules, Answers answers) {
        int score = 0;
        for (var rule : rules.rules()) {
            if (rule.firesOn(answers)) {
                score += rule.score();
            }
        }
        return score;
    }

    // Comparators written out rather than Comparator.comparingInt(...): the JDK's own lambda inside it
    // is not in the class-data archive on JDK 17, and spinning it costs ~15 ms of a cold start.
    private static int strongerFirst(Rule a, Rule b) {
        return Integer.compare(Math.abs(b.score()), Math.abs(a.score()));
    }

    /** The verdict with the fired rules' caps applied: the lowest of the score's verdict and every cap. */
    static Verdict capped(Verdict verdict, List<Rule> fired) {
        var result = verdict;
        for (var rule : fired) {
            if (rule.cap().excludes(result)) {
                result = rule.cap().atMost().orElseThrow();
            }
        }
        return result;
    }
}
