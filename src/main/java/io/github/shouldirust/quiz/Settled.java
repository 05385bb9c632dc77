package io.github.shouldirust.quiz;

/** What the person chose when the verdict became settled. */
public enum Settled {
    /** See the verdict now. */
    FINISH,
    /** Answer the remaining questions anyway. */
    ANSWER_THE_REST,
    /** Return to the last question answered. */
    BACK
}
