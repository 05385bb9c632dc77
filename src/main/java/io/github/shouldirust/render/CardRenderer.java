package io.github.shouldirust.render;

import io.github.shouldirust.core.Evaluation;
import io.github.shouldirust.core.Report;
import io.github.shouldirust.core.Rule;
import io.github.shouldirust.core.Verdict;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The result on one screen: verdict and language, how firmly it holds, the score, the strongest
 * reasons on each side, the closest change that would flip it, the best alternative, and where to see
 * more. It never takes more than {@link #MAX_LINES} lines, so on a 24-line terminal the verdict is still
 * on screen under the command that printed it.
 */
public final class CardRenderer {
    /** 24 rows less the shell's next prompt and one to spare. */
    public static final int MAX_LINES = 22;
    /** Strongest reasons shown on each side, at most. */
    private static final int REASONS_EACH_SIDE = 3;
    /** A reason longer than this many lines is cut short: the full report has it whole. */
    private static final int LINES_PER_REASON = 2;

    private static final String INDENT = "             ";

    private final Style style;
    private final int width;

    private CardRenderer(Style style, int width) {
        this.style = style;
        this.width = width;
    }

    /** @param width the columns to fit: every line is cut to it */
    public static void render(Report report, Style style, int width, PrintWriter out) {
        var lines = Printable.lines(out);
        new CardRenderer(style, width).lines(report).forEach(lines::println);
        lines.flush();
    }

    /** The card's lines, never more than {@link #MAX_LINES}, none wider than the width. */
    List<String> lines(Report report) {
        var result = report.result();
        var top = new ArrayList<String>();
        top.addAll(wrap("Verdict:     ", verdictLine(result), 2));
        top.addAll(wrap(
                "Language:    ",
                style.bold(result.recommendation().name())
                        + Phrases.tieBreak(result).map(why -> "  (" + why + ")").orElse(""),
                2));
        top.addAll(wrap("Confidence:  ", Phrases.confidence(report), 2));
        for (var rule : result.binding().stream().limit(1).toList()) {
            top.addAll(wrap("Capped by:   ", rule.text() + " " + style.dim(cites(rule)), 2));
        }
        top.add("");
        top.addAll(new Charts(style, width).score(result.score(), result.rules().thresholds(), "  "));
        var bottom = new ArrayList<String>();
        closestChange(report, style).ifPresent(line -> bottom.addAll(wrap("Would flip:  ", line, 2)));
        bestAlternative(result, style, "Runner-up:   ").ifPresent(line -> bottom.addAll(wrap("", line, 1)));
        bottom.add(style.dim(clip("More: --full for every reason, what-if and claim; --format json for all of it.")));
        var lines = new ArrayList<>(top);
        lines.addAll(reasons(result, MAX_LINES - top.size() - bottom.size() - 1));
        lines.add("");
        lines.addAll(bottom);
        return lines.size() <= MAX_LINES ? lines : lines.subList(0, MAX_LINES);
    }

    private String verdictLine(Evaluation result) {
        return style.verdict(result.verdict()) + "  (" + Phrases.scoreNote(result) + ")";
    }

    /**
     * The strongest reasons, for and against in turn, as many as fit in {@code room} lines with their
     * headings; a side's heading only when one of its reasons fits.
     */
    private List<String> reasons(Evaluation result, int room) {
        var forRust = strongest(result, 1);
        var against = strongest(result, -1);
        var shownFor = new ArrayList<List<String>>();
        var shownAgainst = new ArrayList<List<String>>();
        int used = 0;
        for (int i = 0; i < REASONS_EACH_SIDE; i++) {
            used += fit(forRust, i, shownFor, room - used);
            used += fit(against, i, shownAgainst, room - used);
        }
        var lines = new ArrayList<String>();
        section(lines, "For Rust:", shownFor, forRust.size(), result, 1);
        section(lines, "Against Rust:", shownAgainst, against.size(), result, -1);
        return lines;
    }

    /** The strongest reasons on one side (1 for Rust, -1 against), as many as the card shows at most. */
    static List<Rule> strongest(Evaluation result, int sign) {
        return result.reasons().stream()
                .filter(rule -> Integer.signum(rule.score()) == sign)
                .limit(REASONS_EACH_SIDE)
                .toList();
    }

    /** Adds the i-th reason if it fits in {@code room}; returns the lines it took, heading included. */
    private int fit(List<Rule> side, int i, List<List<String>> shown, int room) {
        if (i >= side.size() || shown.size() < i) {
            return 0;
        }
        var rule = side.get(i);
        var lines = wrap(
                "  " + Phrases.signed(rule.score()) + "  ",
                rule.text() + " " + style.dim(cites(rule)),
                LINES_PER_REASON,
                "      ");
        int needed = lines.size() + (shown.isEmpty() ? 2 : 0); // a blank line and the heading
        if (needed > room) {
            return 0;
        }
        shown.add(lines);
        return needed;
    }

    private void section(
            List<String> lines, String heading, List<List<String>> shown, int available, Evaluation result, int sign) {
        if (shown.isEmpty()) {
            return;
        }
        lines.add("");
        long all = result.reasons().stream()
                .filter(r -> Integer.signum(r.score()) == sign)
                .count();
        lines.add(style.bold(heading)
                + (all > shown.size() ? style.dim("  (strongest " + shown.size() + " of " + all + ")") : ""));
        shown.forEach(lines::addAll);
    }

    /** The first what-if: the smallest change of answers that gives another verdict. */
    static java.util.Optional<String> closestChange(Report report, Style style) {
        return report.whatIf().stream()
                .findFirst()
                .map(whatIf -> style.verdict(whatIf.verdict()) + " if " + Phrases.changes(whatIf) + " "
                        + style.dim("(score " + Phrases.signed(whatIf.score()) + ")"));
    }

    /**
     * The best other language: the runner-up when another language is recommended.
     *
     * @param runnerUp how to label a runner-up; the card pads it to line up with its other labels
     */
    static java.util.Optional<String> bestAlternative(Evaluation result, Style style, String runnerUp) {
        var alternatives = result.alternatives();
        int index = result.verdict() == Verdict.AVOID_RUST
                        && !result.recommendation().isRust()
                ? 1
                : 0;
        if (alternatives.size() <= index) {
            return java.util.Optional.empty();
        }
        var best = alternatives.get(index);
        return java.util.Optional.of((index == 0 ? "Best alternative: " : runnerUp)
                + style.bold(best.language().name()) + " (fit " + Phrases.signed(best.fit()) + ")");
    }

    static String cites(Rule rule) {
        return "[" + String.join(", ", rule.claims()) + "]";
    }

    private List<String> wrap(String prefix, String text, int maxLines) {
        return wrap(prefix, text, maxLines, prefix.isEmpty() ? "" : INDENT);
    }

    /** Wrapped to the width, at most {@code maxLines} lines, the last marked "..." when cut. */
    private List<String> wrap(String prefix, String text, int maxLines, String indent) {
        var lines = Wrap.lines(prefix, text, width, indent);
        var kept = new ArrayList<String>();
        for (int i = 0; i < Math.min(maxLines, lines.size()); i++) {
            kept.add(clip(lines.get(i)));
        }
        if (lines.size() > maxLines) {
            kept.set(kept.size() - 1, clip(kept.get(kept.size() - 1) + " ..."));
        }
        return kept;
    }

    private String clip(String line) {
        return clip(line, width);
    }

    /** The line cut to {@code columns} visible columns; escapes are kept and colour reset after a cut. */
    static String clip(String line, int columns) {
        if (Wrap.visibleLength(line) <= columns) {
            return line;
        }
        var kept = new StringBuilder();
        int visible = 0;
        for (int i = 0; i < line.length() && visible < columns - 3; i++) {
            char c = line.charAt(i);
            if (c == '\u001b') {
                int end = line.indexOf('m', i);
                if (end > 0) {
                    kept.append(line, i, end + 1);
                    i = end;
                    continue;
                }
            }
            kept.append(c);
            visible++;
        }
        return kept + (line.contains("\u001b[") ? "\u001b[0m" : "") + "...";
    }
}
