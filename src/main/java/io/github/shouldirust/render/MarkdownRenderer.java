package io.github.shouldirust.render;

import static io.github.shouldirust.render.Markdown.code;
import static io.github.shouldirust.render.Markdown.md;
import static io.github.shouldirust.render.Markdown.mdStart;

import io.github.shouldirust.core.Evaluation;
import io.github.shouldirust.core.LanguageFit;
import io.github.shouldirust.core.Question;
import io.github.shouldirust.core.Report;
import io.github.shouldirust.core.Rule;
import io.github.shouldirust.core.Verdict;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The result as an architecture decision record in the MADR 4.0 layout (YAML front matter, then the
 * sections), ready to commit under {@code docs/decisions/}. Its only varying detail is the date, which
 * the caller gives (SOURCE_DATE_EPOCH's for a reproducible one). Text from rules files, which are
 * untrusted, is escaped where it is put in ({@link Markdown#md}, {@link Markdown#code}) so that it stays text: a layer's
 * {@code <Rust>} is not inline HTML, its {@code [link](…)} not a link, its {@code *word*} not emphasis.
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

    /**
     * @param toolVersion printed in the record, so a reader knows what wrote it
     * @param date the record's date
     */
    public static void render(Report report, String toolVersion, LocalDate date, PrintWriter out) {
        new MarkdownRenderer(report, out).render(report, toolVersion, date);
        out.flush();
    }

    private void render(Report report, String toolVersion, LocalDate date) {
        var chosen = result.recommendation();
        // MADR 4.0's front matter: the people are for the team to fill in.
        line("---");
        line("status: proposed");
        line("date: " + date);
        line("decision-makers: []");
        line("consulted: []");
        line("informed: []");
        line("---");
        out.println();
        line("# " + title());
        section("Context and Problem Statement");
        line(context(report));
        out.println();
        line("Verdict: `" + result.verdict().id() + "` (score " + Phrases.signed(result.score())
                + (result.capped()
                        ? ", which alone would give `" + result.scoreVerdict().id() + "`; capped by "
                                + result.binding().stream()
                                        .map(r -> code(r.id()))
                                        .collect(Collectors.joining(", "))
                        : "; use-rust from "
                                + Phrases.signed(result.rules().thresholds().useRust()) + ", consider-rust from "
                                + Phrases.signed(result.rules().thresholds().considerRust()))
                + "), confidence: " + Phrases.confidence(report) + ". Written by should-i-rust " + toolVersion
                + " with the rules " + md(result.rules().describe()) + ".");
        section("Decision Drivers");
        for (var question : result.rules().questions()) {
            if (result.answers().isAnswered(question.id())) {
                line("* " + mdStart(question.prompt()) + " **" + md(labels(question)) + "** ("
                        + code(question.id() + "="
                                + String.join(",", result.answers().get(question.id()))) + ")");
            }
        }
        if (!result.unanswered().isEmpty()) {
            line("* Not yet known: "
                    + result.unanswered().stream().map(q -> code(q.id())).collect(Collectors.joining(", ")));
        }
        section("Considered Options");
        options().forEach(option -> line("* " + mdStart(option)));
        section("Decision Outcome");
        line("Chosen option: \"" + md(chosen.name()) + "\", because " + justification() + "."
                + Phrases.tieBreak(result)
                        .map(why -> " Among the alternatives: " + md(why) + ".")
                        .orElse(""));
        if (!result.limits().isEmpty()) {
            subsection("Limits from the essay");
            result.limits()
                    .forEach(rule -> line("* " + mdStart(upperFirst(Phrases.limit(result, rule))) + ": "
                            + md(lowerFirst(rule.text())) + " " + cites(rule)));
        }
        // No empty section: when no rule fired there is nothing to say here.
        if (!result.reasons().isEmpty()) {
            subsection("Consequences");
            consequences();
        }
        if (!report.whatIf().isEmpty()) {
            subsection("What would change this decision");
            report.whatIf()
                    .forEach(w -> line("* `" + w.verdict().id() + "` if " + md(Phrases.changes(w)) + " (score "
                            + Phrases.signed(w.score()) + ")"));
        }
        section("Pros and Cons of the Options");
        prosAndCons();
        section("More Information");
        line("The claims this record rests on, from the essay " + md(source()) + ":");
        out.println();
        result.citedClaims(OPTIONS)
                .values()
                .forEach(claim -> line(
                        "* " + code(claim.id()) + ": " + md(claim.statement()) + " (" + md(claim.section()) + ")"));
    }

    /** One line of the record: our own markup, with anything from a rules file already escaped. */
    private void line(String text) {
        out.println(text);
    }

    private String title() {
        var building = what();
        return switch (result.verdict()) {
            case USE_RUST -> "Use Rust" + building;
            case CONSIDER_RUST -> "Consider Rust" + building;
            case AVOID_RUST -> "Use " + md(result.recommendation().name()) + " rather than Rust" + building;
        };
    }

    /** " for a network service, proxy or web infrastructure": what the project is, where it is known. */
    private String what() {
        return result.rules().questions().stream()
                .filter(Question::fixed)
                .filter(q -> result.answers().isAnswered(q.id()))
                .findFirst()
                .map(q -> " for " + md(lowerFirst(labels(q))))
                .orElse("");
    }

    private String context(Report report) {
        return "Should this project be written in Rust? This record weighs the answers below against the rules "
                + md(result.rules().describe()) + ", drawn from the essay " + md(source()) + ". "
                + (result.unanswered().isEmpty()
                        ? "Every question was answered."
                        : result.unanswered().size() + " of "
                                + result.rules().questions().size()
                                + " questions are still open"
                                + (report.outlook().settled()
                                        ? ", but no answer to them can change the verdict."
                                        : "."));
    }

    private List<String> options() {
        var options = new LinkedHashSet<String>();
        options.add(result.recommendation().name());
        options.add("Rust");
        result.alternatives().stream()
                .limit(OPTIONS)
                .forEach(fit -> options.add(fit.language().name()));
        return List.copyOf(options);
    }

    private String justification() {
        var lead = result.reasons().stream()
                .filter(r -> result.verdict() == Verdict.AVOID_RUST ? r.score() < 0 : r.score() > 0)
                .limit(3)
                .map(r -> md(lowerFirst(stripPeriod(r.text()))))
                .toList();
        var verdict = "the verdict is `" + result.verdict().id() + "`";
        return lead.isEmpty() ? verdict : verdict + ": " + String.join("; ", lead);
    }

    private void consequences() {
        var good = result.reasons().stream()
                .filter(r -> result.verdict() == Verdict.AVOID_RUST ? r.score() < 0 : r.score() > 0);
        var bad = result.reasons().stream()
                .filter(r -> result.verdict() == Verdict.AVOID_RUST ? r.score() > 0 : r.score() < 0);
        good.forEach(rule -> line("* Good, because " + md(lowerFirst(rule.text())) + " " + cites(rule)));
        bad.forEach(rule -> line("* Bad, because " + md(lowerFirst(rule.text())) + " " + cites(rule)));
    }

    private void prosAndCons() {
        var first = true;
        for (LanguageFit fit : result.alternatives().stream().limit(OPTIONS).toList()) {
            if (!first) {
                out.println();
            }
            first = false;
            var language = fit.language();
            line("### " + mdStart(language.name()));
            out.println();
            claims(language.otherWins()).forEach(s -> line("* Good, because " + s));
            claims(language.rustWins()).forEach(s -> line("* Bad, because Rust is better at this: " + s));
            var moves = Phrases.fitMoves(result, fit);
            if (!moves.isEmpty()) {
                line("* Its fit for this case: " + Phrases.signed(fit.fit()) + " (" + md(String.join("; ", moves))
                        + ")");
            }
        }
    }

    private List<String> claims(List<String> ids) {
        return ids.stream()
                .flatMap(id -> result.rules().claim(id).stream())
                .map(claim -> md(claim.statement()) + " (" + code(claim.id()) + ")")
                .toList();
    }

    private static String cites(Rule rule) {
        return "(" + rule.claims().stream().map(Markdown::code).collect(Collectors.joining(", ")) + ")";
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
        line("## " + title);
        out.println();
    }

    private void subsection(String title) {
        out.println();
        line("### " + title);
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
