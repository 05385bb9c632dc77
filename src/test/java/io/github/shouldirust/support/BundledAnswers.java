package io.github.shouldirust.support;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One answer to each of the bundled rules' 14 questions, in their order, as {@code -a question=value}
 * flags: a team that writes Go starting a long-lived network service. Tests that need the quiz to ask only
 * some questions, or a run to ask none, start from these.
 */
public final class BundledAnswers {
    private static final List<String> ANSWERS = List.of(
            "building=network-service",
            "lifespan=years",
            "latency=critical",
            "performance=important",
            "safety=important",
            "concurrency=some",
            "deployment=none",
            "experience=professional",
            "rust-experience=some",
            "team-languages=go",
            "codebase=greenfield",
            "iteration-speed=important",
            "hiring=no",
            "ai-written=none");

    private BundledAnswers() {}

    /** Every question answered, so the program asks none. */
    public static List<String> flags() {
        return flags(byQuestion());
    }

    /** Every question answered but {@code questions}, which the quiz is left to ask. */
    public static List<String> flagsExcept(String... questions) {
        var answers = byQuestion();
        for (var question : questions) {
            if (answers.remove(question) == null) {
                throw new IllegalArgumentException("no question '" + question + "' in " + ANSWERS);
            }
        }
        return flags(answers);
    }

    /** Every question answered, with {@code replacements} ({@code question=value}) in place of the usual answers. */
    public static List<String> flagsWith(String... replacements) {
        var answers = byQuestion();
        for (var replacement : replacements) {
            var question = question(replacement);
            if (answers.replace(question, replacement) == null) {
                throw new IllegalArgumentException("no question '" + question + "' in " + ANSWERS);
            }
        }
        return flags(answers);
    }

    /** {@code question=value} by question, in the questions' order. */
    private static Map<String, String> byQuestion() {
        var answers = new LinkedHashMap<String, String>();
        ANSWERS.forEach(answer -> answers.put(question(answer), answer));
        return answers;
    }

    private static String question(String answer) {
        return answer.substring(0, answer.indexOf('='));
    }

    private static List<String> flags(Map<String, String> answers) {
        var flags = new ArrayList<String>();
        answers.values().forEach(answer -> flags.addAll(Arrays.asList("-a", answer)));
        return List.copyOf(flags);
    }
}
