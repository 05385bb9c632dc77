package io.github.shouldirust.render;

import io.github.shouldirust.core.LanguageFit;
import io.github.shouldirust.core.Thresholds;
import java.util.ArrayList;
import java.util.List;

/** Small terminal bar charts: block characters in colour, plain ASCII without. */
final class Charts {
    /** Cells in the score scale and the longest fit bar, at most: narrower terminals get less. */
    static final int MAX_SCALE = 48;

    static final int MAX_BAR = 24;
    /** Room either side of the thresholds, so a score just past one still shows where it sits. */
    private static final int MARGIN = 4;

    private final Style style;
    private final int scale;
    private final int bar;

    /** @param width the terminal's width, which the charts stay within */
    Charts(Style style, int width) {
        this.style = style;
        this.scale = Math.max(20, Math.min(MAX_SCALE, width - 12));
        this.bar = Math.max(10, Math.min(MAX_BAR, width - 30));
    }

    /**
     * Three lines: the verdict zones named at their starts, the zones as a bar, and a marker under the
     * score. The scale runs from a little below the lower threshold (or the score) to a little above the
     * upper one (or the score).
     */
    List<String> score(int score, Thresholds thresholds, String indent) {
        int low = Math.min(score, thresholds.considerRust()) - MARGIN;
        int high = Math.max(score, thresholds.useRust()) + MARGIN;
        int considerAt = cell(thresholds.considerRust(), low, high);
        int useAt = Math.max(considerAt + 1, cell(thresholds.useRust(), low, high));
        int scoreAt = cell(score, low, high);
        var labels = new StringBuilder(" ".repeat(scale + 12));
        place(labels, 0, "avoid-rust");
        place(labels, considerAt, "consider-rust");
        place(labels, useAt, "use-rust");
        var bar = new StringBuilder();
        var zones = new StringBuilder();
        zones.append(zone(0, considerAt, style.blocks() ? "█" : "-", style::red));
        zones.append(zone(considerAt, useAt, style.blocks() ? "█" : "=", style::yellow));
        zones.append(zone(useAt, scale, style.blocks() ? "█" : "#", style::green));
        var marker = " ".repeat(scoreAt) + "^ " + Phrases.signed(score);
        return List.of(indent + labels.toString().stripTrailing(), indent + zones, indent + style.bold(marker));
    }

    private int cell(int value, int low, int high) {
        return (int) Math.round((double) (value - low) * (scale - 1) / (high - low));
    }

    /** Writes a label at a column unless it would overwrite the one before it. */
    private static void place(StringBuilder line, int at, String label) {
        int from = at;
        while (from > 0 && line.charAt(from - 1) != ' ') {
            from++;
        }
        if (from + label.length() <= line.length()) {
            line.replace(from, from + label.length(), label);
        }
    }

    private static String zone(int from, int to, String cell, java.util.function.UnaryOperator<String> colour) {
        return to > from ? colour.apply(cell.repeat(to - from)) : "";
    }

    /** One bar per language, scaled to the largest fit; a fit of zero or less gets no bar. */
    List<String> fits(List<LanguageFit> fits, String indent) {
        int largest = Math.max(1, fits.stream().mapToInt(LanguageFit::fit).max().orElse(1));
        int nameWidth =
                fits.stream().mapToInt(f -> f.language().name().length()).max().orElse(0);
        var lines = new ArrayList<String>();
        for (var fit : fits) {
            int cells = fit.fit() <= 0 ? 0 : Math.max(1, (int) Math.round((double) fit.fit() * bar / largest));
            var name = fit.language().name()
                    + " ".repeat(nameWidth - fit.language().name().length());
            var drawn = style.blocks() ? style.bold("█".repeat(cells)) : "#".repeat(cells);
            lines.add(indent + name + "  " + drawn + (cells > 0 ? " " : "") + Phrases.signed(fit.fit()));
        }
        return lines;
    }
}
