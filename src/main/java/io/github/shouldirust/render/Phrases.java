package io.github.shouldirust.render;

import io.github.shouldirust.core.Evaluation;
import io.github.shouldirust.core.LanguageFit;
import io.github.shouldirust.core.Report;
import io.github.shouldirust.core.Rule;
import io.github.shouldirust.core.Verdict;
import io.github.shouldirust.core.WhatIf;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Sentences that the text and Markdown outputs share, so they say things the same way. */
final class Phrases {
    private Phrases() {}

    /** "latency were critical and hiring were yes". */
    static String changes(WhatIf whatIf) {
        return whatIf.changes().entrySet().stream()
                .map(change -> change.getKey() + " were " + String.join(",", change.getValue()))
                .collect(Collectors.joining(" and "));
    }

    /** "latency=critical, team-languages=go,rust". */
    static String answers(Map<String, List<String>> answers) {
        return answers.entrySet().stream()
                .map(a -> a.getKey() + "=" + String.join(",", a.getValue()))
                .collect(Collectors.joining(", "));
    }

    /**
     * What moved a language's fit in this case, summed per cause: "+4 from building=network-service",
     * "-1 from latency=critical". Two rules that fire on the same answers read as one move.
     */
    static List<String> fitMoves(Evaluation result, LanguageFit fit) {
        var moves = new LinkedHashMap<String, Integer>();
        Stream.concat(fit.raisedBy().stream(), fit.loweredBy().stream())
                .forEach(rule -> moves.merge(
                        answers(result.because(rule)),
                        rule.effectOn(fit.language().id()),
                        Integer::sum));
        return moves.entrySet().stream()
                .filter(m -> m.getValue() != 0)
                .map(m -> signed(m.getValue()) + " from " + m.getKey())
                .toList();
    }

    /**
     * What a fired limit rules out: "use-rust and consider-rust are out of reach while
     * experience=first-language", and "only Python or JavaScript" when it narrows the languages.
     */
    static String limit(Evaluation result, Rule rule) {
        var parts = new ArrayList<String>();
        rule.cap().atMost().ifPresent(atMost -> {
            var out = Stream.of(Verdict.values())
                    .filter(v -> v.compareTo(atMost) < 0)
                    .map(Verdict::id)
                    .toList();
            parts.add(String.join(" and ", out) + (out.size() == 1 ? " is" : " are") + " out of reach");
        });
        if (!rule.cap().languages().isEmpty()) {
            parts.add("only " + names(result, rule.cap().languages(), " or ") + " may be recommended");
        }
        return String.join("; ", parts) + " while " + answers(result.because(rule));
    }

    /**
     * Why the recommended language beat a level rival, when fit alone did not decide it; empty when it
     * did, or when Rust is recommended.
     */
    static Optional<String> tieBreak(Evaluation result) {
        if (result.recommendation().isRust() || result.alternatives().size() < 2) {
            return Optional.empty();
        }
        var first = result.alternatives().get(0).language().name();
        var next = result.alternatives().get(1).language().name();
        return switch (result.ranking().decidedBy()) {
            case TEAM -> Optional.of("level with " + next + " on fit; the team knows " + first);
            case ESSAY -> Optional.of("level with " + next + " on fit; the essay names " + first + " for this case");
            case TIE ->
                Optional.of("a tie: "
                        + names(
                                result,
                                result.ranking().tiedWith().stream()
                                        .map(l -> l.id())
                                        .toList(),
                                " and ") + " fit exactly as well");
            default -> Optional.empty();
        };
    }

    private static String names(Evaluation result, List<String> ids, String separator) {
        return ids.stream()
                .map(id -> result.rules().language(id).map(l -> l.name()).orElse(id))
                .collect(Collectors.joining(separator));
    }

    /**
     * How firmly the verdict holds: "settled", or "82%: answering experience could change it", with the
     * error when it was sampled. Never "100%" unless settled: some answer can still change it.
     */
    static String confidence(Report report) {
        var outlook = report.outlook();
        if (outlook.settled()) {
            return "settled";
        }
        long percent = Math.round(outlook.confidence() * 100);
        var share = percent >= 100 ? "over 99%" : percent <= 0 && outlook.confidence() > 0 ? "under 1%" : percent + "%";
        var estimate = outlook.estimate()
                .map(e -> " (estimated from " + String.format(Locale.ROOT, "%,d", e.samples()) + " samples, \u00b1"
                        + String.format(Locale.ROOT, "%.1f", e.margin() * 100) + "%)")
                .orElse("");
        var next = outlook.nextQuestion()
                .map(q -> "answering " + q.id() + " could change it")
                .orElse("only the questions left as \"don't know\" could change it");
        return share + estimate + ": " + next;
    }

    /** What set the verdict: "score +14; use-rust from +6, consider-rust from 0", or the cap. */
    static String scoreNote(Evaluation result) {
        var thresholds = result.rules().thresholds();
        return result.capped()
                ? "capped: the score " + signed(result.score()) + " alone would give "
                        + result.scoreVerdict().id()
                : "score " + signed(result.score()) + "; use-rust from " + signed(thresholds.useRust())
                        + ", consider-rust from " + signed(thresholds.considerRust());
    }

    static String signed(int n) {
        return n > 0 ? "+" + n : Integer.toString(n);
    }
}
