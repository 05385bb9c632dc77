package io.github.shouldirust.core;

/**
 * Search steps shared by every count of one outlook, so the whole stays bounded. When they run out the
 * count stops and the caller says so rather than guessing.
 */
final class CountBudget {
    /** Thrown to unwind a count that has spent its budget. */
    static final class OutOfBudget extends Exception {
        private static final long serialVersionUID = 1L;

        OutOfBudget() {
            super(null, null, false, false);
        }
    }

    private long left;
    private boolean ranOut;

    CountBudget(long steps) {
        this.left = steps;
    }

    void spend() throws OutOfBudget {
        if (--left < 0) {
            ranOut = true;
            throw new OutOfBudget();
        }
    }

    /** Stops a count that cannot be done at all, as if the steps had run out, since it too is unfinished. */
    void giveUp() throws OutOfBudget {
        ranOut = true;
        throw new OutOfBudget();
    }

    boolean ranOut() {
        return ranOut;
    }
}
