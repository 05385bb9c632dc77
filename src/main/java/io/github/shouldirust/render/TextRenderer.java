package io.github.shouldirust.render;

import io.github.shouldirust.core.Evaluation;
import io.github.shouldirust.core.LanguageFit;
import io.github.shouldirust.core.Question;
import io.github.shouldirust.core.Rule;
import io.github.shouldirust.core.Verdict;
import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The result for people: the verdict first, then why, then what the other side has going for it. */
public final class TextRenderer {
    /** Enough reasons to convince, few enough to read. */
    static final int REASONS_SHOWN = 6;

    private final Style style;
    private final int width;
    private final PrintWriter out;

    private TextRenderer(Style style, int width, PrintWriter out) {
        this.style = style;
        this.width = width;
        this.out = out;
    }

    /** @param width the column to wrap at */
    public static void render(Evaluation result, Style style, int width, PrintWriter out) {
        new TextRenderer(style, width, out).render(result);
        out.flush();
    }

    private void render(Evaluation result) {
        var thresholds = result.rules().thresholds();
        print("Verdict:     ", verdict(result.verdict()) + "  (score " + signed(result.score()) + "; use-rust from "
                + signed(thresholds.useRust()) + ", consider-rust from " + signed(thresholds.considerRust()) + ")", "");
        print("Language:    ", style.bold(result.recommendation().name()), "");
        var asked = result.rules().questions().size();
        print("Confidence:  ", Math.round(result.confidence() * 100) + "%  (" + (asked - result.unanswered().size())
                + " of " + asked + " questions answered)", "");
        var forRust = result.reasons().stream().filter(r -> r.score() > 0).toList();
        var againstRust = result.reasons().stream().filter(r -> r.score() < 0).toList();
        reasons("For Rust", forRust);
        reasons("Against Rust", againstRust);
        alternatives(result);
        unanswered(result.unanswered());
        claims(result, Stream.concat(forRust.stream().limit(REASONS_SHOWN), againstRust.stream().limit(REASONS_SHOWN)));
    }

    private void print(String prefix, String text, String indent) {
        Wrap.lines(prefix, text, width, indent).forEach(out::println);
    }

    private void heading(String text) {
        out.println();
        out.println(style.bold(text));
    }

    private String verdict(Verdict verdict) {
        return switch (verdict) {
            case USE_RUST -> style.green(verdict.id());
            case CONSIDER_RUST -> style.yellow(verdict.id());
            case AVOID_RUST -> style.red(verdict.id());
        };
    }

    private void reasons(String heading, List<Rule> rules) {
        if (rules.isEmpty()) {
            return;
        }
        heading(heading + ":");
        rules.stream().limit(REASONS_SHOWN).forEach(rule -> print("  " + signed(rule.score()) + "  ",
                rule.text() + " " + style.dim("[" + String.join(", ", rule.claims()) + "]"), "      "));
        if (rules.size() > REASONS_SHOWN) {
            out.println("  " + style.dim("... and " + (rules.size() - REASONS_SHOWN) + " more (--format json lists all)"));
        }
    }

    private void alternatives(Evaluation result) {
        if (result.alternatives().isEmpty()) {
            return;
        }
        heading("Alternatives, best fit first:");
        for (LanguageFit alternative : result.alternatives()) {
            var language = alternative.language();
            out.println("  " + style.bold(language.name()) + " (fit " + signed(alternative.fit()) + ")");
            print("    Rust wins on: ", statements(result, language.rustWins()), "      ");
            print("    " + language.name() + " wins on: ", statements(result, language.otherWins()), "      ");
        }
    }

    private String statements(Evaluation result, List<String> claimIds) {
        return claimIds.stream().flatMap(id -> result.rules().claim(id).stream())
                .map(claim -> claim.statement() + " " + style.dim("[" + claim.id() + "]"))
                .collect(Collectors.joining(" "));
    }

    private void unanswered(List<Question> questions) {
        if (questions.isEmpty()) {
            return;
        }
        heading("Unanswered (answering them raises the confidence):");
        print("  ", questions.stream().map(Question::id).collect(Collectors.joining(", ")), "  ");
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
                print("  ", style.dim("[" + id + "]") + " " + claim.statement() + " " + style.dim("(" + claim.section()
                        + ")"), "    ");
                if (!claim.evidence().isEmpty()) {
                    print("    ", style.dim("in production: " + String.join(", ", claim.evidence())), "      ");
                }
            });
        }
    }

    private static String source(Evaluation result) {
        var source = result.rules().metadata().source();
        return source.isEmpty() ? result.rules().metadata().id() : source;
    }

    private static String signed(int n) {
        return n > 0 ? "+" + n : Integer.toString(n);
    }
}
