package io.github.shouldirust.render;

import static io.github.shouldirust.render.DiffRenderer.count;
import static io.github.shouldirust.render.DiffRenderer.percent;
import static io.github.shouldirust.render.Markdown.code;
import static io.github.shouldirust.render.Markdown.md;

import io.github.shouldirust.core.RulesDiff;
import java.io.PrintWriter;

/**
 * {@code rules diff} as a section of a pull-request comment: a heading, a table of the directions and
 * lists. Everything from the rules files or the command line is escaped ({@link Markdown}) so it stays
 * text; in a table cell a '|' is escaped too, even inside code, as GitHub's tables need.
 */
public final class DiffMarkdown {
    private final PrintWriter out;

    private DiffMarkdown(PrintWriter out) {
        this.out = out;
    }

    public static void render(RulesDiff diff, DiffRenderer.Files files, PrintWriter out) {
        new DiffMarkdown(out).render(diff, files);
        out.flush();
    }

    private void render(RulesDiff diff, DiffRenderer.Files files) {
        var flips = diff.flips();
        out.println("## Rules diff: " + code(files.old()) + " → " + code(files.changed()));
        out.println();
        out.println("**" + DiffRenderer.headline(flips) + ".** " + DiffRenderer.coverage(flips)
                + ". A profile answers each question (of either file) or leaves it unanswered.");
        if (flips.changed() > 0) {
            out.println();
            out.println("| Verdict change | Profiles | Share | Smallest example |");
            out.println("| --- | ---: | ---: | --- |");
            for (var direction : flips.directions()) {
                if (direction.count() == 0) {
                    continue;
                }
                var example = direction
                        .example()
                        .map(answers -> cell(code(String.join(" ", command(answers))))
                                + (direction.minimal() ? "" : " (not shrunk to the end)"))
                        .orElse("");
                out.println("| `" + direction.from().id() + "` → `"
                        + direction.to().id() + "` | "
                        + count(direction.count()) + " | " + percent(direction.count(), flips.profiles()) + " | "
                        + (example.isEmpty() ? "(none)" : example) + " |");
            }
            out.println();
            out.println("Each example is the smallest found; add `--rules` with either file to see its side, "
                    + "leaving out answers to questions that file lacks.");
        }
        rules(diff);
        if (!diff.examples().isEmpty()) {
            out.println();
            out.println("### Examples whose result changes");
            out.println();
            for (var example : diff.examples()) {
                out.println("* " + Markdown.mdStart(example.name()) + ": `"
                        + example.oldVerdict().id() + "`, "
                        + code(example.oldLanguage()) + " → `"
                        + example.newVerdict().id() + "`, "
                        + code(example.newLanguage()));
            }
        }
    }

    private void rules(RulesDiff diff) {
        if (!diff.rules().isEmpty()) {
            out.println();
            out.println("### Rules");
            out.println();
            for (var change : diff.rules()) {
                out.println("* " + change.kind() + " " + code(change.id()) + ": "
                        + md(DiffRenderer.ruleDetail(change).replace(" -> ", " → ")));
            }
        }
        if (!diff.oldThresholds().equals(diff.newThresholds())) {
            out.println();
            out.println("### Thresholds");
            out.println();
            DiffRenderer.thresholdChanges(diff).forEach(change -> out.println("* " + change.replace(" -> ", " → ")));
        }
        if (!diff.questionsAdded().isEmpty() || !diff.questionsRemoved().isEmpty()) {
            out.println();
            out.println("### Questions");
            out.println();
            diff.questionsAdded().forEach(id -> out.println("* added " + code(id)));
            diff.questionsRemoved().forEach(id -> out.println("* removed " + code(id)));
        }
    }

    private static java.util.List<String> command(io.github.shouldirust.core.Answers answers) {
        var words = new java.util.ArrayList<>(java.util.List.of("should-i-rust", "--no-input"));
        words.addAll(DiffRenderer.flags(answers));
        return words;
    }

    /** In a table a '|' ends the cell wherever it is, a code span included, unless escaped. */
    private static String cell(String text) {
        return text.replace("|", "\\|");
    }
}
