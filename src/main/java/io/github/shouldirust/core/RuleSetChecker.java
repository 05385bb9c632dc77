package io.github.shouldirust.core;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Finds what loading cannot: rules that can never fire, rules that cancel each other out on the same
 * answers ({@link Contradictions}), rules that break the scale a question declares ({@link ScaleChecks}),
 * verdicts no answers can reach and caps that never bind ({@link VerdictChecks}), and caps that clash
 * with each other or with an example ({@link CapConflicts}). It runs them in that order and keeps what
 * they share: which rules fire on each example's answers, and whether each rule can fire at all.
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
        ScaleChecks.check(checker);
        var verdicts = new VerdictChecks(checker);
        verdicts.unreachableVerdicts();
        verdicts.capsThatNeverBind();
        CapConflicts.check(checker);
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
    Boolean canFireTogether(List<Condition> conditions) {
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

    static String signed(int n) {
        return n > 0 ? "+" + n : Integer.toString(n);
    }
}
