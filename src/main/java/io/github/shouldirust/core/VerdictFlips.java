package io.github.shouldirust.core;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Which profiles get a different verdict under two rule sets: every profile when there are few enough,
 * else a seeded sample; per direction, how many, and the smallest example found.
 *
 * @param exhaustive whether every profile was tried
 * @param profiles how many profiles were tried
 * @param space how many profiles there are
 * @param seed the sample's seed (unused when exhaustive)
 * @param changed how many tried profiles change verdict: the sum of the directions' counts
 * @param directions the six directions, old verdict then new verdict in verdict order, zero counts included
 * @param requested the samples asked for; more than {@code profiles} when the work budget stopped the sample
 */
public record VerdictFlips(
        boolean exhaustive,
        long profiles,
        BigInteger space,
        long seed,
        long changed,
        List<Direction> directions,
        long requested) {

    /**
     * Every profile is tried when there are at most this many. Two compiled evaluations take well under a
     * microsecond, so a million profiles cost about what ten default samples do: still fast, and exact.
     */
    public static final long EXHAUSTIVE_LIMIT = 1_000_000;
    /** Fewer samples would leave a 1-in-1000 change unseen too often. */
    public static final long MIN_SAMPLES = 100_000;

    public static final long DEFAULT_SEED = 1;
    /** The first changed profiles of each direction that are shrunk; the smallest result is shown. */
    static final int CANDIDATES = 8;
    /** Evaluations a direction's shrinking may spend; past it the example is shown as found so far. */
    public static final int SHRINK_BUDGET = 20_000;
    /**
     * Rule evaluations (profiles times the rules of both files) one diff may spend: about 2 s here. The
     * bundled rules against a layer need 15 million for the default sample; a file of thousands of rules
     * gets a smaller sample, and the report says so, rather than a run of minutes.
     */
    public static final long WORK_BUDGET = 300_000_000;

    public VerdictFlips {
        directions = List.copyOf(directions);
    }

    /** Whether the work budget stopped the sample short of the samples asked for. */
    public boolean ranOut() {
        return !exhaustive && profiles < requested;
    }

    /**
     * @param count how many tried profiles go from {@code from} to {@code to}
     * @param example the smallest such profile found, as answers in question order; empty when none
     * @param minimal false when shrinking ran out of its budget ({@link #SHRINK_BUDGET}) before it settled
     */
    public record Direction(Verdict from, Verdict to, long count, Optional<Answers> example, boolean minimal) {}

    /**
     * How the profiles are chosen: every one, or {@code profiles} drawn with {@code seed}.
     *
     * @param requested the samples asked for
     */
    public record Plan(boolean exhaustive, long profiles, long seed, long requested) {
        public Plan(boolean exhaustive, long profiles, long seed) {
            this(exhaustive, profiles, seed, profiles);
        }

        /** {@link #of(ProfileSpace, long, long, long)} for rule sets of no cost: the space alone decides. */
        public static Plan of(ProfileSpace space, long samples, long seed) {
            return of(space, samples, seed, 0);
        }

        /**
         * Exhaustive when the space has no more profiles than the limit or the samples asked for, and
         * trying them all fits the work budget; else a sample, cut to what the budget allows.
         *
         * @param rules the rules of both files: each profile costs one evaluation of each
         */
        public static Plan of(ProfileSpace space, long samples, long seed, long rules) {
            return of(space.size(), samples, seed, rules);
        }

        /** The plan for a space of {@code size} profiles. */
        public static Plan of(BigInteger size, long samples, long seed, long rules) {
            var limit = BigInteger.valueOf(Math.max(EXHAUSTIVE_LIMIT, samples));
            long affordable = rules == 0 ? Long.MAX_VALUE : Math.max(1, WORK_BUDGET / rules);
            if (size.compareTo(limit) <= 0 && size.longValueExact() <= affordable) {
                return new Plan(true, size.longValueExact(), seed);
            }
            return new Plan(false, Math.min(samples, affordable), seed, samples);
        }
    }

    /** Every profile of the plan, in order; the array passed is reused, so copy what you keep. */
    public static void forEach(ProfileSpace space, Plan plan, Consumer<long[]> action) {
        if (plan.exhaustive()) {
            for (long number = 0; number < plan.profiles(); number++) {
                action.accept(space.at(number));
            }
            return;
        }
        var random = new SplittableRandom(plan.seed());
        for (long i = 0; i < plan.profiles(); i++) {
            action.accept(space.sample(random));
        }
    }

    public static VerdictFlips of(RuleSet old, RuleSet changed, ProfileSpace space, Plan plan) {
        var before = new ProfileEvaluator(old, space);
        var after = new ProfileEvaluator(changed, space);
        int kinds = Verdict.values().length;
        var counts = new long[kinds * kinds];
        var candidates = new ArrayList<List<long[]>>();
        for (int i = 0; i < counts.length; i++) {
            candidates.add(new ArrayList<>());
        }
        forEach(space, plan, profile -> {
            var from = before.verdict(profile);
            var to = after.verdict(profile);
            if (from != to) {
                int cell = from.ordinal() * kinds + to.ordinal();
                counts[cell]++;
                if (candidates.get(cell).size() < CANDIDATES) {
                    candidates.get(cell).add(profile.clone());
                }
            }
        });
        var directions = new ArrayList<Direction>();
        long total = 0;
        for (var from : Verdict.values()) {
            for (var to : Verdict.values()) {
                if (from == to) {
                    continue;
                }
                int cell = from.ordinal() * kinds + to.ordinal();
                total += counts[cell];
                var shrunk = new Shrinker(before, after, from, to).smallest(candidates.get(cell));
                directions.add(new Direction(
                        from,
                        to,
                        counts[cell],
                        shrunk.map(p -> space.answers(p.profile())),
                        shrunk.map(Shrinker.Result::minimal).orElse(true)));
            }
        }
        return new VerdictFlips(
                plan.exhaustive(), plan.profiles(), space.size(), plan.seed(), total, directions, plan.requested());
    }

    /** Shrinks changed profiles greedily while they still change the same way; deterministic. */
    private static final class Shrinker {
        record Result(long[] profile, boolean minimal) {}

        private final ProfileEvaluator before;
        private final ProfileEvaluator after;
        private final Verdict from;
        private final Verdict to;
        private int spent;

        Shrinker(ProfileEvaluator before, ProfileEvaluator after, Verdict from, Verdict to) {
            this.before = before;
            this.after = after;
            this.from = from;
            this.to = to;
        }

        /** The smallest shrunk candidate: fewest questions answered, then fewest values; the first on a tie. */
        Optional<Result> smallest(List<long[]> found) {
            Result best = null;
            for (var candidate : found) {
                var result = shrink(candidate.clone());
                if (best == null || size(result.profile()) < size(best.profile())) {
                    best = result;
                }
            }
            return Optional.ofNullable(best);
        }

        private static long size(long[] profile) {
            long answered = 0;
            long values = 0;
            for (long mask : profile) {
                answered += mask == 0 ? 0 : 1;
                values += Long.bitCount(mask);
            }
            return answered * 64 * profile.length + values;
        }

        /** Drops answers, then values of multi-choice answers, until a whole pass changes nothing. */
        private Result shrink(long[] profile) {
            boolean progress = true;
            while (progress) {
                progress = false;
                for (int q = 0; q < profile.length; q++) {
                    if (profile[q] == 0) {
                        continue;
                    }
                    if (spent >= SHRINK_BUDGET) {
                        return new Result(profile, false);
                    }
                    if (keeps(profile, q, 0)) {
                        progress = true;
                        continue;
                    }
                    for (long bits = profile[q]; Long.bitCount(profile[q]) > 1 && bits != 0; bits &= bits - 1) {
                        progress |= keeps(profile, q, profile[q] & ~Long.lowestOneBit(bits));
                    }
                }
            }
            return new Result(profile, true);
        }

        /** Tries {@code mask} for question {@code q}; keeps it if the direction still holds. */
        private boolean keeps(long[] profile, int q, long mask) {
            long was = profile[q];
            profile[q] = mask;
            spent++;
            if (before.verdict(profile) == from && after.verdict(profile) == to) {
                return true;
            }
            profile[q] = was;
            return false;
        }
    }
}
