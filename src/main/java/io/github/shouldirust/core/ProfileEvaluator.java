package io.github.shouldirust.core;

import java.util.ArrayList;
import java.util.List;

/**
 * A rule set's verdict over profiles of a {@link ProfileSpace}, compiled once: each answer test becomes
 * {@code (profile[question] & mask) != 0}. Gives what {@code Evaluator.evaluate(...).verdict()} gives for
 * the same answers, without building them, so a diff can try a hundred thousand profiles in milliseconds.
 */
public final class ProfileEvaluator {
    private static final Verdict[] VERDICTS = Verdict.values();

    /** A compiled condition; a test of a question the space lacks has mask 0 and never holds. */
    private record Node(int kind, int question, long mask, Node[] parts) {
        static final int TEST = 0;
        static final int ALL = 1;
        static final int ANY = 2;
        static final int NOT = 3;

        boolean holds(long[] profile) {
            switch (kind) {
                case TEST:
                    return question >= 0 && (profile[question] & mask) != 0;
                case NOT:
                    return !parts[0].holds(profile);
                case ALL:
                    for (var part : parts) {
                        if (!part.holds(profile)) {
                            return false;
                        }
                    }
                    return true;
                default:
                    for (var part : parts) {
                        if (part.holds(profile)) {
                            return true;
                        }
                    }
                    return false;
            }
        }
    }

    private final Thresholds thresholds;
    private final Node[] conditions;
    private final int[] scores;
    /** Each rule's cap as a verdict ordinal (higher is lower), -1 when it caps nothing. */
    private final int[] caps;

    public ProfileEvaluator(RuleSet rules, ProfileSpace space) {
        this.thresholds = rules.thresholds();
        // Rules with no score and no verdict cap move only languages: the verdict never depends on them.
        var relevant = new ArrayList<Rule>();
        for (var rule : rules.rules()) {
            if (rule.movesVerdict()) {
                relevant.add(rule);
            }
        }
        conditions = new Node[relevant.size()];
        scores = new int[relevant.size()];
        caps = new int[relevant.size()];
        for (int r = 0; r < conditions.length; r++) {
            var rule = relevant.get(r);
            conditions[r] = compile(rule.when(), space);
            scores[r] = rule.score();
            caps[r] = rule.cap().atMost().map(Verdict::ordinal).orElse(-1);
        }
    }

    private static Node compile(Condition condition, ProfileSpace space) {
        if (condition instanceof Condition.AnswerIn test) {
            int q = space.indexOf(test.question());
            long mask = q < 0 ? 0 : space.slots().get(q).mask(test.values());
            return new Node(Node.TEST, q, mask, null);
        }
        if (condition instanceof Condition.Not not) {
            return new Node(Node.NOT, -1, 0, new Node[] {compile(not.part(), space)});
        }
        List<Condition> parts =
                condition instanceof Condition.All all ? all.parts() : ((Condition.Any) condition).parts();
        var compiled = new Node[parts.size()];
        for (int i = 0; i < compiled.length; i++) {
            compiled[i] = compile(parts.get(i), space);
        }
        return new Node(condition instanceof Condition.All ? Node.ALL : Node.ANY, -1, 0, compiled);
    }

    /** The verdict: the score's, lowered by the caps of the rules that fire (as Evaluator.capped does). */
    public Verdict verdict(long[] profile) {
        int score = 0;
        int capped = -1;
        for (int r = 0; r < conditions.length; r++) {
            if (conditions[r].holds(profile)) {
                score += scores[r];
                capped = Math.max(capped, caps[r]);
            }
        }
        return VERDICTS[Math.max(thresholds.verdictFor(score).ordinal(), capped)];
    }
}
