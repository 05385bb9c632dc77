package io.github.shouldirust.render;

import io.github.shouldirust.core.Evaluation;
import io.github.shouldirust.core.LanguageFit;
import io.github.shouldirust.core.Question;
import io.github.shouldirust.core.Report;
import io.github.shouldirust.core.Rule;
import io.github.shouldirust.core.Verdict;
import java.io.PrintWriter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The result as an architecture decision record in the MADR layout, ready to commit under
 * {@code docs/decisions/}. No date or other varying detail, so the same answers give the same record.
 */
public final class MarkdownRenderer {
    /** Options weighed in the record: Rust and the best-fitting alternatives. */
    static final int OPTIONS = 3;

    private final PrintWriter out;
    private final Evaluation result;

    private MarkdownRenderer(Report report, PrintWriter out) {
        this.out = out;
        this.result = report.result();
    }

    /** @param toolVersion printed in the record, so a reader knows what wrote it */
    public static void render(Report report, String toolVersion, PrintWriter out) {
        new MarkdownRenderer(report, out).render(report, toolVersion);
        out.flush();
    }

    private void render(Report report, String toolVersion) {
        var chosen = result.recommendation();
        out.println("# " + title());
        out.println();
        out.println("* Status: proposed");
        out.println("* Deciders: <!-- who decides -->");
        out.println("* Verdict: `" + result.verdict().id() + "` (score " + Phrases.signed(result.score())
                + (result.capped() ? ", which alone would give `" + result.scoreVerdict().id() + "`; capped by "
                        + result.binding().stream().map(r -> "`" + r.id() + "`").collect(Collectors.joining(", "))
                        : "; use-rust from " + Phrases.signed(result.rules().thresholds().useRust())
                                + ", consider-rust from " + Phrases.signed(result.rules().thresholds().considerRust()))
                + "), confidence: " + Phrases.confidence(report));
        out.println("* Written by: should-i-rust " + toolVersion + " with the rules " + result.rules().describe());
        section("Context and Problem Statement");
        out.println(context(report));
        section("Decision Drivers");
        for (var question : result.rules().questions()) {
            if (result.answers().isAnswered(question.id())) {
                out.println("* " + question.prompt() + " **" + labels(question) + "** (`" + question.id() + "="
                        + String.join(",", result.answers().get(question.id())) + "`)");
            }
        }
        if (!result.unanswered().isEmpty()) {
            out.println("* Not yet known: " + result.unanswered().stream().map(q -> "`" + q.id() + "`")
                    .collect(Collectors.joining(", ")));
        }
        section("Considered Options");
        options().forEach(option -> out.println("* " + option));
        section("Decision Outcome");
        out.println("Chosen option: \"" + chosen.name() + "\", because " + justification() + "."
                + Phrases.tieBreak(result).map(why -> " Among the alternatives: " + why + ".").orElse(""));
        if (!result.limits().isEmpty()) {
            subsection("Limits from the essay");
            result.limits().forEach(rule -> out.println("* " + upperFirst(Phrases.limit(result, rule)) + ": "
                    + lowerFirst(rule.text()) + " " + cites(rule)));
        }
        subsection("Consequences");
        consequences();
        if (!report.whatIf().isEmpty()) {
            subsection("What would change this decision");
            report.whatIf().forEach(w -> out.println("* `" + w.verdict().id() + "` if " + Phrases.changes(w)
                    + " (score " + Phrases.signed(w.score()) + ")"));
        }
        section("Pros and Cons of the Options");
        prosAndCons();
        section("More Information");
        out.println("The claims this record rests on, from the essay " + source() + ":");
        out.println();
        result.citedClaims(OPTIONS).values().forEach(claim -> out.println("* `" + claim.id() + "`: " + claim.statement()
                + " (" + claim.section() + ")"));
    }

    private String title() {
        var building = what();
        return switch (result.verdict()) {
            case USE_RUST -> "Use Rust" + building;
            case CONSIDER_RUST -> "Consider Rust" + building;
            case AVOID_RUST -> "Use " + result.recommendation().name() + " rather than Rust" + building;
        };
    }

    /** " for a network service, proxy or web infrastructure": what the project is, where it is known. */
    private String what() {
        return result.rules().questions().stream().filter(Question::fixed)
                .filter(q -> result.answers().isAnswered(q.id())).findFirst()
                .map(q -> " for " + lowerFirst(labels(q)))
                .orElse("");
    }

    private String context(Report report) {
        return "Should this project be written in Rust? This record weighs the answers below against the rules "
                + result.rules().describe() + ", drawn from the essay " + source() + ". "
                + (result.unanswered().isEmpty() ? "Every question was answered."
                        : result.unanswered().size() + " of " + result.rules().questions().size()
                                + " questions are still open" + (report.outlook().settled()
                                        ? ", but no answer to them can change the verdict." : "."));
    }

    private List<String> options() {
        var options = new LinkedHashSet<String>();
        options.add(result.recommendation().name());
        options.add("Rust");
        result.alternatives().stream().limit(OPTIONS).forEach(fit -> options.add(fit.language().name()));
        return List.copyOf(options);
    }

    private String justification() {
        var lead = result.reasons().stream()
                .filter(r -> result.verdict() == Verdict.AVOID_RUST ? r.score() < 0 : r.score() > 0)
                .limit(3).map(r -> lowerFirst(stripPeriod(r.text()))).toList();
        var verdict = "the verdict is `" + result.verdict().id() + "`";
        return lead.isEmpty() ? verdict : verdict + ": " + String.join("; ", lead);
    }

    private void consequences() {
        var good = result.reasons().stream().filter(r -> result.verdict() == Verdict.AVOID_RUST ? r.score() < 0 : r.score() > 0);
        var bad = result.reasons().stream().filter(r -> result.verdict() == Verdict.AVOID_RUST ? r.score() > 0 : r.score() < 0);
        good.forEach(rule -> out.println("* Good, because " + lowerFirst(rule.text()) + " " + cites(rule)));
        bad.forEach(rule -> out.println("* Bad, because " + lowerFirst(rule.text()) + " " + cites(rule)));
    }

    private void prosAndCons() {
        var first = true;
        for (LanguageFit fit : result.alternatives().stream().limit(OPTIONS).toList()) {
            if (!first) {
                out.println();
            }
            first = false;
            var language = fit.language();
            out.println("### " + language.name());
            out.println();
            claims(language.otherWins()).forEach(s -> out.println("* Good, because " + s));
            claims(language.rustWins()).forEach(s -> out.println("* Bad, because Rust is better at this: " + s));
            var moves = Phrases.fitMoves(result, fit);
            if (!moves.isEmpty()) {
                out.println("* Its fit for this case: " + Phrases.signed(fit.fit()) + " (" + String.join("; ", moves) + ")");
            }
        }
    }

    private List<String> claims(List<String> ids) {
        return ids.stream().flatMap(id -> result.rules().claim(id).stream())
                .map(claim -> claim.statement() + " (`" + claim.id() + "`)").toList();
    }

    private static String cites(Rule rule) {
        return "(" + rule.claims().stream().map(id -> "`" + id + "`").collect(Collectors.joining(", ")) + ")";
    }

    private String labels(Question question) {
        return result.answers().get(question.id()).stream()
                .map(value -> question.choice(value).map(c -> c.label()).orElse(value))
                .collect(Collectors.joining(", "));
    }

    private String source() {
        var source = result.rules().metadata().source();
        return source.isEmpty() ? result.rules().metadata().id() : source;
    }

    private void section(String title) {
        out.println();
        out.println("## " + title);
        out.println();
    }

    private void subsection(String title) {
        out.println();
        out.println("### " + title);
        out.println();
    }

    private static String lowerFirst(String text) {
        if (text.isEmpty() || (text.length() > 1 && Character.isUpperCase(text.charAt(1)))) {
            return text; // an acronym such as "CLI" keeps its case
        }
        return text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
    }

    private static String upperFirst(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    private static String stripPeriod(String text) {
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }
}
