package io.github.shouldirust.render;

import io.github.shouldirust.core.Evaluation;
import io.github.shouldirust.core.LanguageFit;
import io.github.shouldirust.core.WhatIf;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Sentences that the text and Markdown outputs share, so they say things the same way. */
final class Phrases {
    private Phrases() {
    }

    /** "latency were critical and hiring were yes". */
    static String changes(WhatIf whatIf) {
        return whatIf.changes().entrySet().stream()
                .map(change -> change.getKey() + " were " + String.join(",", change.getValue()))
                .collect(Collectors.joining(" and "));
    }

    /** "latency=critical, team-languages=go,rust". */
    static String answers(Map<String, List<String>> answers) {
        return answers.entrySet().stream().map(a -> a.getKey() + "=" + String.join(",", a.getValue()))
                .collect(Collectors.joining(", "));
    }

    /**
     * What moved a language's fit in this case, summed per cause: "+4 from building=network-service",
     * "-1 from latency=critical". Two rules that fire on the same answers read as one move.
     */
    static List<String> fitMoves(Evaluation result, LanguageFit fit) {
        var moves = new LinkedHashMap<String, Integer>();
        Stream.concat(fit.raisedBy().stream(), fit.loweredBy().stream()).forEach(rule -> moves.merge(
                answers(result.because(rule)),
                rule.effectOn(fit.language().id()), Integer::sum));
        return moves.entrySet().stream().filter(m -> m.getValue() != 0)
                .map(m -> signed(m.getValue()) + " from " + m.getKey()).toList();
    }

    static String signed(int n) {
        return n > 0 ? "+" + n : Integer.toString(n);
    }
}
