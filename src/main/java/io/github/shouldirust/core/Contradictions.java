package io.github.shouldirust.core;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Two rules that fire on exactly the same answers, one for Rust and one against, cancel out. Only rules
 * that test the same questions are compared: two conditions over different questions fire on the same
 * answers only when one tests a question it does not depend on (as "q is a or q is not a"), which this
 * lint lets pass.
 *
 * <p>Exact and cheap on large files: a group of one sign cannot contradict; within a group, the rules are
 * first sorted by where they fire among a few sampled answers (rules that fire on the same answers agree
 * on any sample), and only rules of opposite signs sharing a sample are compared over every answer.
 */
final class Contradictions {
    /** Answer combinations listed to compare rules' firing: each compared rule is evaluated on each one. */
    static final int MAX_FIRING_PATTERN = 65_536;
    /** Answer combinations of a group past which it is not even sampled: far more than any real group has. */
    private static final long MAX_SAMPLED = 1L << 40;
    /** Sampled answers per group: enough to tell nearly all unequal rules apart. */
    private static final int SAMPLES = 64;

    private final RuleSetChecker checker;
    private final List<Rule> list;

    private Contradictions(RuleSetChecker checker) {
        this.checker = checker;
        this.list = checker.rules().rules();
    }

    static void check(RuleSetChecker checker) {
        new Contradictions(checker).check();
    }

    private void check() {
        var byQuestions = new HashMap<Set<String>, List<Integer>>();
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).score() != 0) {
                byQuestions
                        .computeIfAbsent(Set.copyOf(list.get(i).when().questions()), k -> new ArrayList<>())
                        .add(i);
            }
        }
        for (var group : byQuestions.values()) {
            if (group.size() >= 2 && bothSigns(group)) {
                group(group);
            }
        }
    }

    private boolean bothSigns(List<Integer> group) {
        boolean up = false;
        boolean down = false;
        for (int index : group) {
            up |= list.get(index).score() > 0;
            down |= list.get(index).score() < 0;
        }
        return up && down;
    }

    /** Rules testing the same questions: sorted by samples, then compared exactly where the signs differ. */
    private void group(List<Integer> group) {
        var questions = List.copyOf(list.get(group.get(0)).when().questions());
        var table = table(questions, group);
        if (table == null) {
            return;
        }
        var bySample = new LinkedHashMap<BitSet, List<Integer>>();
        var samples = samples(table);
        for (int index : group) {
            bySample.computeIfAbsent(pattern(table, index, samples), k -> new ArrayList<>())
                    .add(index);
        }
        var same = new ArrayList<List<Integer>>();
        for (var candidates : bySample.values()) {
            if (candidates.size() >= 2 && bothSigns(candidates)) {
                same.addAll(firingClasses(questions, candidates));
            }
        }
        // Reported in the order of each class's first rule: the order of the one-pass comparison it replaces.
        same.sort(java.util.Comparator.comparingInt(indices -> indices.get(0)));
        same.forEach(this::report);
    }

    /** The group's answers; null, and the check counted as not run, when too many to list. */
    private AnswerTable table(List<String> questions, List<Integer> rules) {
        var conditions = new ArrayList<Condition>();
        rules.forEach(index -> conditions.add(list.get(index).when()));
        var table = AnswerTable.distinct(checker.rules(), questions, conditions, MAX_SAMPLED)
                .orElse(null);
        if (table == null) {
            checker.skip();
        }
        return table;
    }

    /** Every combination when there are few; else a fixed sample of them (the same on every run). */
    private static List<int[]> samples(AnswerTable table) {
        var samples = new ArrayList<int[]>();
        if (table.size() <= SAMPLES) {
            table.any(choice -> !samples.add(choice.clone()));
            return samples;
        }
        var random = new Random(table.size());
        for (int s = 0; s < SAMPLES; s++) {
            var choice = new int[table.questions().size()];
            for (int slot = 0; slot < choice.length; slot++) {
                choice[slot] = random.nextInt(table.candidates(slot).size());
            }
            samples.add(choice);
        }
        return samples;
    }

    private BitSet pattern(AnswerTable table, int index, List<int[]> combinations) {
        var condition = table.compile(list.get(index).when());
        var pattern = new BitSet(combinations.size());
        for (int c = 0; c < combinations.size(); c++) {
            pattern.set(c, AnswerTable.holds(condition, combinations.get(c)));
        }
        return pattern;
    }

    /**
     * Rules grouped by their firing over every answer to their questions (over the answers these rules
     * tell apart, which is as exact): equal patterns, equal firing.
     */
    private List<List<Integer>> firingClasses(List<String> questions, List<Integer> candidates) {
        var table = table(questions, candidates);
        if (table == null) {
            return List.of();
        }
        if (table.size() > MAX_FIRING_PATTERN) {
            checker.skip();
            return List.of();
        }
        var every = new ArrayList<int[]>();
        table.any(choice -> !every.add(choice.clone()));
        var byPattern = new LinkedHashMap<BitSet, List<Integer>>();
        for (int index : candidates) {
            byPattern
                    .computeIfAbsent(pattern(table, index, every), k -> new ArrayList<>())
                    .add(index);
        }
        return new ArrayList<>(byPattern.values());
    }

    /**
     * Each rule is reported once, against the first earlier rule of the opposite sign: a file of many
     * copies would otherwise get a report for every pair.
     */
    private void report(List<Integer> same) {
        Rule firstFor = null;
        Rule firstAgainst = null;
        for (int index : same) {
            var rule = list.get(index);
            var opposite = rule.score() > 0 ? firstAgainst : firstFor;
            if (opposite != null) {
                checker.report(Problem.error(
                        checker.rulePath(rule) + "/when",
                        "rule '" + rule.id()
                                + "' contradicts rule '" + opposite.id()
                                + "': they fire on exactly the same answers with "
                                + "opposite effects (" + RuleSetChecker.signed(opposite.score()) + ", "
                                + RuleSetChecker.signed(rule.score()) + ")"));
            }
            if (rule.score() > 0 && firstFor == null) {
                firstFor = rule;
            } else if (rule.score() < 0 && firstAgainst == null) {
                firstAgainst = rule;
            }
        }
    }
}
