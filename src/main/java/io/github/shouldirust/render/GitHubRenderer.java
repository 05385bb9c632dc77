package io.github.shouldirust.render;

import io.github.shouldirust.core.Evaluation;
import io.github.shouldirust.core.Report;
import io.github.shouldirust.core.Rule;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The result as one GitHub Actions annotation ({@code --format github}): the verdict and language in its
 * title, and in its message what the card says (how sure, the strongest reasons each side, what would
 * flip it, the best alternative), so a workflow run's summary shows the advice without opening the log.
 * A notice whatever the verdict: the verdict is advice, and a CI job that must fail on one gates with
 * --fail-on.
 */
public final class GitHubRenderer {
    private GitHubRenderer() {}

    public static void render(Report report, PrintWriter out) {
        var result = report.result();
        var title = "should-i-rust: " + result.verdict().id() + ", "
                + result.recommendation().name();
        // Every line as one line, whatever a rules file put in its pieces (a line break in a name, a
        // bidi or zero-width character in an id): the runner shows what it is given.
        var message = message(report).stream().map(Printable::line).toList();
        out.println("::notice title=" + WorkflowCommands.property(Printable.line(title)) + "::"
                + WorkflowCommands.data(String.join("\n", message)));
        out.flush();
    }

    private static List<String> message(Report report) {
        var result = report.result();
        var plain = Style.plain();
        var lines = new ArrayList<String>();
        lines.add(result.verdict().id() + " (" + Phrases.scoreNote(result) + ")");
        lines.add("Language: " + result.recommendation().name()
                + Phrases.tieBreak(result).map(why -> " (" + why + ")").orElse(""));
        lines.add("Confidence: " + Phrases.confidence(report));
        result.binding().stream().limit(1).forEach(rule -> lines.add("Capped by: " + reason(rule)));
        side(lines, "For Rust:", result, 1);
        side(lines, "Against Rust:", result, -1);
        CardRenderer.closestChange(report, plain).ifPresent(change -> lines.add("Would flip: " + change));
        CardRenderer.bestAlternative(result, plain, "Runner-up: ").ifPresent(lines::add);
        return lines;
    }

    /** The strongest reasons on one side, as the card picks them. */
    private static void side(List<String> lines, String heading, Evaluation result, int sign) {
        var reasons = CardRenderer.strongest(result, sign);
        if (!reasons.isEmpty()) {
            lines.add(heading);
            reasons.forEach(rule -> lines.add("  " + Phrases.signed(rule.score()) + "  " + reason(rule)));
        }
    }

    private static String reason(Rule rule) {
        return rule.text() + " " + CardRenderer.cites(rule);
    }
}
