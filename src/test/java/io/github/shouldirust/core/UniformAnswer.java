package io.github.shouldirust.core;

import java.util.List;
import java.util.Random;

/**
 * One allowed answer to a question drawn uniformly, by the sampler the confidence uses
 * ({@link AnswerGroups#sample}), for tests outside the core: it lives in the core's package so that
 * AnswerGroups can stay package-private.
 */
public final class UniformAnswer {
    private UniformAnswer() {}

    /** Each option of a single choice, and each allowed set of ticks of a multi-choice, equally likely. */
    public static List<String> draw(Question question, Random random) {
        return AnswerGroups.of(question, List.of()).sample(random);
    }
}
