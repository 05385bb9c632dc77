package io.github.shouldirust.core;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A question's possible answers, grouped by what the rules can tell apart: two answers that pass and fail
 * the same answer tests give every rule the same result, so one stands for all. Each group keeps how many
 * answers it stands for, which weighs it when completions are counted. Thirty-two ticks of a
 * multi-choice question thus become the handful the rules distinguish.
 */
final class AnswerGroups {
    /** Classes of multi-choice values the rules tell apart; 2^this groups at most, else counting gives up. */
    static final int MAX_CLASSES = 12;

    /**
     * Answers the rules cannot tell apart.
     *
     * @param values one of them, standing for all; empty for "unanswered"
     * @param weight how many allowed answers the group holds
     */
    record Group(List<String> values, double weight) {}

    private final Question question;
    /** The allowed answers grouped; null when the rules tell too many apart to list. */
    private final List<Group> answered;

    private AnswerGroups(Question question, List<Group> answered) {
        this.question = question;
        this.answered = answered;
    }

    /** @param tests the value sets the rules test this question against */
    static AnswerGroups of(Question question, List<Set<String>> tests) {
        var membership = new LinkedHashMap<String, BitSet>();
        for (var choice : question.choices()) {
            var value = choice.value();
            var in = new BitSet();
            for (int t = 0; t < tests.size(); t++) {
                if (tests.get(t).contains(value)) {
                    in.set(t);
                }
            }
            membership.put(value, in);
        }
        var groups = question.isMulti() ? multi(question, membership) : single(membership);
        return new AnswerGroups(question, groups);
    }

    private static List<Group> single(Map<String, BitSet> membership) {
        var bySignature = new LinkedHashMap<BitSet, Group>();
        for (var entry : membership.entrySet()) {
            merge(bySignature, entry.getValue(), List.of(entry.getKey()), 1);
        }
        return List.copyOf(bySignature.values());
    }

    /**
     * An exclusive value is an answer on its own. The other values fall into classes by the tests they
     * pass; a set of ticks acts as the classes it touches, so each set of classes is one group, weighed
     * by how many tick sets touch exactly those classes.
     */
    private static List<Group> multi(Question question, Map<String, BitSet> membership) {
        var bySignature = new LinkedHashMap<BitSet, Group>();
        var classes = new LinkedHashMap<BitSet, List<String>>();
        var inert = new ArrayList<String>();
        for (var choice : question.choices()) {
            var in = membership.get(choice.value());
            if (choice.exclusive()) {
                merge(bySignature, in, List.of(choice.value()), 1);
            } else if (in.isEmpty()) {
                inert.add(choice.value());
            } else {
                var members = classes.get(in);
                if (members == null) {
                    members = new ArrayList<>();
                    classes.put(in, members);
                }
                members.add(choice.value());
            }
        }
        if (classes.size() > MAX_CLASSES) {
            return null;
        }
        var classList = new ArrayList<>(classes.entrySet());
        double inertWays = Math.pow(2, inert.size());
        for (int mask = 0; mask < (1 << classList.size()); mask++) {
            double weight = mask == 0 ? inertWays - 1 : inertWays;
            var values = new ArrayList<String>();
            var signature = new BitSet();
            for (int c = 0; c < classList.size(); c++) {
                if ((mask & (1 << c)) != 0) {
                    var members = classList.get(c).getValue();
                    weight *= Math.pow(2, members.size()) - 1;
                    values.add(members.get(0));
                    signature.or(classList.get(c).getKey());
                }
            }
            if (weight == 0) {
                continue;
            }
            if (values.isEmpty()) {
                values.add(inert.get(0));
            }
            merge(bySignature, signature, inOptionOrder(question, values), weight);
        }
        return List.copyOf(bySignature.values());
    }

    private static void merge(Map<BitSet, Group> bySignature, BitSet signature, List<String> values, double weight) {
        var known = bySignature.get(signature);
        bySignature.put(
                signature,
                known == null ? new Group(values, weight) : new Group(known.values(), known.weight() + weight));
    }

    private static List<String> inOptionOrder(Question question, List<String> values) {
        var ordered = new ArrayList<String>(values.size());
        for (var choice : question.choices()) {
            if (values.contains(choice.value())) {
                ordered.add(choice.value());
            }
        }
        return List.copyOf(ordered);
    }

    Question question() {
        return question;
    }

    /** Whether the groups could be listed; when not, only sampling can weigh this question. */
    boolean countable() {
        return answered != null;
    }

    /**
     * The groups, optionally with "unanswered" first (weight 1); only when {@link #countable()}.
     */
    List<Group> groups(boolean withUnanswered) {
        if (!withUnanswered) {
            return answered;
        }
        var all = new ArrayList<Group>();
        all.add(new Group(List.of(), 1));
        all.addAll(answered);
        return all;
    }

    /** How many answers are allowed: each value of a single choice; each allowed set of ticks. */
    double total() {
        if (!question.isMulti()) {
            return question.choices().size();
        }
        int exclusive = 0;
        for (var choice : question.choices()) {
            exclusive += choice.exclusive() ? 1 : 0;
        }
        return exclusive + Math.pow(2, question.choices().size() - exclusive) - 1;
    }

    /** One allowed answer drawn uniformly: every answer {@link #total()} counts is equally likely. */
    List<String> sample(Random random) {
        var values = question.values();
        if (!question.isMulti()) {
            return List.of(values.get(random.nextInt(values.size())));
        }
        var exclusive = question.choices().stream()
                .filter(Choice::exclusive)
                .map(Choice::value)
                .toList();
        var others = values.stream().filter(v -> !exclusive.contains(v)).toList();
        if (random.nextDouble() * total() < exclusive.size()) {
            return List.of(exclusive.get(random.nextInt(exclusive.size())));
        }
        while (true) {
            var ticked = new ArrayList<String>();
            for (var value : others) {
                if (random.nextBoolean()) {
                    ticked.add(value);
                }
            }
            if (!ticked.isEmpty()) {
                return inOptionOrder(question, ticked);
            }
        }
    }
}
