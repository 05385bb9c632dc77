package io.github.shouldirust.core;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Finds what loading cannot: rules that can never fire, rules that cancel each other out on the same
 * answers ({@link Contradictions}), verdicts no answers can reach and caps that never bind
 * ({@link VerdictChecks}), and rules that break the scale a question declares ({@code rust-favours}).
 * Exhaustive over the questions each check involves, so its findings are facts, not guesses; a check
 * whose space is too large to try is skipped rather than approximated.
 */
public final class RuleSetChecker {
    /** Answer combinations one check may try; the bundled rules need a few thousand at most. */
    static final int MAX_COMBINATIONS = 200_000;

    private int skipped;
    private final Map<Rule, Integer> indexOf = new IdentityHashMap<>();
    private final RuleSet rules;
    private final List<Problem> problems = new ArrayList<>();
    /**
     * For each example, in the rules' order of examples, which rules fire on its answers (by rule
     * index); null for an example whose answers do not check. An example is a proof that its answers
     * exist: a search whose answer it already shows is skipped, which keeps a rules file with good
     * examples quick to check (the bundled one: ~350 ms to ~150 ms of a cold run).
     */
    private final List<boolean[]> witnesses = new ArrayList<>();
    /** Whether each rule can fire (null: too many answers to tell), worked out once for every check. */
    private final Map<Rule, Boolean> canFire = new IdentityHashMap<>();

    private RuleSetChecker(RuleSet rules) {
        this.rules = rules;
        var list = rules.rules();
        for (int i = 0; i < list.size(); i++) {
            indexOf.putIfAbsent(list.get(i), i);
        }
        for (var example : rules.examples()) {
            boolean[] fired = null;
            try {
                var answers = rules.check(example.answers());
                fired = new boolean[list.size()];
                for (int i = 0; i < fired.length; i++) {
                    fired[i] = list.get(i).firesOn(answers);
                }
            } catch (BadAnswerException e) {
                // the loader reports bad answers in examples
            }
            witnesses.add(fired);
        }
    }

    public static List<Problem> check(RuleSet rules) {
        var checker = new RuleSetChecker(rules);
        checker.neverFiring();
        Contradictions.check(checker);
        checker.scales();
        var verdicts = new VerdictChecks(checker);
        verdicts.unreachableVerdicts();
        verdicts.capsThatNeverBind();
        checker.capsWithNoLanguageLeft();
        checker.capsAgainstExamples();
        if (checker.skipped > 0) {
            checker.problems.add(Problem.warning(
                    "/rules",
                    checker.skipped + (checker.skipped == 1 ? " check was" : " checks were")
                            + " not run: the search budget was spent (whether a verdict or a cap's limit can be reached); "
                            + "split the file, or check a smaller one"));
        }
        return List.copyOf(checker.problems);
    }

    RuleSet rules() {
        return rules;
    }

    void report(Problem problem) {
        problems.add(problem);
    }

    /** Counts a check that was not run, for the closing warning. */
    void skip() {
        skipped++;
    }

    List<boolean[]> witnesses() {
        return witnesses;
    }

    /** Whether some example's answers pass the test, given which rules fire on them. */
    boolean witnessed(Predicate<boolean[]> test) {
        for (var fired : witnesses) {
            if (fired != null && test.test(fired)) {
                return true;
            }
        }
        return false;
    }

    /** The rules that fire on an example's answers, in rule order. */
    List<Rule> firing(boolean[] fired) {
        var firing = new ArrayList<Rule>();
        for (int i = 0; i < fired.length; i++) {
            if (fired[i]) {
                firing.add(rules.rules().get(i));
            }
        }
        return firing;
    }

    int scoreOf(boolean[] fired) {
        int score = 0;
        for (int i = 0; i < fired.length; i++) {
            score += fired[i] ? rules.rules().get(i).score() : 0;
        }
        return score;
    }

    String rulePath(Rule rule) {
        var index = indexOf.get(rule);
        return "/rules/" + (index != null ? index : rules.rules().indexOf(rule));
    }

    /** Whether some answers satisfy the rule; null when they are too many to try. */
    Boolean canFire(Rule rule) {
        if (!canFire.containsKey(rule)) {
            canFire.put(rule, canFireTogether(List.of(rule.when())));
        }
        return canFire.get(rule);
    }

    /**
     * Whether some answers satisfy all the conditions at once, over the answers they tell apart; null when
     * those are more than {@link #MAX_COMBINATIONS}.
     */
    private Boolean canFireTogether(List<Condition> conditions) {
        var questions = new LinkedHashSet<String>();
        conditions.forEach(condition -> questions.addAll(condition.questions()));
        var table = AnswerTable.distinct(rules, List.copyOf(questions), conditions, MAX_COMBINATIONS)
                .orElse(null);
        if (table == null) {
            return null;
        }
        var compiled = conditions.stream().map(table::compile).toList();
        return table.any(choice -> {
            for (var condition : compiled) {
                if (!AnswerTable.holds(condition, choice)) {
                    return false;
                }
            }
            return true;
        });
    }

    private void neverFiring() {
        var list = rules.rules();
        for (int i = 0; i < list.size(); i++) {
            var rule = list.get(i);
            int index = i;
            if (!witnessed(fired -> fired[index]) && canFire(rule) == Boolean.FALSE) {
                problems.add(Problem.error(
                        rulePath(rule) + "/when",
                        "rule '" + rule.id() + "' can never fire: no answers satisfy its condition"));
            }
        }
    }

    /**
     * A rule for Rust must not stop firing as a question moves toward the end that favours Rust, and a
     * rule against Rust must not start firing then; otherwise answering "more in Rust's favour" could
     * lower the score.
     */
    private void scales() {
        for (var rule : rules.rules()) {
            if (rule.score() != 0) {
                scale(rule, rule.score() > 0, signed(rule.score()));
            }
            if (rule.caps()) {
                // A cap only ever holds Rust back: like a rule against Rust, it must not start firing as
                // an answer moves toward the end that favours Rust.
                scale(rule, false, "cap " + rule.cap().atMost().orElseThrow().id());
            }
        }
    }

    private void scale(Rule rule, boolean forRust, String effect) {
        for (var questionId : rule.when().questions()) {
            var question = rules.question(questionId).orElse(null);
            if (question == null || question.scaleTowardRust().isEmpty()) {
                continue;
            }
            var others = new ArrayList<>(rule.when().questions());
            others.remove(questionId);
            var table = AnswerTable.distinct(rules, others, List.of(rule.when()), MAX_COMBINATIONS)
                    .orElse(null);
            if (table == null) {
                continue;
            }
            var scale = question.scaleTowardRust();
            var steps = new ArrayList<List<String>>();
            scale.forEach(value -> steps.add(List.of(value)));
            var withScale = table.with(questionId, steps);
            var condition = withScale.compile(rule.when());
            int last = withScale.questions().size() - 1;
            var broken = withScale.any(last, choice -> {
                boolean lower = false;
                for (int step = 0; step < scale.size(); step++) {
                    choice[last] = step;
                    boolean higher = AnswerTable.holds(condition, choice);
                    if (step > 0 && (forRust ? lower && !higher : !lower && higher)) {
                        return true;
                    }
                    lower = higher;
                }
                return false;
            });
            if (broken) {
                problems.add(Problem.error(
                        rulePath(rule) + "/when",
                        "rule '" + rule.id() + "' ("
                                + effect + ") goes against the scale of '" + questionId + "': moving it toward "
                                + scale.get(scale.size() - 1) + ", which favours Rust, can "
                                + (forRust ? "stop it firing" : "make it fire")));
            }
        }
    }

    /**
     * Two caps of one file that narrow the languages to lists with nothing in common, and can fire
     * together. Across layers that is how a layer overrides what it extends, so it is not reported.
     */
    private void capsWithNoLanguageLeft() {
        var narrowing = rules.rules().stream()
                .filter(rule -> !rule.cap().languages().isEmpty())
                .toList();
        for (int i = 0; i < narrowing.size(); i++) {
            for (int j = i + 1; j < narrowing.size(); j++) {
                var first = narrowing.get(i);
                var second = narrowing.get(j);
                if (!first.source().equals(second.source())
                        || first.cap().languages().stream()
                                .anyMatch(second.cap().languages()::contains)) {
                    continue;
                }
                if (canFireTogether(List.of(first.when(), second.when())) == Boolean.TRUE) {
                    problems.add(Problem.error(
                            rulePath(second) + "/cap/languages",
                            "rules '" + first.id() + "' and '"
                                    + second.id() + "' can fire together, and their caps share no language ("
                                    + String.join(", ", first.cap().languages()) + " / "
                                    + String.join(", ", second.cap().languages())
                                    + "): only the later one would count"));
                }
            }
        }
    }

    /** An example that expects what a cap forbids can never pass; say which cap, not only that it fails. */
    private void capsAgainstExamples() {
        var examples = rules.examples();
        for (int i = 0; i < examples.size(); i++) {
            var example = examples.get(i);
            if (witnesses.get(i) == null) {
                continue; // the loader reports bad answers in examples
            }
            var fired = firing(witnesses.get(i));
            // What the evaluator allows: across layers a later cap overrides one it shares no language with.
            var allowed = Ranking.allowedLanguages(fired);
            for (var rule : fired) {
                if (rule.cap().isNone()) {
                    continue;
                }
                if (rule.cap().excludes(example.verdict())) {
                    problems.add(Problem.error(
                            "/examples/" + i + "/verdict",
                            "example '" + example.name()
                                    + "' expects " + example.verdict().id() + ", but rule '" + rule.id()
                                    + "' caps these answers at "
                                    + rule.cap().atMost().orElseThrow().id()));
                }
                var language = example.language().orElse(null);
                if (example.verdict() == Verdict.AVOID_RUST
                        && language != null
                        && !rule.cap().languages().isEmpty()
                        && !rule.cap().languages().contains(language)
                        && !allowed.contains(language)) {
                    problems.add(Problem.error(
                            "/examples/" + i + "/language",
                            "example '" + example.name()
                                    + "' expects " + language + ", but rule '" + rule.id() + "' allows only "
                                    + String.join(", ", rule.cap().languages()) + " on these answers"));
                }
            }
        }
    }

    static String signed(int n) {
        return n > 0 ? "+" + n : Integer.toString(n);
    }
}
