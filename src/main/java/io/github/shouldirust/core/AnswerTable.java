package io.github.shouldirust.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A few questions, each with the answers a check tries (a slot of candidates), and conditions compiled to
 * tables over those candidates. The checker's exhaustive searches go through every combination: a
 * combination is an array of candidate indices, and evaluating a compiled condition on it allocates
 * nothing, where building {@link Answers} maps for each one cost most of a large check's time.
 */
final class AnswerTable {
    static final int TEST = 0;
    static final int ALL = 1;
    static final int ANY = 2;
    static final int NOT = 3;

    /** A compiled condition: a TEST reads {@code holds} at its slot's candidate, the rest combine. */
    record Compiled(int kind, int slot, boolean[] holds, Compiled[] parts) {}

    private final List<String> questions;
    private final List<List<List<String>>> candidates;
    private final Map<String, Integer> slotOf = new HashMap<>();

    /** @param candidates for each question, the answers to try (an empty list: unanswered) */
    AnswerTable(List<String> questions, List<List<List<String>>> candidates) {
        this.questions = List.copyOf(questions);
        this.candidates = List.copyOf(candidates);
        for (int slot = 0; slot < questions.size(); slot++) {
            slotOf.put(questions.get(slot), slot);
        }
    }

    /**
     * The questions (those the rules define), each narrowed to the answers these conditions tell apart,
     * unanswered first: as exact for these conditions as every answer, and a handful where the whole
     * file's tests would split a multi-choice question into dozens. Empty when a question's answers are
     * too many to list or the combinations exceed {@code limit}.
     */
    static Optional<AnswerTable> distinct(
            RuleSet rules, List<String> questions, List<Condition> conditions, long limit) {
        var tests = new HashMap<String, List<Set<String>>>();
        for (var condition : conditions) {
            CompiledRules.collectTests(condition, tests);
        }
        var ids = new ArrayList<String>();
        var candidates = new ArrayList<List<List<String>>>();
        long size = 1;
        for (var id : questions) {
            var question = rules.question(id).orElse(null);
            if (question == null) {
                continue; // validated away; a test of it never holds
            }
            var groups = AnswerGroups.of(question, tests.getOrDefault(id, List.of()));
            if (!groups.countable()) {
                return Optional.empty();
            }
            var answers = new ArrayList<List<String>>();
            for (var group : groups.groups(true)) {
                answers.add(group.values());
            }
            size *= answers.size();
            if (size > limit) {
                return Optional.empty();
            }
            ids.add(id);
            candidates.add(answers);
        }
        return Optional.of(new AnswerTable(ids, candidates));
    }

    /** This table with one more question, last, whose candidates are given. */
    AnswerTable with(String question, List<List<String>> answers) {
        var ids = new ArrayList<>(questions);
        ids.add(question);
        var all = new ArrayList<>(candidates);
        all.add(answers);
        return new AnswerTable(ids, all);
    }

    /** How many combinations there are. */
    long size() {
        long size = 1;
        for (var slot : candidates) {
            size *= slot.size();
        }
        return size;
    }

    List<String> questions() {
        return questions;
    }

    /** The slot of a question, or -1. */
    int slot(String question) {
        return slotOf.getOrDefault(question, -1);
    }

    List<List<String>> candidates(int slot) {
        return candidates.get(slot);
    }

    Compiled compile(Condition condition) {
        if (condition instanceof Condition.AnswerIn test) {
            int slot = slot(test.question());
            if (slot < 0) {
                return new Compiled(ANY, -1, null, new Compiled[0]); // not a question here: never holds
            }
            var answers = candidates.get(slot);
            var holds = new boolean[answers.size()];
            for (int c = 0; c < holds.length; c++) {
                holds[c] = CompiledRules.passes(test, answers.get(c));
            }
            return new Compiled(TEST, slot, holds, null);
        }
        if (condition instanceof Condition.Not not) {
            return new Compiled(NOT, -1, null, new Compiled[] {compile(not.part())});
        }
        boolean all = condition instanceof Condition.All;
        var parts = all ? ((Condition.All) condition).parts() : ((Condition.Any) condition).parts();
        var compiled = new Compiled[parts.size()];
        for (int i = 0; i < compiled.length; i++) {
            compiled[i] = compile(parts.get(i));
        }
        return new Compiled(all ? ALL : ANY, -1, null, compiled);
    }

    /** Whether the condition holds on a combination (one candidate index per slot). */
    static boolean holds(Compiled condition, int[] choice) {
        switch (condition.kind) {
            case TEST:
                return condition.holds[choice[condition.slot]];
            case NOT:
                return !holds(condition.parts[0], choice);
            case ALL:
                for (var part : condition.parts) {
                    if (!holds(part, choice)) {
                        return false;
                    }
                }
                return true;
            default:
                for (var part : condition.parts) {
                    if (holds(part, choice)) {
                        return true;
                    }
                }
                return false;
        }
    }

    /** Whether some combination passes the test; the array it is given changes after each call. */
    boolean any(Predicate<int[]> test) {
        return any(questions.size(), test);
    }

    /**
     * Whether some combination of the first {@code varying} slots passes; the later slots stay at their
     * first candidate for the test to set as it likes.
     */
    boolean any(int varying, Predicate<int[]> test) {
        var choice = new int[questions.size()];
        while (true) {
            if (test.test(choice)) {
                return true;
            }
            int slot = varying - 1;
            while (slot >= 0 && ++choice[slot] == candidates.get(slot).size()) {
                choice[slot--] = 0;
            }
            if (slot < 0) {
                return false;
            }
        }
    }
}
