package io.github.shouldirust.render;

import io.github.shouldirust.core.ConditionTrace;
import io.github.shouldirust.core.Evaluation;
import io.github.shouldirust.core.LanguageFit;
import io.github.shouldirust.core.QuestionImpact;
import io.github.shouldirust.core.Report;
import io.github.shouldirust.core.Rule;
import io.github.shouldirust.core.Verdict;
import io.github.shouldirust.core.WhatIf;
import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The result for people: the verdict first, then why, then what the other side has going for it. */
public final class TextRenderer {
    /** Enough reasons to convince, few enough to read. */
    static final int REASONS_SHOWN = 6;
    /** Alternatives described in full; the chart shows a few more. */
    static final int ALTERNATIVES_SHOWN = 3;

    static final int FITS_CHARTED = 5;
    static final int WHAT_IFS_SHOWN = 3;

    private final Style style;
    private final int width;
    private final PrintWriter out;
    private boolean layered;

    private TextRenderer(Style style, int width, PrintWriter out) {
        this.style = style;
        this.width = width;
        this.out = out;
    }

    /**
     * @param explain add the trace of every rule (--explain)
     * @param width the column to wrap at
     */
    public static void render(Report report, boolean explain, Style style, int width, PrintWriter out) {
        var lines = Printable.lines(out);
        new TextRenderer(style, width, lines).render(report, explain);
        lines.flush();
    }

    private void render(Report report, boolean explain) {
        var result = report.result();
        layered = result.rules().layers().size() > 1;
        var thresholds = result.rules().thresholds();
        print("Verdict:     ", style.verdict(result.verdict()) + "  (" + Phrases.scoreNote(result) + ")", "");
        for (var rule : result.binding()) {
            print(
                    "Capped by:   ",
                    rule.text() + " " + style.dim("[" + String.join(", ", rule.claims()) + "]" + layer(rule)),
                    "             ");
        }
        print(
                "Language:    ",
                style.bold(result.recommendation().name())
                        + Phrases.tieBreak(result).map(why -> "  (" + why + ")").orElse(""),
                "");
        var asked = result.rules().questions().size();
        print(
                "Confidence:  ",
                Phrases.confidence(report) + "  ("
                        + (asked - result.unanswered().size()) + " of " + asked + " questions answered)",
                "");
        out.println();
        new Charts(style, width).score(result.score(), thresholds, "  ").forEach(out::println);
        var forRust = result.reasons().stream().filter(r -> r.score() > 0).toList();
        var againstRust = result.reasons().stream().filter(r -> r.score() < 0).toList();
        reasons("For Rust", forRust);
        reasons("Against Rust", againstRust);
        whatIf(report.whatIf(), result);
        if (report.whatIfRanOut()) {
            print("  ", style.dim("(the search for changes stopped at its budget: there may be others)"), "  ");
        }
        alternatives(result);
        unanswered(report.openQuestions(), result.verdict());
        claims(
                result,
                Stream.concat(
                        forRust.stream().limit(REASONS_SHOWN),
                        againstRust.stream().limit(REASONS_SHOWN)));
        if (explain) {
            trace(report);
        }
    }

    private void print(String prefix, String text, String indent) {
        Wrap.lines(prefix, text, width, indent).forEach(out::println);
    }

    private void heading(String text) {
        out.println();
        out.println(style.bold(text));
    }

    private void reasons(String heading, List<Rule> rules) {
        if (rules.isEmpty()) {
            return;
        }
        heading(heading + ":");
        rules.stream()
                .limit(REASONS_SHOWN)
                .forEach(rule -> print(
                        "  " + Phrases.signed(rule.score()) + "  ",
                        rule.text() + " " + style.dim("[" + String.join(", ", rule.claims()) + "]" + layer(rule)),
                        "      "));
        if (rules.size() > REASONS_SHOWN) {
            print(
                    "  ",
                    style.dim("... and " + (rules.size() - REASONS_SHOWN) + " more (--format json lists all)"),
                    "  ");
        }
    }

    /** The smallest changes of answers that would give each other verdict. */
    private void whatIf(List<WhatIf> whatIfs, Evaluation result) {
        if (whatIfs.isEmpty() && result.limits().isEmpty()) {
            return;
        }
        heading("What would change the verdict:");
        result.limits()
                .forEach(rule ->
                        print("  ", Phrases.limit(result, rule) + " " + style.dim("(rule " + rule.id() + ")"), "    "));
        for (var verdict : Verdict.values()) {
            var toVerdict = whatIfs.stream().filter(w -> w.verdict() == verdict).toList();
            toVerdict.stream()
                    .limit(WHAT_IFS_SHOWN)
                    .forEach(w -> print(
                            "  ",
                            style.verdict(verdict) + " if " + Phrases.changes(w) + " "
                                    + style.dim("(score " + Phrases.signed(w.score()) + ")"),
                            "    "));
            if (toVerdict.size() > WHAT_IFS_SHOWN) {
                print(
                        "  ",
                        style.dim("... and " + (toVerdict.size() - WHAT_IFS_SHOWN) + " more ways to " + verdict.id()
                                + " (--format json lists them)"),
                        "  ");
            }
        }
    }

    private void alternatives(Evaluation result) {
        if (result.alternatives().isEmpty()) {
            return;
        }
        heading("Alternatives, best fit for this case first:");
        new Charts(style, width)
                .fits(result.alternatives().stream().limit(FITS_CHARTED).toList(), "  ")
                .forEach(out::println);
        for (LanguageFit alternative :
                result.alternatives().stream().limit(ALTERNATIVES_SHOWN).toList()) {
            var language = alternative.language();
            out.println();
            out.println("  " + style.bold(language.name()) + " (fit " + Phrases.signed(alternative.fit()) + ")");
            print("    Rust wins on: ", statements(result, language.rustWins()), "      ");
            print("    " + language.name() + " wins on: ", statements(result, language.otherWins()), "      ");
            var moves = Phrases.fitMoves(result, alternative);
            if (!moves.isEmpty()) {
                print("    Its fit here: ", String.join("; ", moves), "      ");
            }
        }
    }

    /**
     * A comparison's claims, each marked with the answers that make it matter here: those of the fired
     * rules that cite it ("Go builds faster" matters when iteration-speed is critical).
     */
    private String statements(Evaluation result, List<String> claimIds) {
        return claimIds.stream()
                .flatMap(id -> result.rules().claim(id).stream())
                .map(claim -> {
                    var because = new java.util.LinkedHashMap<String, List<String>>();
                    result.reasons().stream()
                            .filter(rule -> rule.claims().contains(claim.id()))
                            .forEach(rule -> because.putAll(result.because(rule)));
                    return claim.statement() + " " + style.dim("[" + claim.id() + "]")
                            + (because.isEmpty()
                                    ? ""
                                    : " " + style.bold("Matters here: " + Phrases.answers(because) + "."));
                })
                .collect(Collectors.joining(" "));
    }

    /** Which open questions could change the verdict, and which could not. */
    private void unanswered(List<QuestionImpact> open, Verdict current) {
        if (open.isEmpty()) {
            return;
        }
        heading("Unanswered (answering them raises the confidence):");
        for (var impact : open.stream().filter(i -> i.couldChange(current)).toList()) {
            var others = impact.verdicts().stream()
                    .filter(v -> v != current)
                    .map(Verdict::id)
                    .toList();
            print(
                    "  ",
                    "answering " + style.bold(impact.question().id()) + " could change the verdict (to "
                            + String.join(" or ", others) + ")",
                    "    ");
        }
        var settled = open.stream()
                .filter(i -> !i.couldChange(current))
                .map(i -> i.question().id())
                .toList();
        if (!settled.isEmpty()) {
            print(
                    "  ",
                    String.join(", ", settled) + (settled.size() == 1 ? " cannot" : ": none of them can")
                            + " change the verdict alone",
                    "  ");
        }
    }

    /** The statements behind the reasons shown, with the production users that back them. */
    private void claims(Evaluation result, Stream<Rule> shown) {
        var cited = shown.flatMap(r -> r.claims().stream()).distinct().toList();
        if (cited.isEmpty()) {
            return;
        }
        heading("Claims cited, from " + source(result) + ":");
        for (var id : cited) {
            result.rules().claim(id).ifPresent(claim -> {
                print(
                        "  ",
                        style.dim("[" + id + "]") + " " + claim.statement() + " "
                                + style.dim("(" + claim.section() + ")"),
                        "    ");
                if (!claim.evidence().isEmpty()) {
                    print("    ", style.dim("in production: " + String.join(", ", claim.evidence())), "      ");
                }
            });
        }
    }

    /** Every rule in file order, fired or not, with how each part of its condition went. */
    private void trace(Report report) {
        heading("Trace: every rule, in file order (--explain):");
        var answers = report.result().answers();
        for (var rule : report.trace()) {
            var mark = rule.fired() ? style.green("fired") : style.dim("  -  ");
            var effect = rule.fired()
                    ? Phrases.signed(rule.rule().score())
                    : style.dim(Phrases.signed(rule.rule().score()));
            var cap = rule.rule().cap().atMost().map(v -> "  caps at " + v.id()).orElse("")
                    + (rule.rule().cap().languages().isEmpty()
                            ? ""
                            : "  only " + String.join(", ", rule.rule().cap().languages()));
            print(
                    "  " + mark + " " + pad(effect, 3) + " ",
                    style.bold(rule.rule().id()) + "  " + describe(rule.condition(), answers) + cap,
                    "             ");
        }
    }

    private String describe(ConditionTrace trace, io.github.shouldirust.core.Answers answers) {
        var mark = trace.held() ? "yes" : "no";
        return switch (trace.kind()) {
            case "answer" ->
                trace.question() + " is " + String.join("/", trace.values()) + " ("
                        + (trace.held()
                                ? "yes"
                                : answers.isAnswered(trace.question())
                                        ? "no: " + String.join(",", answers.get(trace.question()))
                                        : "no: unanswered")
                        + ")";
            case "not" -> "not[" + describe(trace.parts().get(0), answers) + "] (" + mark + ")";
            default ->
                trace.kind() + "["
                        + trace.parts().stream().map(p -> describe(p, answers)).collect(Collectors.joining(", "))
                        + "] (" + mark + ")";
        };
    }

    /** Under layered rules, where a reason came from: "(from acme-policy.yaml: acme-ui-typescript)". */
    private String layer(Rule rule) {
        return layered ? " (from " + rule.source() + ": " + rule.id() + ")" : "";
    }

    private static String pad(String text, int width) {
        int visible = Wrap.visibleLength(text);
        return visible >= width ? text : " ".repeat(width - visible) + text;
    }

    private static String source(Evaluation result) {
        var source = result.rules().metadata().source();
        return source.isEmpty() ? result.rules().metadata().id() : source;
    }
}
