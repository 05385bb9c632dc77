package io.github.shouldirust.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A team's answers combined into one set, question by question, from the people who answered it (a
 * "don't know" or a missing answer is no vote):
 * <ul>
 * <li>a question whose options form a scale: the median answer; when an even number of people split
 * between two answers, the one midway between them, or of two neighbours the one less in Rust's favour
 * (the cautious reading), and the split is reported as a tie;</li>
 * <li>a multi-choice question: the options more than half of them ticked; none, when no option has a
 * majority (the question is then left open);</li>
 * <li>any other question: the most common answer; on a tie the one first in the option list, and the
 * tie is reported.</li>
 * </ul>
 * The rule is simple on purpose: a team can check it by hand, and {@code compare --help} states it.
 */
public final class TeamAnswers {
    /** The rule, in one sentence, for help and reports. */
    public static final String RULE = "for a scale the median answer (on an even split, the answer midway, or "
            + "of two neighbours the one less in Rust's favour), for a multi-choice question the options more than "
            + "half of them ticked, otherwise the most common answer (a tie goes to the first in the option list); "
            + "splits and ties are reported";

    private TeamAnswers() {}

    /**
     * The combined answers.
     *
     * @param ties for each question decided by a tie, the answers that tied, in option order
     */
    public record Combined(Answers answers, Map<String, List<List<String>>> ties) {
        public Combined {
            ties = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(ties));
        }
    }

    public static Combined combine(RuleSet rules, List<Answers> people) {
        var combined = new LinkedHashMap<String, List<String>>();
        var ties = new LinkedHashMap<String, List<List<String>>>();
        for (var question : rules.questions()) {
            var given = people.stream()
                    .filter(a -> a.isAnswered(question.id()))
                    .map(a -> a.get(question.id()))
                    .toList();
            if (given.isEmpty()) {
                continue;
            }
            List<String> answer;
            if (question.isMulti()) {
                answer = majority(question, given);
            } else if (question.rustFavours() != Question.Scale.NONE) {
                answer = median(question, given, ties);
            } else {
                var tied = mostCommon(question, given);
                if (tied.size() > 1) {
                    ties.put(question.id(), tied);
                }
                answer = tied.get(0);
            }
            if (!answer.isEmpty()) {
                combined.put(question.id(), answer);
            }
        }
        return new Combined(Answers.of(combined), ties);
    }

    /** The options ticked by more than half of those who answered, in option order. */
    private static List<String> majority(Question question, List<List<String>> given) {
        var ticked = new ArrayList<String>();
        for (var value : question.values()) {
            long votes = given.stream().filter(answer -> answer.contains(value)).count();
            if (votes * 2 > given.size()) {
                ticked.add(value);
            }
        }
        return List.copyOf(ticked);
    }

    /**
     * The median position in the option list. On an even split between two answers, the one midway, or of
     * two neighbours the one farther from the end that favours Rust; the split is recorded in {@code ties}.
     */
    private static List<String> median(
            Question question, List<List<String>> given, Map<String, List<List<String>>> ties) {
        var values = question.values();
        var positions = given.stream()
                .mapToInt(answer -> values.indexOf(answer.get(0)))
                .sorted()
                .toArray();
        int low = positions[(positions.length - 1) / 2];
        int high = positions[positions.length / 2];
        if (low == high) {
            return List.of(values.get(low));
        }
        ties.put(question.id(), List.of(List.of(values.get(low)), List.of(values.get(high))));
        // Rust's end first: the cautious pick rounds toward the last option.
        int midway = question.rustFavours() == Question.Scale.FIRST ? (low + high + 1) / 2 : (low + high) / 2;
        return List.of(values.get(midway));
    }

    /** The answers given most often, in option order. */
    private static List<List<String>> mostCommon(Question question, List<List<String>> given) {
        long best = 0;
        var tied = new ArrayList<List<String>>();
        for (var value : question.values()) {
            var answer = List.of(value);
            long count = given.stream().filter(answer::equals).count();
            if (count > best) {
                best = count;
                tied.clear();
            }
            if (count == best && count > 0) {
                tied.add(answer);
            }
        }
        return List.copyOf(tied);
    }
}
