package io.github.shouldirust.core;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The user's answers: question id to the chosen values (one for a single-choice question). A question
 * that is absent is unanswered, which the advisor treats as "unknown", not as an error.
 */
public final class Answers {
    private static final Answers NONE = new Answers(Map.of());

    private final Map<String, List<String>> values;

    private Answers(Map<String, List<String>> values) {
        this.values = values;
    }

    /**
     * What separates values given together for one question: on the command line, in answers files and
     * in a rules file's examples. So no option value may hold one ({@link RuleSetValidator}).
     */
    public static final String SEPARATOR = ",";

    /** "a, b" as two values, each stripped: the one reading of values written together. */
    public static List<String> split(String text) {
        return Arrays.stream(text.split(SEPARATOR, -1)).map(String::strip).toList();
    }

    public static Answers none() {
        return NONE;
    }

    /** Answers as given, in the given order; {@link RuleSet#check(Map)} is what validates them. */
    public static Answers of(Map<String, List<String>> values) {
        var copy = new LinkedHashMap<String, List<String>>();
        values.forEach((question, chosen) -> copy.put(question, List.copyOf(chosen)));
        return new Answers(Collections.unmodifiableMap(copy));
    }

    /** The chosen values, empty when unanswered. */
    public List<String> get(String question) {
        return values.getOrDefault(question, List.of());
    }

    public boolean isAnswered(String question) {
        return values.containsKey(question);
    }

    public Set<String> questions() {
        return values.keySet();
    }

    public Map<String, List<String>> asMap() {
        return values;
    }

    /** A copy with one question answered (or re-answered). */
    public Answers with(String question, List<String> chosen) {
        var copy = new LinkedHashMap<>(values);
        copy.put(question, List.copyOf(chosen));
        return new Answers(Collections.unmodifiableMap(copy));
    }

    /** A copy with one question left unanswered. */
    public Answers without(String question) {
        var copy = new LinkedHashMap<>(values);
        copy.remove(question);
        return new Answers(Collections.unmodifiableMap(copy));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Answers a && a.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
