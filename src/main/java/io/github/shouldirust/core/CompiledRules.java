package io.github.shouldirust.core;

import static io.github.shouldirust.core.CompiledCondition.ALL;
import static io.github.shouldirust.core.CompiledCondition.ANY;
import static io.github.shouldirust.core.CompiledCondition.NOT;
import static io.github.shouldirust.core.CompiledCondition.TEST;
import static io.github.shouldirust.core.CompiledCondition.UNKNOWN;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The rules that can move the verdict (a score or a verdict cap), compiled for counting over some given
 * answers: each test becomes a table over the answer groups of its question ({@link AnswerGroups}), a
 * test of an answered question becomes a constant, and a condition is worked out in three-valued logic
 * (holds, fails, or still depends on an open question: {@link CompiledCondition}). {@link Completions}
 * counts over it.
 *
 * <p>Answers are held as one int per question: the index of its answer group, or {@link #OPEN}.
 */
final class CompiledRules {
    /** A question not answered yet: the counts range over its answers. */
    static final int OPEN = -1;
    /** A question left unanswered, as one of the ways a count may leave it; no test holds for it. */
    static final int UNANSWERED = -2;

    final RuleSet rules;
    final List<Question> questions;
    final Map<String, Integer> questionIndex = new HashMap<>();

    /** The rules that can move the verdict: a score or a verdict cap. The rest only move languages. */
    final List<Rule> relevant = new ArrayList<>();

    final CompiledCondition[] conditions;
    final int[] scores;
    final int[] caps;

    /** Each relevant rule's questions, by index. */
    final int[][] questionsOf;

    /** Each relevant rule's answer tests, flattened. */
    final CompiledCondition[][] testsOf;

    final AnswerGroups[] groups;
    final Answers base;

    /** @param base the answers given: the questions it leaves unanswered are the open ones */
    CompiledRules(RuleSet rules, Answers base) {
        this.rules = rules;
        this.base = base;
        this.questions = rules.questions();
        for (var question : questions) {
            questionIndex.put(question.id(), questionIndex.size());
        }
        // Plain loops throughout the set-up: it runs once per outlook, on a cold JVM, where streams cost.
        var tests = new HashMap<String, List<Set<String>>>();
        for (var rule : rules.rules()) {
            if (rule.movesVerdict()) {
                relevant.add(rule);
                collectTests(rule.when(), tests);
            }
        }
        // Only the open questions vary: an answered one's tests are fixed by its answer and compile to
        // constants, so it needs no answer groups and costs nothing in the counts.
        groups = new AnswerGroups[questions.size()];
        for (int q = 0; q < groups.length; q++) {
            if (!base.isAnswered(questions.get(q).id())) {
                groups[q] = AnswerGroups.of(
                        questions.get(q), tests.getOrDefault(questions.get(q).id(), List.of()));
            }
        }
        conditions = new CompiledCondition[relevant.size()];
        scores = new int[relevant.size()];
        caps = new int[relevant.size()];
        questionsOf = new int[relevant.size()][];
        testsOf = new CompiledCondition[relevant.size()][];
        for (int r = 0; r < conditions.length; r++) {
            var rule = relevant.get(r);
            conditions[r] = compile(rule.when());
            scores[r] = rule.score();
            caps[r] = rule.caps() ? rule.cap().atMost().get().ordinal() : 0;
            var flat = new ArrayList<CompiledCondition>();
            flatten(conditions[r], flat);
            testsOf[r] = flat.toArray(new CompiledCondition[0]);
            var ids = rule.when().questions();
            var indices = new int[ids.size()];
            int known = 0;
            for (var id : ids) {
                var index = questionIndex.get(id);
                if (index != null) {
                    indices[known++] = index;
                }
            }
            questionsOf[r] = Arrays.copyOf(indices, known);
        }
    }

    /**
     * A test becomes a table over the question's answer groups, the last entry being "unanswered" (never
     * holds). A group stands for answers that all pass or all fail the test, so its first answer decides.
     */
    private CompiledCondition compile(Condition condition) {
        if (condition instanceof Condition.AnswerIn test) {
            Integer q = questionIndex.get(test.question());
            if (q == null) {
                // validated away; never holds
                return new CompiledCondition(ANY, -1, null, new CompiledCondition[0]);
            }
            var answerGroups = groups[q];
            if (answerGroups == null) {
                // Answered: the test's outcome is fixed. An empty all always holds, an empty any never.
                return new CompiledCondition(test.holds(base) ? ALL : ANY, -1, null, new CompiledCondition[0]);
            }
            if (!answerGroups.countable()) {
                return new CompiledCondition(TEST, q, new boolean[0], null); // only sampling reaches it
            }
            var list = answerGroups.groups(false);
            var holds = new boolean[list.size() + 1];
            for (int g = 0; g < list.size(); g++) {
                holds[g] = passes(test, list.get(g).values());
            }
            return new CompiledCondition(TEST, q, holds, null);
        }
        if (condition instanceof Condition.Not not) {
            return new CompiledCondition(NOT, -1, null, new CompiledCondition[] {compile(not.part())});
        }
        boolean all = condition instanceof Condition.All;
        var parts = all ? ((Condition.All) condition).parts() : ((Condition.Any) condition).parts();
        var compiled = new CompiledCondition[parts.size()];
        for (int i = 0; i < compiled.length; i++) {
            compiled[i] = compile(parts.get(i));
        }
        return new CompiledCondition(all ? ALL : ANY, -1, null, compiled);
    }

    /** Whether an answer of these values passes the test: any of them among the test's values. */
    static boolean passes(Condition.AnswerIn test, List<String> values) {
        for (var value : values) {
            if (test.values().contains(value)) {
                return true;
            }
        }
        return false;
    }

    static void collectTests(Condition condition, Map<String, List<Set<String>>> tests) {
        if (condition instanceof Condition.AnswerIn test) {
            var sets = tests.get(test.question());
            if (sets == null) {
                sets = new ArrayList<>();
                tests.put(test.question(), sets);
            }
            sets.add(test.values());
        } else if (condition instanceof Condition.Not not) {
            collectTests(not.part(), tests);
        } else {
            var parts = condition instanceof Condition.All all ? all.parts() : ((Condition.Any) condition).parts();
            for (var part : parts) {
                collectTests(part, tests);
            }
        }
    }

    private static void flatten(CompiledCondition node, List<CompiledCondition> tests) {
        if (node.kind() == TEST) {
            tests.add(node);
        } else {
            for (var part : node.parts()) {
                flatten(part, tests);
            }
        }
    }

    RuleSet rules() {
        return rules;
    }

    List<Question> questions() {
        return questions;
    }

    AnswerGroups groups(int question) {
        return groups[question];
    }

    /** Whether every open question's answers can be grouped, so that they can be counted at all. */
    boolean countable(int[] state) {
        for (int q = 0; q < state.length; q++) {
            if (state[q] == OPEN && !groups[q].countable()) {
                return false;
            }
        }
        return true;
    }

    /** The given answers' state: {@link #OPEN} for each unanswered question. */
    int[] state() {
        var state = new int[questions.size()];
        for (int q = 0; q < state.length; q++) {
            // An answered question's value is never read: its tests were compiled to constants.
            state[q] = groups[q] == null ? 0 : OPEN;
        }
        return state;
    }

    static int[] with(int[] state, int question, int group) {
        var changed = state.clone();
        changed[question] = group;
        return changed;
    }

    /** Whether some relevant rule still depends on this open question. */
    boolean matters(int[] state, int question) {
        for (int r = 0; r < conditions.length; r++) {
            var live = new CompiledCondition.Live();
            if (conditions[r].scan(state, live) == UNKNOWN && contains(live.toArray(), question)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The verdict, as an ordinal, of the given answers completed by one answer to each open question
     * drawn uniformly: on the rules themselves, since a question too varied to group has no state.
     */
    int sampledVerdict(Random random) {
        var drawn = base;
        for (int q = 0; q < questions.size(); q++) {
            if (!base.isAnswered(questions.get(q).id())) {
                drawn = drawn.with(questions.get(q).id(), groups[q].sample(random));
            }
        }
        int score = 0;
        int cap = 0;
        for (int r = 0; r < relevant.size(); r++) {
            if (relevant.get(r).firesOn(drawn)) {
                score += scores[r];
                cap = Math.max(cap, caps[r]);
            }
        }
        return Tally.verdictOf(rules.thresholds(), score, cap);
    }

    static boolean contains(int[] values, int value) {
        for (int v : values) {
            if (v == value) {
                return true;
            }
        }
        return false;
    }
}
