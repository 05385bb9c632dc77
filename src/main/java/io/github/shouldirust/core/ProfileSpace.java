package io.github.shouldirust.core;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Every profile over the questions of two rule sets: each question unanswered or given one allowed answer.
 * A profile is a {@code long[]}, one bitmask of chosen options per question (0 = unanswered), so that
 * millions of them can be evaluated without building {@link Answers}.
 */
public final class ProfileSpace {
    /** Options past this many do not fit a question's bitmask (one bit each, the sign bit unused). */
    public static final int MAX_OPTIONS = 62;

    /**
     * One question as both rule sets know it: the options of either (OLD's order, then NEW's additions),
     * multi-choice only when both say so (so a profile is allowed under both), exclusive when either says.
     *
     * @param exclusive the bits of the options that can only be chosen alone
     */
    public record Slot(String id, List<String> values, boolean multi, long exclusive) {
        public Slot {
            values = List.copyOf(values);
        }

        /** How many states: unanswered, then each allowed answer. */
        public long states() {
            if (!multi) {
                return 1 + values.size();
            }
            int loose = values.size() - Long.bitCount(exclusive);
            return 1 + Long.bitCount(exclusive) + ((1L << loose) - 1);
        }

        /**
         * The bitmask of state {@code index} (0 to {@link #states} - 1): 0 is unanswered; for a multi
         * question the exclusive options alone come next, then every non-empty set of the others.
         */
        public long state(long index) {
            if (index == 0) {
                return 0;
            }
            if (!multi) {
                return 1L << (index - 1);
            }
            int exclusives = Long.bitCount(exclusive);
            if (index <= exclusives) {
                return nthBit(exclusive, (int) index - 1);
            }
            // Spread the subset number's bits over the options that are not exclusive.
            long subset = index - exclusives;
            long mask = 0;
            long free = ~exclusive & ((1L << values.size()) - 1);
            while (subset != 0 && free != 0) {
                long lowest = Long.lowestOneBit(free);
                if ((subset & 1) != 0) {
                    mask |= lowest;
                }
                subset >>>= 1;
                free &= ~lowest;
            }
            return mask;
        }

        private static long nthBit(long bits, int n) {
            for (int i = 0; i < n; i++) {
                bits &= bits - 1;
            }
            return Long.lowestOneBit(bits);
        }

        /** The bits of these values; a value this question lacks has none. */
        long mask(Iterable<String> chosen) {
            long mask = 0;
            for (var value : chosen) {
                int bit = values.indexOf(value);
                mask |= bit < 0 ? 0 : 1L << bit;
            }
            return mask;
        }

        /** The chosen values, in option order. */
        public List<String> chosen(long mask) {
            var chosen = new ArrayList<String>();
            for (int bit = 0; bit < values.size(); bit++) {
                if ((mask & (1L << bit)) != 0) {
                    chosen.add(values.get(bit));
                }
            }
            return chosen;
        }
    }

    private final List<Slot> slots;
    private final LinkedHashMap<String, Integer> index = new LinkedHashMap<>();

    private ProfileSpace(List<Slot> slots) {
        this.slots = List.copyOf(slots);
        for (var slot : slots) {
            index.put(slot.id(), index.size());
        }
    }

    /** The union of both rule sets' questions, by id: OLD's in order, then those only NEW has. */
    public static ProfileSpace of(RuleSet old, RuleSet changed) {
        var merged = new LinkedHashMap<String, Slot>();
        for (var rules : List.of(old, changed)) {
            for (var question : rules.questions()) {
                merged.merge(question.id(), slot(question), ProfileSpace::union);
            }
        }
        for (var slot : merged.values()) {
            if (slot.values().size() > MAX_OPTIONS) {
                throw new IllegalArgumentException("question '" + slot.id() + "' has "
                        + slot.values().size() + " options; rules diff handles at most " + MAX_OPTIONS);
            }
        }
        return new ProfileSpace(new ArrayList<>(merged.values()));
    }

    private static Slot slot(Question question) {
        long exclusive = 0;
        for (int bit = 0; bit < question.choices().size() && bit < 64; bit++) {
            exclusive |= question.choices().get(bit).exclusive() ? 1L << bit : 0;
        }
        return new Slot(question.id(), question.values(), question.isMulti(), exclusive);
    }

    private static Slot union(Slot a, Slot b) {
        var values = new ArrayList<>(a.values());
        b.values().stream().filter(v -> !values.contains(v)).forEach(values::add);
        long exclusive = a.exclusive();
        for (int bit = 0; bit < b.values().size(); bit++) {
            if ((b.exclusive() & (1L << bit)) != 0 && values.indexOf(b.values().get(bit)) < 64) {
                exclusive |= 1L << values.indexOf(b.values().get(bit));
            }
        }
        return new Slot(a.id(), values, a.multi() && b.multi(), exclusive);
    }

    public List<Slot> slots() {
        return slots;
    }

    /** The slot's position in a profile, or -1 for a question neither rule set has. */
    int indexOf(String question) {
        return index.getOrDefault(question, -1);
    }

    /** How many profiles there are: the product of every question's states. */
    public BigInteger size() {
        var size = BigInteger.ONE;
        for (var slot : slots) {
            size = size.multiply(BigInteger.valueOf(slot.states()));
        }
        return size;
    }

    /** Profile number {@code number} (0 to size - 1), read as a number in mixed radix, first question lowest. */
    public long[] at(long number) {
        var profile = new long[slots.size()];
        for (int q = 0; q < profile.length; q++) {
            long states = slots.get(q).states();
            profile[q] = slots.get(q).state(number % states);
            number /= states;
        }
        return profile;
    }

    /** A profile drawn at random, each question's states equally likely. */
    public long[] sample(SplittableRandom random) {
        var profile = new long[slots.size()];
        for (int q = 0; q < profile.length; q++) {
            profile[q] = slots.get(q).state(random.nextLong(slots.get(q).states()));
        }
        return profile;
    }

    /** The profile as answers, in question order; unanswered questions absent. */
    public Answers answers(long[] profile) {
        var answers = new LinkedHashMap<String, List<String>>();
        for (int q = 0; q < profile.length; q++) {
            if (profile[q] != 0) {
                answers.put(slots.get(q).id(), slots.get(q).chosen(profile[q]));
            }
        }
        return Answers.of(answers);
    }
}
