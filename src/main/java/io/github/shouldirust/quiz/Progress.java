package io.github.shouldirust.quiz;

/**
 * Where the quiz is: the question's place among those asked, and how many it could ask at most.
 *
 * @param mayStopEarly the quiz stops once the verdict is settled, so the total is an upper bound
 */
public record Progress(int number, int total, boolean mayStopEarly) {

    /** "3 of 14", or "3 of at most 14" while the quiz may stop before the end. */
    public String text() {
        return number + (mayStopEarly && total > number ? " of at most " : " of ") + total;
    }
}
