package io.github.shouldirust.support;

import io.github.shouldirust.quiz.QuizTerminal;
import java.io.IOException;
import java.util.EnumSet;
import java.util.TreeMap;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.InfoCmp;
import org.jline.utils.InfoCmp.Capability;

/**
 * Run on a pseudo-terminal by QuizInAPtyIT: describes the terminal the quiz opens, then the one JLine's
 * own builder opens with the quiz's settings and descriptions, one line each, so the two can be compared.
 */
public final class TerminalReport {
    private TerminalReport() {}

    public static void main(String[] args) throws IOException {
        try (var quiz = QuizTerminal.openSystem()) {
            System.out.println("quiz " + describe(quiz));
        }
        // As the quiz has JLine do for a type it carries: its own description, not infocmp's.
        var type = System.getenv("TERM");
        var bundled = InfoCmp.getDefaultInfoCmp(type);
        if (bundled != null) {
            InfoCmp.setLoadedInfoCmp(type, bundled);
        }
        try (var jline = TerminalBuilder.builder()
                .system(true)
                .systemOutput(TerminalBuilder.SystemOutput.SysErr)
                .dumb(true)
                .nativeSignals(true)
                .provider("jni")
                .build()) {
            System.out.println("jline " + describe(jline));
        }
    }

    private static String describe(Terminal terminal) {
        var capabilities = new TreeMap<String, Object>();
        for (var capability : EnumSet.allOf(Capability.class)) {
            if (terminal.getBooleanCapability(capability)) {
                capabilities.put(capability.name(), true);
            }
            var number = terminal.getNumericCapability(capability);
            if (number != null) {
                capabilities.put(capability.name(), number);
            }
            var string = terminal.getStringCapability(capability);
            if (string != null) {
                capabilities.put(capability.name(), string);
            }
        }
        return terminal.getClass().getSimpleName() + " | " + terminal.getName() + " | " + terminal.getType()
                + " | " + terminal.encoding() + " " + terminal.inputEncoding() + " " + terminal.outputEncoding()
                + " | " + terminal.getSize() + " | " + capabilities.hashCode() + " " + capabilities.size();
    }
}
