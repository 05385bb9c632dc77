package io.github.shouldirust.essay;

import io.github.shouldirust.core.Choice;
import io.github.shouldirust.core.Question;
import io.github.shouldirust.core.RuleSet;
import io.github.shouldirust.core.UniformAnswer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generates raw answer sets from a rule set's questions: some full, most partial, multi-choice answers
 * as random non-empty subsets that respect exclusive values such as "none".
 */
public final class RandomAnswers {
    private RandomAnswers() {}

    /**
     * One complete profile: every question answered, every allowed answer equally likely (each option of
     * a single choice, each allowed set of ticks of a multi-choice), drawn as the confidence draws them.
     */
    public static Map<String, List<String>> complete(RuleSet rules, Random random) {
        var answers = new LinkedHashMap<String, List<String>>();
        for (var question : rules.questions()) {
            answers.put(question.id(), UniformAnswer.draw(question, random));
        }
        return answers;
    }

    /** One answer set; every question is answered in a quarter of the sets. */
    static Map<String, List<String>> generate(RuleSet rules, Random random) {
        boolean full = random.nextInt(4) == 0;
        double answerRate = full ? 1.0 : random.nextDouble();
        var answers = new LinkedHashMap<String, List<String>>();
        for (var question : rules.questions()) {
            if (random.nextDouble() < answerRate) {
                answers.put(question.id(), answer(question, random));
            }
        }
        return answers;
    }

    private static List<String> answer(Question question, Random random) {
        var choices = question.choices();
        if (!question.isMulti()) {
            return List.of(choices.get(random.nextInt(choices.size())).value());
        }
        var exclusive = choices.stream().filter(Choice::exclusive).toList();
        var combinable =
                choices.stream().filter(c -> !c.exclusive()).map(Choice::value).toList();
        if (!exclusive.isEmpty() && random.nextInt(combinable.size() + 1) == 0) {
            return List.of(exclusive.get(random.nextInt(exclusive.size())).value());
        }
        var chosen = new ArrayList<String>();
        while (chosen.isEmpty()) {
            combinable.stream().filter(value -> random.nextInt(3) == 0).forEach(chosen::add);
        }
        Collections.shuffle(chosen, random);
        return chosen;
    }

    /** The same answers with the questions, and each multi-choice answer's values, in another order. */
    static Map<String, List<String>> shuffled(Map<String, List<String>> answers, Random random) {
        var keys = new ArrayList<>(answers.keySet());
        Collections.shuffle(keys, random);
        var shuffled = new LinkedHashMap<String, List<String>>();
        for (var key : keys) {
            var values = new ArrayList<>(answers.get(key));
            Collections.shuffle(values, random);
            shuffled.put(key, values);
        }
        return shuffled;
    }
}
