package io.github.shouldirust.core;

import static io.github.shouldirust.core.CompiledRules.OPEN;

import java.util.Arrays;

/**
 * A rule's condition compiled by {@link CompiledRules}: a test reads a table over the answer groups of its
 * question, the rest combine as in {@link Condition}. Over answers some of which are still open it is
 * worked out in three-valued logic: it holds, fails, or still depends on an open question.
 */
record CompiledCondition(int kind, int question, boolean[] holds, CompiledCondition[] parts) {
    static final int TEST = 0;
    static final int ALL = 1;
    static final int ANY = 2;
    static final int NOT = 3;

    /** Three-valued logic for a condition over answers some of which are still open. */
    static final int FALSE = 0;

    static final int TRUE = 1;
    static final int UNKNOWN = 2;

    /** The open questions a condition still depends on, gathered while its truth is worked out. */
    static final class Live {
        private int[] questions = new int[8];
        private int size;

        void add(int question) {
            for (int i = 0; i < size; i++) {
                if (questions[i] == question) {
                    return;
                }
            }
            if (size == questions.length) {
                questions = Arrays.copyOf(questions, size * 2);
            }
            questions[size++] = question;
        }

        int[] toArray() {
            return Arrays.copyOf(questions, size);
        }
    }

    /**
     * The condition's truth, as {@link #truth}, noting in {@code live} the open questions of its undecided
     * parts: a part already decided (an any with one true part) no longer links its questions to the
     * rest, so parts of the answer space stay independent that the rule's full list of questions would
     * join. What an undecided part noted is dropped when a sibling decides the whole.
     */
    int scan(int[] state, Live live) {
        switch (kind) {
            case TEST -> {
                int group = state[question];
                if (group == OPEN) {
                    live.add(question);
                    return UNKNOWN;
                }
                return group >= 0 && holds[group] ? TRUE : FALSE;
            }
            case NOT -> {
                int part = parts[0].scan(state, live);
                return part == UNKNOWN ? UNKNOWN : 1 - part;
            }
            default -> {
                int mark = live.size;
                int deciding = kind == ALL ? FALSE : TRUE;
                boolean unknown = false;
                for (var part : parts) {
                    int truth = part.scan(state, live);
                    if (truth == deciding) {
                        live.size = mark;
                        return deciding;
                    }
                    unknown |= truth == UNKNOWN;
                }
                if (!unknown) {
                    live.size = mark;
                }
                return unknown ? UNKNOWN : 1 - deciding;
            }
        }
    }

    /** Whether the condition holds, fails, or depends on a question still open. */
    int truth(int[] state) {
        switch (kind) {
            case TEST -> {
                int group = state[question];
                if (group == OPEN) {
                    return UNKNOWN;
                }
                return group >= 0 && holds[group] ? TRUE : FALSE;
            }
            case NOT -> {
                int part = parts[0].truth(state);
                return part == UNKNOWN ? UNKNOWN : 1 - part;
            }
            default -> {
                // All: one false part decides; Any: one true part decides. Else unknown parts leave it open.
                int deciding = kind == ALL ? FALSE : TRUE;
                boolean unknown = false;
                for (var part : parts) {
                    int truth = part.truth(state);
                    if (truth == deciding) {
                        return deciding;
                    }
                    unknown |= truth == UNKNOWN;
                }
                return unknown ? UNKNOWN : 1 - deciding;
            }
        }
    }
}
