package io.github.shouldirust.core;

import java.util.ArrayList;
import java.util.List;

/**
 * The score search's answers so far, with what they already decide: a rule whose condition holds or fails
 * whatever the open questions get (an all with one failed part, an any with one that holds) counts at
 * once, not when its last question is answered, and the rules still open bound what the rest can add.
 * Answering a question re-evaluates only the open rules that test it, and {@link #undo} takes it back.
 */
final class PartialScore {
    private static final int FALSE = 0;
    private static final int TRUE = 1;
    private static final int OPEN = 2;

    private final int[] choice;
    private final AnswerTable.Compiled[] conditions;
    private final int[] scores;
    /** Per question (slot), the rules that test it. */
    private final int[][] testing;

    private final int[] state;
    private final int[] changed;
    private int changes;
    private int definite;
    private int openUp;
    private int openDown;
    private long evaluations;

    PartialScore(AnswerTable table, List<Rule> terms) {
        choice = new int[table.questions().size()];
        java.util.Arrays.fill(choice, -1);
        conditions = new AnswerTable.Compiled[terms.size()];
        scores = new int[terms.size()];
        state = new int[terms.size()];
        changed = new int[terms.size()];
        var bySlot = new ArrayList<List<Integer>>();
        table.questions().forEach(q -> bySlot.add(new ArrayList<>()));
        for (int t = 0; t < terms.size(); t++) {
            conditions[t] = table.compile(terms.get(t).when());
            scores[t] = terms.get(t).score();
            for (var question : terms.get(t).when().questions()) {
                int slot = table.slot(question);
                if (slot >= 0) {
                    bySlot.get(slot).add(t);
                }
            }
            state[t] = truth(conditions[t]);
            if (state[t] == OPEN) {
                openUp += Math.max(0, scores[t]);
                openDown += Math.min(0, scores[t]);
            } else if (state[t] == TRUE) {
                definite += scores[t];
            }
        }
        testing = bySlot.stream()
                .map(list -> list.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);
    }

    /** The most any answers to the open questions can give. */
    int most() {
        return definite + openUp;
    }

    /** The least any answers to the open questions can give. */
    int least() {
        return definite + openDown;
    }

    boolean holds(int term) {
        return state[term] == TRUE;
    }

    /** Rule evaluations so far, for the search's budget. */
    long evaluations() {
        return evaluations;
    }

    /** Answers a question with a candidate; returns the mark {@link #undo} takes back to. */
    int answer(int slot, int candidate) {
        int mark = changes;
        choice[slot] = candidate;
        for (int t : testing[slot]) {
            if (state[t] != OPEN) {
                continue;
            }
            evaluations++;
            int now = truth(conditions[t]);
            if (now != OPEN) {
                state[t] = now;
                openUp -= Math.max(0, scores[t]);
                openDown -= Math.min(0, scores[t]);
                definite += now == TRUE ? scores[t] : 0;
                changed[changes++] = t;
            }
        }
        return mark;
    }

    /** Leaves the question open again, and the rules its answer decided. */
    void undo(int slot, int mark) {
        while (changes > mark) {
            int t = changed[--changes];
            definite -= state[t] == TRUE ? scores[t] : 0;
            openUp += Math.max(0, scores[t]);
            openDown += Math.min(0, scores[t]);
            state[t] = OPEN;
        }
        choice[slot] = -1;
    }

    /** Three-valued: an open question (-1) may still go either way. */
    private int truth(AnswerTable.Compiled condition) {
        switch (condition.kind()) {
            case AnswerTable.TEST: {
                int candidate = choice[condition.slot()];
                return candidate < 0 ? OPEN : condition.holds()[candidate] ? TRUE : FALSE;
            }
            case AnswerTable.NOT: {
                int part = truth(condition.parts()[0]);
                return part == OPEN ? OPEN : 1 - part;
            }
            default: {
                // An all fails at its first failing part, an any holds at its first holding one.
                int stop = condition.kind() == AnswerTable.ALL ? FALSE : TRUE;
                int result = 1 - stop;
                for (var part : condition.parts()) {
                    int value = truth(part);
                    if (value == stop) {
                        return stop;
                    }
                    result = value == OPEN ? OPEN : result;
                }
                return result;
            }
        }
    }
}
