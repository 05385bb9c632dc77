package io.github.shouldirust.core;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Predicate;

/**
 * Finds what loading cannot: rules that can never fire, rules that cancel each other out on the same
 * answers, verdicts no answers can reach, and rules that break the scale a question declares
 * ({@code rust-favours}). Exhaustive over the questions each check involves, so its findings are facts,
 * not guesses; a check whose space is too large to try is skipped rather than approximated.
 */
public final class RuleSetChecker {
    /** Answer combinations one check may try; the bundled rules need a few thousand at most. */
    static final int MAX_COMBINATIONS = 200_000;
    /**
     * Work for the checks that search the whole answer space (a cap that never binds), in rule-question
     * units, shared by all of them: each such search costs about the rules times the questions, so without
     * a budget a file of n rules with n/10 caps costs n^2. Past it the checks are skipped, and a warning
     * says how many.
     */
    static final long MAX_SEARCH_WORK = 3_000_000;

    private long searchWorkLeft = MAX_SEARCH_WORK;
    /** Answer combinations listed to compare rules' firing: each rule is evaluated on every one. */
    static final int MAX_FIRING_PATTERN = 4_096;
    private int skipped;
    private final java.util.Map<Rule, Integer> indexOf = new java.util.IdentityHashMap<>();
    private final RuleSet rules;
    private final List<Problem> problems = new ArrayList<>();
    /**
     * For each example, in the rules' order of examples, which rules fire on its answers (by rule
     * index); null for an example whose answers do not check. An example is a proof that its answers
     * exist: a search whose answer it already shows is skipped, which keeps a rules file with good
     * examples quick to check (the bundled one: ~350 ms to ~150 ms of a cold run).
     */
    private final List<boolean[]> witnesses = new ArrayList<>();

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

    /** Whether some example's answers pass the test, given which rules fire on them. */
    private boolean witnessed(java.util.function.Predicate<boolean[]> test) {
        for (var fired : witnesses) {
            if (fired != null && test.test(fired)) {
                return true;
            }
        }
        return false;
    }

    /** The rules that fire on an example's answers, in rule order. */
    private List<Rule> firing(boolean[] fired) {
        var firing = new ArrayList<Rule>();
        for (int i = 0; i < fired.length; i++) {
            if (fired[i]) {
                firing.add(rules.rules().get(i));
            }
        }
        return firing;
    }

    private int scoreOf(boolean[] fired) {
        int score = 0;
        for (int i = 0; i < fired.length; i++) {
            score += fired[i] ? rules.rules().get(i).score() : 0;
        }
        return score;
    }

    public static List<Problem> check(RuleSet rules) {
        var checker = new RuleSetChecker(rules);
        checker.neverFiring();
        checker.contradictions();
        checker.scales();
        checker.unreachableVerdicts();
        checker.capsThatNeverBind();
        checker.capsWithNoLanguageLeft();
        checker.capsAgainstExamples();
        if (checker.skipped > 0) {
            checker.problems.add(Problem.warning("/rules", checker.skipped + (checker.skipped == 1 ? " check was" : " checks were")
                    + " not run: the search budget was spent (whether a verdict or a cap's limit can be reached); "
                    + "split the file, or check a smaller one"));
        }
        return List.copyOf(checker.problems);
    }

    /** Takes {@code cost} from the search budget, or counts the check as skipped when it cannot. */
    private boolean affordable(long cost) {
        if (cost > searchWorkLeft) {
            skipped++;
            return false;
        }
        searchWorkLeft -= cost;
        return true;
    }

    private String rulePath(Rule rule) {
        var index = indexOf.get(rule);
        return "/rules/" + (index != null ? index : rules.rules().indexOf(rule));
    }

    private void neverFiring() {
        var list = rules.rules();
        for (int i = 0; i < list.size(); i++) {
            var rule = list.get(i);
            int index = i;
            var questions = rule.when().questions();
            if (!witnessed(fired -> fired[index]) && combinations(questions) <= MAX_COMBINATIONS
                    && !anyAssignment(questions, Answers.none(), rule::firesOn)) {
                problems.add(Problem.error(rulePath(rule) + "/when", "rule '" + rule.id()
                        + "' can never fire: no answers satisfy its condition"));
            }
        }
    }

    /**
     * Two rules that fire on exactly the same answers, one for Rust and one against, cancel out. Only rules
     * that test the same questions are compared: every pair of a large file would be quadratic, and two
     * conditions over different questions fire on the same answers only when one tests a question it
     * does not depend on (as "q is a or q is not a"), which this lint lets pass.
     */
    private void contradictions() {
        var list = rules.rules();
        var byQuestions = new java.util.HashMap<java.util.Set<String>, List<Integer>>();
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).score() != 0) {
                byQuestions.computeIfAbsent(java.util.Set.copyOf(list.get(i).when().questions()), k -> new ArrayList<>())
                        .add(i);
            }
        }
        for (var group : byQuestions.values()) {
            contradictions(list, group);
        }
    }

    /** Rules (all testing the same questions) that fire on exactly the same answers, found by hashing. */
    private void contradictions(List<Rule> list, List<Integer> group) {
        var questions = List.copyOf(list.get(group.get(0)).when().questions());
        if (group.size() < 2 || combinations(questions) > MAX_FIRING_PATTERN) {
            return;
        }
        // Each rule's firing over every answer to these questions, as a key: equal keys, equal firing.
        var byPattern = new java.util.LinkedHashMap<java.util.BitSet, List<Integer>>();
        var assignments = new ArrayList<Answers>();
        anyAssignment(questions, Answers.none(), answers -> !assignments.add(answers));
        for (int index : group) {
            var pattern = new java.util.BitSet(assignments.size());
            for (int a = 0; a < assignments.size(); a++) {
                pattern.set(a, list.get(index).firesOn(assignments.get(a)));
            }
            byPattern.computeIfAbsent(pattern, k -> new ArrayList<>()).add(index);
        }
        // Each rule is reported once, against the first earlier rule of the opposite sign: a file of many
        // copies would otherwise get a report for every pair.
        for (var same : byPattern.values()) {
            Rule firstFor = null;
            Rule firstAgainst = null;
            for (int index : same) {
                var rule = list.get(index);
                var opposite = rule.score() > 0 ? firstAgainst : firstFor;
                if (opposite != null) {
                    problems.add(Problem.error(rulePath(rule) + "/when", "rule '" + rule.id()
                            + "' contradicts rule '" + opposite.id() + "': they fire on exactly the same answers with "
                            + "opposite effects (" + signed(opposite.score()) + ", " + signed(rule.score()) + ")"));
                }
                if (rule.score() > 0 && firstFor == null) {
                    firstFor = rule;
                } else if (rule.score() < 0 && firstAgainst == null) {
                    firstAgainst = rule;
                }
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
            if (combinations(others) > MAX_COMBINATIONS) {
                continue;
            }
            var scale = question.scaleTowardRust();
            var broken = anyAssignment(others, Answers.none(), answers -> {
                for (int step = 0; step + 1 < scale.size(); step++) {
                    var lower = rule.firesOn(answers.with(questionId, List.of(scale.get(step))));
                    var higher = rule.firesOn(answers.with(questionId, List.of(scale.get(step + 1))));
                    if (forRust ? lower && !higher : !lower && higher) {
                        return true;
                    }
                }
                return false;
            });
            if (broken) {
                problems.add(Problem.error(rulePath(rule) + "/when", "rule '" + rule.id() + "' ("
                        + effect + ") goes against the scale of '" + questionId + "': moving it toward "
                        + scale.get(scale.size() - 1) + ", which favours Rust, can " + (forRust
                                ? "stop it firing" : "make it fire")));
            }
        }
    }

    /**
     * Exact, caps included: a cap that fires keeps the verdict at or below its own, so each search adds,
     * for every cap that rules a verdict out, a rule with the same condition and a penalty no score can
     * make up.
     */
    private void unreachableVerdicts() {
        var thresholds = rules.thresholds();
        var shown = EnumSet.noneOf(Verdict.class);
        for (var fired : witnesses) {
            if (fired != null) {
                shown.add(Evaluator.capped(thresholds.verdictFor(scoreOf(fired)), firing(fired)));
            }
        }
        if (!shown.contains(Verdict.USE_RUST)) {
            useRustReachable(thresholds);
        }
        if (!shown.contains(Verdict.CONSIDER_RUST)) {
            considerRustReachable(thresholds);
        }
        if (!shown.contains(Verdict.AVOID_RUST)) {
            avoidRustReachable(thresholds);
        }
    }

    private void useRustReachable(Thresholds thresholds) {
        var forUse = new ScoreSearch(rules, withPenalties(Verdict.USE_RUST));
        boolean useReached = forUse.reaches(thresholds.useRust(), Integer.MAX_VALUE);
        if (forUse.ranOut()) {
            skipped++; // too large to search: counted in the closing warning, not guessed at
            return;
        }
        if (!useReached) {
            // Below every real score only penalties reach: then no answers escape the caps at all.
            int highest = forUse.highest();
            problems.add(Problem.error("/verdicts/use-rust", highest < lowestPossibleScore()
                    ? "no answers reach use-rust: a cap holds back every answer"
                    : "no answers reach use-rust: the highest possible score " + (hasCaps() ? "that no cap holds back "
                            : "") + "is " + signed(highest) + ", below " + signed(thresholds.useRust())));
        }
    }

    private void considerRustReachable(Thresholds thresholds) {
        // Equal thresholds leave no room for consider-rust on purpose: nothing to report.
        var forConsider = new ScoreSearch(rules, withPenalties(Verdict.CONSIDER_RUST));
        boolean reached = thresholds.considerRust() >= thresholds.useRust()
                || forConsider.reaches(thresholds.considerRust(), thresholds.useRust() - 1);
        if (forConsider.ranOut()) {
            skipped++;
        } else if (!reached) {
            problems.add(Problem.error("/verdicts/consider-rust", "no answers give consider-rust: no score from "
                    + signed(thresholds.considerRust()) + " to " + signed(thresholds.useRust() - 1) + " is possible"
                    + (hasCaps() ? " where no cap to avoid-rust fires" : "")));
        }
    }

    private void avoidRustReachable(Thresholds thresholds) {
        var plain = new ScoreSearch(rules);
        boolean reached = plain.reaches(Integer.MIN_VALUE, thresholds.considerRust() - 1);
        if (plain.ranOut()) {
            skipped++;
        } else if (!reached && !anAvoidCapCanFire()) {
            problems.add(Problem.error("/verdicts/consider-rust", "no answers give avoid-rust: the lowest possible score is "
                    + signed(plain.lowest()) + ", not below " + signed(thresholds.considerRust())));
        }
    }

    private boolean hasCaps() {
        return rules.rules().stream().anyMatch(Rule::caps);
    }

    private boolean anAvoidCapCanFire() {
        for (var rule : rules.rules()) {
            if (rule.cap().excludes(Verdict.CONSIDER_RUST) && combinations(rule.when().questions()) <= MAX_COMBINATIONS
                    && anyAssignment(rule.when().questions(), Answers.none(), rule::firesOn)) {
                return true;
            }
        }
        return false;
    }

    /** The rules, plus a penalty rule beside each cap that keeps {@code verdict} from standing. */
    private List<Rule> withPenalties(Verdict verdict) {
        var terms = new ArrayList<>(rules.rules());
        for (var rule : rules.rules()) {
            if (rule.cap().excludes(verdict)) {
                terms.add(penalty(rule.id(), rule.when()));
            }
        }
        return terms;
    }

    /**
     * A rule whose score, when it fires, puts every sum below both thresholds and below every score some
     * answers give, so that a sum with a penalty in it is never taken for a real score.
     */
    private Rule penalty(String id, Condition when) {
        int positives = 0;
        for (var rule : rules.rules()) {
            positives += Math.max(0, rule.score());
        }
        int floor = Math.min(lowestPossibleScore(), Math.min(rules.thresholds().considerRust(),
                rules.thresholds().useRust()));
        return new Rule(id + " (penalty)", when, floor - positives - 1, java.util.Map.of(), "", List.of());
    }

    /** No answers score lower than this: the sum of every rule against Rust. */
    private int lowestPossibleScore() {
        int negatives = 0;
        for (var rule : rules.rules()) {
            negatives += Math.min(0, rule.score());
        }
        return negatives;
    }

    /**
     * A cap that never binds changes nothing: wherever it fires, the score alone already gives its
     * verdict or lower. Worth knowing, not wrong, so a warning.
     */
    private void capsThatNeverBind() {
        var thresholds = rules.thresholds();
        var list = rules.rules();
        for (int i = 0; i < list.size(); i++) {
            var rule = list.get(i);
            if (!rule.caps()) {
                continue;
            }
            var atMost = rule.cap().atMost().orElseThrow();
            if (atMost == Verdict.USE_RUST) {
                continue; // refused when the rules are built
            }
            int above = atMost == Verdict.CONSIDER_RUST ? thresholds.useRust() : thresholds.considerRust();
            int index = i;
            if (witnessed(fired -> fired[index] && scoreOf(fired) >= above)) {
                continue; // an example shows it binding
            }
            var questions = rule.when().questions();
            if (combinations(questions) <= MAX_COMBINATIONS && !anyAssignment(questions, Answers.none(), rule::firesOn)) {
                continue; // a rule that never fires is reported as such
            }
            if (!affordable((long) rules.rules().size() * rules.questions().size())) {
                continue;
            }
            var terms = new ArrayList<>(rules.rules());
            terms.add(penalty(rule.id(), new Condition.Not(rule.when())));
            var search = new ScoreSearch(rules, terms);
            // One search, not the full bound: the question is only whether any answers get past the cap.
            boolean reached = search.reaches(above, Integer.MAX_VALUE);
            if (search.ranOut()) {
                skipped++;
            } else if (!reached) {
                problems.add(Problem.warning(rulePath(rule) + "/cap/at-most", "the cap of rule '" + rule.id()
                        + "' never binds: whenever it fires, the score stays below " + signed(above)
                        + " anyway, so the verdict is " + (atMost == Verdict.AVOID_RUST ? "avoid-rust"
                                : "consider-rust or lower") + " without it"));
            }
        }
    }

    /**
     * Two caps of one file that narrow the languages to lists with nothing in common, and can fire
     * together. Across layers that is how a layer overrides what it extends, so it is not reported.
     */
    private void capsWithNoLanguageLeft() {
        var narrowing = rules.rules().stream().filter(rule -> !rule.cap().languages().isEmpty()).toList();
        for (int i = 0; i < narrowing.size(); i++) {
            for (int j = i + 1; j < narrowing.size(); j++) {
                var first = narrowing.get(i);
                var second = narrowing.get(j);
                if (!first.source().equals(second.source())
                        || first.cap().languages().stream().anyMatch(second.cap().languages()::contains)) {
                    continue;
                }
                var questions = new LinkedHashSet<>(first.when().questions());
                questions.addAll(second.when().questions());
                var union = List.copyOf(questions);
                if (combinations(union) <= MAX_COMBINATIONS
                        && anyAssignment(union, Answers.none(), a -> first.firesOn(a) && second.firesOn(a))) {
                    problems.add(Problem.error(rulePath(second) + "/cap/languages", "rules '" + first.id() + "' and '"
                            + second.id() + "' can fire together, and their caps share no language ("
                            + String.join(", ", first.cap().languages()) + " / " + String.join(", ",
                                    second.cap().languages()) + "): only the later one would count"));
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
                    problems.add(Problem.error("/examples/" + i + "/verdict", "example '" + example.name()
                            + "' expects " + example.verdict().id() + ", but rule '" + rule.id()
                            + "' caps these answers at " + rule.cap().atMost().orElseThrow().id()));
                }
                var language = example.language().orElse(null);
                if (example.verdict() == Verdict.AVOID_RUST && language != null && !rule.cap().languages().isEmpty()
                        && !rule.cap().languages().contains(language) && !allowed.contains(language)) {
                    problems.add(Problem.error("/examples/" + i + "/language", "example '" + example.name()
                            + "' expects " + language + ", but rule '" + rule.id() + "' allows only "
                            + String.join(", ", rule.cap().languages()) + " on these answers"));
                }
            }
        }
    }

    /** How many answer combinations the questions have (unanswered counts as one). */
    long combinations(List<String> questions) {
        return AnswerSpace.combinations(rules, questions, MAX_COMBINATIONS);
    }

    private boolean anyAssignment(List<String> questions, Answers base, Predicate<Answers> test) {
        return AnswerSpace.any(rules, questions, base, test);
    }

    private static String signed(int n) {
        return n > 0 ? "+" + n : Integer.toString(n);
    }
}
