package io.github.shouldirust.quiz;

import io.github.shouldirust.core.Question;
import io.github.shouldirust.render.Printable;
import io.github.shouldirust.render.Wrap;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Locale;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.jline.utils.NonBlockingReader;
import org.jline.utils.Signals;

/**
 * Plain numbered prompts for a terminal without cursor control (TERM=dumb, an editor's shell): each
 * question is printed once and answered by typing a line. Needs no raw mode.
 */
final class NumberedPrompter implements Prompter {
    /** How long a read waits before checking whether Ctrl-C arrived as a signal. */
    private static final long POLL_MILLIS = 100;

    private static final int MAX_LINE = 4096;

    private final Terminal terminal;
    private final NonBlockingReader reader;
    private volatile boolean interrupted;
    /** The JVM's SIGINT handler before ours, put back when the quiz ends; null when we set none. */
    private final Object previousHandler;
    /** After a '\r', a '\n' is the same line end, not an empty line. */
    private boolean afterCarriageReturn;

    NumberedPrompter(Terminal terminal) {
        this.terminal = terminal;
        this.reader = terminal.reader();
        // In a cooked terminal Ctrl-C is a signal, not a character; note it and let the read loop stop.
        terminal.handle(Terminal.Signal.INT, signal -> interrupted = true);
        // JLine's own dumb terminal ignores handle(), so the JVM would die silently: catch SIGINT here.
        previousHandler = terminal instanceof DumbTerminal ? Signals.register("INT", () -> interrupted = true) : null;
    }

    @Override
    public void restoreTerminal() {
        if (previousHandler != null) {
            Signals.unregister("INT", previousHandler);
        }
    }

    @Override
    public Step ask(Question question, Progress progress, Step start, boolean canGoBack)
            throws IOException, QuizCancelledException {
        var choices = new Choices(question, start);
        print("");
        print("[" + progress.text() + "] " + Printable.line(question.prompt()));
        for (int row = 0; row < choices.rows(); row++) {
            print("  " + (row + 1) + ") " + choices.label(row) + (choices.isDefault(row) ? " (default)" : ""));
        }
        // Enter keeps where the selection starts: an earlier choice, the default, or "don't know".
        var kept = start instanceof Step.Answer answer && answer.values().isEmpty() ? new Step.DontKnow() : start;
        while (true) {
            var hint = question.isMulti() ? "numbers, comma-separated" : "a number";
            var line = readLine("Choose " + hint + " (enter: " + Choices.describe(question, kept) + ", ? why we ask"
                            + (canGoBack ? ", b back" : "") + "): ")
                    .strip()
                    .toLowerCase(Locale.ROOT);
            if (line.isEmpty()) {
                return kept;
            }
            if (line.equals("?")) {
                Wrap.lines("  ", question.help(), width(), "  ").forEach(this::print);
                continue;
            }
            if (canGoBack && (line.equals("b") || line.equals("back"))) {
                return new Step.Back();
            }
            var step = parse(line, choices);
            if (step != null) {
                return step;
            }
            print("  Please type " + (question.isMulti() ? "one or more numbers" : "one number") + " from 1 to "
                    + choices.rows() + ".");
        }
    }

    /** Numbers (or option values) to a step; null when the line is not a valid choice. */
    private static Step parse(String line, Choices choices) {
        var question = choices.question();
        var picked = new LinkedHashSet<String>();
        for (var part : line.split("[,\\s]+")) {
            int row = rowOf(part, choices);
            if (row < 0) {
                return null;
            }
            if (row == choices.dontKnowRow()) {
                return line.split("[,\\s]+").length == 1 ? new Step.DontKnow() : null;
            }
            picked.add(question.choices().get(row).value());
        }
        if (picked.isEmpty() || (!question.isMulti() && picked.size() > 1)) {
            return null;
        }
        var exclusive =
                picked.stream().anyMatch(v -> question.choice(v).orElseThrow().exclusive());
        if (exclusive && picked.size() > 1) {
            return null;
        }
        var values = new ArrayList<String>();
        question.values().stream().filter(picked::contains).forEach(values::add);
        return new Step.Answer(values);
    }

    private static int rowOf(String part, Choices choices) {
        if (part.matches("\\d{1,3}")) {
            int row = Integer.parseInt(part) - 1;
            return row < choices.rows() ? row : -1;
        }
        return choices.question().values().indexOf(part);
    }

    /** A dumb terminal often reports no width at all. */
    private int width() {
        int columns = terminal.getWidth();
        return columns < 40 ? 80 : columns - 1;
    }

    @Override
    public Settled settled(String message, int remaining, boolean canGoBack)
            throws IOException, QuizCancelledException {
        print("");
        print(message);
        print("  1) See the verdict");
        print("  2) Answer the other " + remaining + " anyway");
        while (true) {
            var line = readLine("Choose a number (enter: see the verdict" + (canGoBack ? ", b back" : "") + "): ")
                    .strip()
                    .toLowerCase(Locale.ROOT);
            if (line.isEmpty() || line.equals("1")) {
                return Settled.FINISH;
            }
            if (line.equals("2")) {
                return Settled.ANSWER_THE_REST;
            }
            if (canGoBack && (line.equals("b") || line.equals("back"))) {
                return Settled.BACK;
            }
            print("  Please type 1 or 2.");
        }
    }

    @Override
    public String askLine(String prompt) throws IOException, QuizCancelledException {
        return readLine(prompt).strip();
    }

    @Override
    public void say(String line) {
        line = Printable.line(line);
        print(line);
    }

    private void print(String line) {
        terminal.writer().println(line);
        terminal.flush();
    }

    /** Reads one line; Ctrl-D (end of input) or Ctrl-C cancels. */
    private String readLine(String prompt) throws IOException, QuizCancelledException {
        terminal.writer().print(prompt);
        terminal.flush();
        var line = new StringBuilder();
        while (true) {
            if (interrupted) {
                throw new QuizCancelledException();
            }
            int c;
            try {
                c = reader.read(POLL_MILLIS);
            } catch (IOException e) {
                throw new QuizCancelledException(); // the terminal went away: nobody is there to answer
            }
            if (c == NonBlockingReader.READ_EXPIRED) {
                continue;
            }
            if (c == NonBlockingReader.EOF || c == 3 || c == 4) {
                throw new QuizCancelledException();
            }
            if (c == '\n' && afterCarriageReturn && line.isEmpty()) {
                afterCarriageReturn = false;
                continue;
            }
            afterCarriageReturn = c == '\r';
            if (c == '\n' || c == '\r') {
                return line.toString();
            }
            if (line.length() < MAX_LINE) {
                line.append((char) c);
            }
        }
    }
}
