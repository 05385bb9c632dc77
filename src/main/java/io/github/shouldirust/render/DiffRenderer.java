package io.github.shouldirust.render;

import io.github.shouldirust.core.Answers;
import io.github.shouldirust.core.Rule;
import io.github.shouldirust.core.RulesDiff;
import io.github.shouldirust.core.Thresholds;
import io.github.shouldirust.core.VerdictFlips;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * {@code rules diff} for people at a terminal: at most 80 columns, the headline first. File names, ids
 * and example names come from files, so each goes through {@link Printable} before it is printed.
 */
public final class DiffRenderer {
    static final int WIDTH = 80;
    private static final Pattern PLAIN_WORD = Pattern.compile("[A-Za-z0-9._,=:/+@%-]+");

    private final PrintWriter out;

    private DiffRenderer(PrintWriter out) {
        this.out = out;
    }

    /** The files as the user named them, for the report's header. */
    public record Files(String old, String changed) {}

    public static void text(RulesDiff diff, Files files, PrintWriter out) {
        new DiffRenderer(out).render(diff, files);
        out.flush();
    }

    private void render(RulesDiff diff, Files files) {
        var flips = diff.flips();
        out.println(headline(flips));
        wrap("  ", Printable.line(files.old()) + " -> " + Printable.line(files.changed()), "    ");
        wrap(
                "  ",
                coverage(flips) + ". A profile answers each question (of either file) or leaves it " + "unanswered.",
                "  ");
        if (flips.changed() > 0) {
            out.println();
            out.println(String.format(Locale.ROOT, "%-46s%12s%9s", "Verdict changes", "profiles", "share"));
            for (var direction : flips.directions()) {
                if (direction.count() == 0) {
                    continue;
                }
                out.println(String.format(
                        Locale.ROOT,
                        "  %-44s%12s%9s",
                        direction.from().id() + " -> " + direction.to().id(),
                        count(direction.count()),
                        percent(direction.count(), flips.profiles())));
                direction
                        .example()
                        .ifPresent(example -> command(
                                "    e.g. ",
                                example,
                                direction.minimal()
                                        ? ""
                                        : " (shrinking stopped at its budget of " + count(VerdictFlips.SHRINK_BUDGET)
                                                + " tries)"));
            }
            wrap(
                    "  ",
                    "Each example is the smallest found; add --rules with either file to see its side, "
                            + "leaving out answers to questions that file lacks.",
                    "  ");
        }
        rules(diff);
        if (!diff.examples().isEmpty()) {
            out.println();
            out.println("Examples whose result changes");
            for (var example : diff.examples()) {
                wrap("  ", Printable.line(example.name()), "  ");
                out.println("    " + example.oldVerdict().id() + ", " + Printable.line(example.oldLanguage()) + " -> "
                        + example.newVerdict().id() + ", " + Printable.line(example.newLanguage()));
            }
        }
    }

    private void rules(RulesDiff diff) {
        if (!diff.rules().isEmpty()) {
            out.println();
            out.println("Rules");
            for (var change : diff.rules()) {
                wrap(
                        String.format(Locale.ROOT, "  %-8s ", change.kind()),
                        Printable.line(change.id()) + " (" + Printable.line(ruleDetail(change)) + ")",
                        "           ");
            }
        }
        if (!diff.oldThresholds().equals(diff.newThresholds())) {
            out.println();
            out.println("Thresholds");
            thresholdChanges(diff).forEach(change -> out.println("  " + change));
        }
        if (!diff.questionsAdded().isEmpty() || !diff.questionsRemoved().isEmpty()) {
            out.println();
            out.println("Questions");
            diff.questionsAdded().forEach(id -> wrap("  added    ", Printable.line(id), "           "));
            diff.questionsRemoved().forEach(id -> wrap("  removed  ", Printable.line(id), "           "));
        }
    }

    static String headline(VerdictFlips flips) {
        var profiles = flips.exhaustive()
                ? "all " + count(flips.profiles()) + " profiles"
                : count(flips.profiles()) + " sampled profiles";
        return flips.changed() == 0
                ? "No verdict changes over " + profiles
                : percent(flips.changed(), flips.profiles()) + " of " + profiles + " change verdict";
    }

    /** How the profiles were chosen, so a reader can judge (and repeat) the figures. */
    static String coverage(VerdictFlips flips) {
        if (flips.exhaustive()) {
            return "Every profile was tried";
        }
        var sampled = "Sampled with seed " + flips.seed() + " from " + count(flips.space()) + " profiles";
        return flips.ranOut()
                ? sampled + "; the work budget (" + count(VerdictFlips.WORK_BUDGET) + " rule "
                        + "evaluations) stopped the sample at " + count(flips.profiles()) + " of the "
                        + count(flips.requested())
                        + " asked, so rare changes may be missed"
                : sampled + ", too many to try one by one";
    }

    /** A changed rule's parts, or an added or removed rule's score, and its cap when it has one. */
    static String ruleDetail(RulesDiff.RuleChange change) {
        if (change.before().isPresent() && change.after().isPresent()) {
            var parts = new ArrayList<String>();
            for (var part : change.parts()) {
                parts.add(
                        part.equals("score")
                                ? "score "
                                        + Phrases.signed(change.before().get().score()) + " -> "
                                        + Phrases.signed(change.after().get().score())
                                : part);
            }
            return String.join(", ", parts);
        }
        var rule = change.after().or(change::before).orElseThrow();
        return "score " + Phrases.signed(rule.score()) + cap(rule);
    }

    private static String cap(Rule rule) {
        return rule.cap().atMost().map(verdict -> ", caps at " + verdict.id()).orElse("");
    }

    /** Each threshold that moves, as "consider-rust from 0 -> +2". */
    static List<String> thresholdChanges(RulesDiff diff) {
        var changes = new ArrayList<String>();
        Thresholds a = diff.oldThresholds();
        Thresholds b = diff.newThresholds();
        if (a.useRust() != b.useRust()) {
            changes.add("use-rust from " + Phrases.signed(a.useRust()) + " -> " + Phrases.signed(b.useRust()));
        }
        if (a.considerRust() != b.considerRust()) {
            changes.add("consider-rust from " + Phrases.signed(a.considerRust()) + " -> "
                    + Phrases.signed(b.considerRust()));
        }
        return changes;
    }

    /** With thousands separators: a long or a BigInteger (the size of the answer space). */
    static String count(Number count) {
        return String.format(Locale.ROOT, "%,d", count);
    }

    /** A share to one decimal; a share that would round to nothing shows as "<0.1%", not as none. */
    static String percent(long part, long whole) {
        if (part > 0 && part * 2000 < whole) {
            return "<0.1%";
        }
        if (part < whole && (whole - part) * 2000 < whole) {
            return ">99.9%"; // not "100.0%" while some profile keeps its verdict
        }
        return percentValue(part, whole).setScale(1, RoundingMode.HALF_EVEN).toPlainString() + "%";
    }

    static BigDecimal percentValue(long part, long whole) {
        return whole == 0
                ? BigDecimal.ZERO
                : BigDecimal.valueOf(part)
                        .multiply(BigDecimal.valueOf(100))
                        .divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_EVEN);
    }

    /** The answers as the flags that give them: {@code -a id=value,value}, quoted for a shell where needed. */
    static List<String> flags(Answers answers) {
        var flags = new ArrayList<String>();
        answers.asMap()
                .forEach((question, chosen) -> flags.add("-a " + shellWord(question + "=" + String.join(",", chosen))));
        return flags;
    }

    static String shellWord(String word) {
        return PLAIN_WORD.matcher(word).matches() ? word : "'" + word.replace("'", "'\\''") + "'";
    }

    /** A command to paste, broken with a backslash where it would pass 80 columns. */
    private void command(String prefix, Answers answers, String note) {
        var line = new StringBuilder(prefix).append("should-i-rust --no-input");
        var indent = " ".repeat(prefix.length() + 4);
        for (var flag : flags(answers)) {
            var printable = Printable.line(flag);
            if (line.length() > indent.length() && line.length() + 1 + printable.length() + 2 > WIDTH) {
                out.println(line.append(" \\"));
                line = new StringBuilder(indent);
            } else {
                line.append(' ');
            }
            line.append(printable);
        }
        out.println(line);
        if (!note.isEmpty()) {
            wrap(" ".repeat(prefix.length()), note.strip(), " ".repeat(prefix.length()));
        }
    }

    private void wrap(String prefix, String text, String indent) {
        Wrap.lines(prefix, text, WIDTH, indent).forEach(out::println);
    }
}
