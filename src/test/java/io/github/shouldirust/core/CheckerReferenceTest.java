package io.github.shouldirust.core;

import static io.github.shouldirust.core.TinyRules.cap;
import static io.github.shouldirust.core.TinyRules.multi;
import static io.github.shouldirust.core.TinyRules.single;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The checker prunes (answers a rule tells apart, sampled contradiction buckets, ordered score searches);
 * this pins that it still finds exactly what trying every answer to every question finds. Small random
 * rule sets, fixed seeds: all, any and not over single, scale and multi-choice questions, caps with and
 * without languages, and rules copied from earlier ones with the opposite sign.
 */
class CheckerReferenceTest {

    @Test
    void findsExactlyWhatTryingEveryAnswerFinds() throws Exception {
        for (int seed = 0; seed < 300; seed++) {
            var rules = generate(new Random(seed));
            assertThat(RuleSetChecker.check(rules))
                    .as("seed %d: %s", seed, rules)
                    .containsExactlyInAnyOrderElementsOf(reference(rules));
        }
    }

    // ---------------------------------------------------------------- random rule sets

    private static final Question UP = scale("up", Question.Scale.LAST, "low", "mid", "high");
    private static final Question DOWN = scale("down", Question.Scale.FIRST, "x", "y", "z");
    private static final Question PLAIN = single("plain", "u", "v");
    private static final Question TICKS = multi("ticks", "p", "q", "r", "none");
    private static final List<Question> QUESTIONS = List.of(UP, DOWN, PLAIN, TICKS);

    private static Question scale(String id, Question.Scale favours, String... values) {
        return new Question(
                id,
                QuestionType.SINGLE,
                id + "?",
                "Why.",
                java.util.Arrays.stream(values)
                        .map(v -> new Choice(v, v, false))
                        .toList(),
                List.of(),
                false,
                favours);
    }

    private static RuleSet generate(Random random) throws InvalidRulesException {
        var rules = new ArrayList<Rule>();
        int count = 3 + random.nextInt(10);
        for (int r = 0; r < count; r++) {
            var when = !rules.isEmpty() && random.nextInt(4) == 0
                    ? sameFiring(rules.get(random.nextInt(rules.size())).when(), random)
                    : condition(random, 2);
            var capped = random.nextInt(5) == 0;
            var cap = !capped
                    ? Cap.none()
                    : random.nextBoolean()
                            ? cap(random.nextBoolean() ? Verdict.CONSIDER_RUST : Verdict.AVOID_RUST)
                            : cap(Verdict.AVOID_RUST, random.nextBoolean() ? "go" : "python");
            rules.add(new Rule(
                    "r" + r, when, random.nextInt(5) - 2, Map.of(), "Text.", List.of("c"), cap, Picks.none(), ""));
        }
        int useRust = random.nextInt(5);
        return TinyRules.builder()
                .languages(TinyRules.language("go"), TinyRules.language("python"))
                .questions(QUESTIONS.toArray(Question[]::new))
                .rules(rules.toArray(Rule[]::new))
                .thresholds(useRust, useRust - random.nextInt(4))
                .build();
    }

    private static Condition condition(Random random, int depth) {
        int kind = depth == 0 ? 0 : random.nextInt(4);
        if (kind == 0) {
            var question = QUESTIONS.get(random.nextInt(QUESTIONS.size()));
            var values = new ArrayList<>(question.values());
            java.util.Collections.shuffle(values, random);
            return new Condition.AnswerIn(question.id(), Set.copyOf(values.subList(0, 1 + random.nextInt(2))));
        }
        if (kind == 3) {
            return new Condition.Not(condition(random, depth - 1));
        }
        var parts = new ArrayList<Condition>();
        for (int p = 1 + random.nextInt(3); p > 0; p--) {
            parts.add(condition(random, depth - 1));
        }
        return kind == 1 ? new Condition.All(parts) : new Condition.Any(parts);
    }

    /** A condition that fires on the same answers, written the same or otherwise. */
    private static Condition sameFiring(Condition condition, Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> condition;
            case 1 -> new Condition.Not(new Condition.Not(condition));
            default -> new Condition.All(List.of(condition, condition));
        };
    }

    // ---------------------------------------------------------------- the reference: every answer

    private static List<Problem> reference(RuleSet rules) {
        var every = every(rules);
        var list = rules.rules();
        var problems = new ArrayList<Problem>();
        for (int i = 0; i < list.size(); i++) {
            if (!fires(every, list.get(i))) {
                problems.add(Problem.error(
                        "/rules/" + i + "/when",
                        "rule '" + list.get(i).id() + "' can never fire: no answers satisfy its condition"));
            }
        }
        contradictions(rules, every, problems);
        for (int i = 0; i < list.size(); i++) {
            var rule = list.get(i);
            if (rule.score() != 0) {
                scales(rules, every, i, rule.score() > 0, signed(rule.score()), problems);
            }
            if (rule.caps()) {
                scales(
                        rules,
                        every,
                        i,
                        false,
                        "cap " + rule.cap().atMost().orElseThrow().id(),
                        problems);
            }
        }
        verdicts(rules, every, problems);
        caps(rules, every, problems);
        return problems;
    }

    /** Every combination of every answer (unanswered included) to every question. */
    private static List<Answers> every(RuleSet rules) {
        var every = new ArrayList<>(List.of(Answers.none()));
        for (var question : rules.questions()) {
            var more = new ArrayList<Answers>();
            for (var answers : every) {
                for (var option : AnswerSpace.options(question)) {
                    more.add(option.isEmpty() ? answers : answers.with(question.id(), option));
                }
            }
            every = more;
        }
        return every;
    }

    private static boolean fires(List<Answers> every, Rule rule) {
        return every.stream().anyMatch(rule::firesOn);
    }

    private static int score(RuleSet rules, Answers answers) {
        return rules.rules().stream()
                .filter(rule -> rule.firesOn(answers))
                .mapToInt(Rule::score)
                .sum();
    }

    private static boolean capFires(RuleSet rules, Answers answers, Verdict excluded) {
        return rules.rules().stream().anyMatch(rule -> rule.cap().excludes(excluded) && rule.firesOn(answers));
    }

    private static void contradictions(RuleSet rules, List<Answers> every, List<Problem> problems) {
        var list = rules.rules();
        var groups = new HashMap<Set<String>, List<Integer>>();
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).score() != 0) {
                groups.computeIfAbsent(Set.copyOf(list.get(i).when().questions()), k -> new ArrayList<>())
                        .add(i);
            }
        }
        for (var group : groups.values()) {
            var byFiring = new LinkedHashMap<List<Boolean>, List<Integer>>();
            for (int i : group) {
                byFiring.computeIfAbsent(
                                every.stream().map(list.get(i)::firesOn).toList(), k -> new ArrayList<>())
                        .add(i);
            }
            for (var same : byFiring.values()) {
                for (int k = 0; k < same.size(); k++) {
                    var rule = list.get(same.get(k));
                    var earlier = same.subList(0, k).stream()
                            .map(list::get)
                            .filter(other -> Integer.signum(other.score()) == -Integer.signum(rule.score()))
                            .findFirst();
                    if (earlier.isPresent()) {
                        problems.add(Problem.error(
                                "/rules/" + same.get(k) + "/when",
                                "rule '" + rule.id()
                                        + "' contradicts rule '" + earlier.get().id()
                                        + "': they fire on exactly the same "
                                        + "answers with opposite effects ("
                                        + signed(earlier.get().score()) + ", "
                                        + signed(rule.score()) + ")"));
                    }
                }
            }
        }
    }

    private static void scales(
            RuleSet rules, List<Answers> every, int index, boolean forRust, String effect, List<Problem> problems) {
        var rule = rules.rules().get(index);
        for (var id : rule.when().questions()) {
            var scale = rules.question(id).orElseThrow().scaleTowardRust();
            boolean broken = false;
            for (var answers : every) {
                for (int step = 0; step + 1 < scale.size(); step++) {
                    boolean lower = rule.firesOn(answers.with(id, List.of(scale.get(step))));
                    boolean higher = rule.firesOn(answers.with(id, List.of(scale.get(step + 1))));
                    broken |= forRust ? lower && !higher : !lower && higher;
                }
            }
            if (broken) {
                problems.add(Problem.error(
                        "/rules/" + index + "/when",
                        "rule '" + rule.id() + "' (" + effect
                                + ") goes against the scale of '" + id + "': moving it toward "
                                + scale.get(scale.size() - 1)
                                + ", which favours Rust, can " + (forRust ? "stop it firing" : "make it fire")));
            }
        }
    }

    private static void verdicts(RuleSet rules, List<Answers> every, List<Problem> problems) {
        int use = rules.thresholds().useRust();
        int consider = rules.thresholds().considerRust();
        boolean hasCaps = rules.rules().stream().anyMatch(Rule::caps);
        var free = every.stream()
                .filter(a -> !capFires(rules, a, Verdict.USE_RUST))
                .toList();
        if (free.stream().noneMatch(a -> score(rules, a) >= use)) {
            problems.add(Problem.error(
                    "/verdicts/use-rust",
                    free.isEmpty()
                            ? "no answers reach use-rust: a cap holds back every answer"
                            : "no answers reach use-rust: the highest possible score "
                                    + (hasCaps ? "that no cap holds back " : "") + "is "
                                    + signed(free.stream()
                                            .mapToInt(a -> score(rules, a))
                                            .max()
                                            .orElseThrow())
                                    + ", below " + signed(use)));
        }
        if (consider < use
                && every.stream()
                        .noneMatch(a -> !capFires(rules, a, Verdict.CONSIDER_RUST)
                                && score(rules, a) >= consider
                                && score(rules, a) < use)) {
            problems.add(Problem.error(
                    "/verdicts/consider-rust",
                    "no answers give consider-rust: no score from "
                            + signed(consider) + " to " + signed(use - 1) + " is possible"
                            + (hasCaps ? " where no cap to avoid-rust fires" : "")));
        }
        if (every.stream().noneMatch(a -> score(rules, a) < consider || capFires(rules, a, Verdict.CONSIDER_RUST))) {
            problems.add(Problem.error(
                    "/verdicts/consider-rust",
                    "no answers give avoid-rust: the lowest possible "
                            + "score is "
                            + signed(every.stream()
                                    .mapToInt(a -> score(rules, a))
                                    .min()
                                    .orElseThrow())
                            + ", not below " + signed(consider)));
        }
    }

    private static void caps(RuleSet rules, List<Answers> every, List<Problem> problems) {
        var list = rules.rules();
        for (int i = 0; i < list.size(); i++) {
            var rule = list.get(i);
            if (!rule.caps() || !fires(every, rule)) {
                continue;
            }
            var atMost = rule.cap().atMost().orElseThrow();
            int above = atMost == Verdict.CONSIDER_RUST
                    ? rules.thresholds().useRust()
                    : rules.thresholds().considerRust();
            if (every.stream().noneMatch(a -> rule.firesOn(a) && score(rules, a) >= above)) {
                problems.add(Problem.warning(
                        "/rules/" + i + "/cap/at-most",
                        "the cap of rule '" + rule.id()
                                + "' never binds: whenever it fires, the score stays below " + signed(above)
                                + " anyway, so the verdict is "
                                + (atMost == Verdict.AVOID_RUST ? "avoid-rust" : "consider-rust or lower")
                                + " without it"));
            }
        }
        for (int i = 0; i < list.size(); i++) {
            for (int j = i + 1; j < list.size(); j++) {
                var first = list.get(i);
                var second = list.get(j);
                if (first.cap().languages().isEmpty()
                        || second.cap().languages().isEmpty()
                        || first.cap().languages().stream()
                                .anyMatch(second.cap().languages()::contains)
                        || every.stream().noneMatch(a -> first.firesOn(a) && second.firesOn(a))) {
                    continue;
                }
                problems.add(Problem.error(
                        "/rules/" + j + "/cap/languages",
                        "rules '" + first.id() + "' and '"
                                + second.id() + "' can fire together, and their caps share no language ("
                                + String.join(", ", first.cap().languages()) + " / "
                                + String.join(", ", second.cap().languages()) + "): only the later one would count"));
            }
        }
    }

    private static String signed(int n) {
        return n > 0 ? "+" + n : Integer.toString(n);
    }
}
