package io.github.shouldirust.core;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The checks that search the whole answer space for a score: verdicts no answers can reach, and caps that
 * never bind. Exact, caps included: a cap that fires keeps the verdict at or below its own, so a search
 * adds, for every cap that rules a verdict out, a rule with the same condition and a penalty no score can
 * make up.
 */
final class VerdictChecks {
    /**
     * Work for the searches of caps that never bind, in rule-question units, shared by all of them: each
     * such search costs about the rules times the questions, so without a budget a file of n rules with
     * n/10 caps costs n^2. Past it the checks are skipped, and a warning says how many.
     */
    static final long MAX_SEARCH_WORK = 3_000_000;

    private final RuleSetChecker checker;
    private final RuleSet rules;
    private long searchWorkLeft = MAX_SEARCH_WORK;
    /** Where each rule can fire, worked out once for all the searches (see ScoreSearch). */
    private final Map<Rule, Map<String, boolean[]>> firing = new IdentityHashMap<>();

    VerdictChecks(RuleSetChecker checker) {
        this.checker = checker;
        this.rules = checker.rules();
    }

    private ScoreSearch search(List<Rule> terms) {
        return new ScoreSearch(rules, terms, firing);
    }

    /** Takes {@code cost} from the search budget, or counts the check as skipped when it cannot. */
    private boolean affordable(long cost) {
        if (cost > searchWorkLeft) {
            checker.skip();
            return false;
        }
        searchWorkLeft -= cost;
        return true;
    }

    void unreachableVerdicts() {
        var thresholds = rules.thresholds();
        var shown = EnumSet.noneOf(Verdict.class);
        for (var fired : checker.witnesses()) {
            if (fired != null) {
                shown.add(Evaluator.capped(thresholds.verdictFor(checker.scoreOf(fired)), checker.firing(fired)));
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
        var forUse = search(withPenalties(Verdict.USE_RUST));
        boolean useReached = forUse.reaches(thresholds.useRust(), Integer.MAX_VALUE);
        // The report says the highest score no cap holds back: only penalised sums lie below every real
        // score, so first whether any answers escape the caps, then the highest from there. A search that
        // runs out finding them is not run either.
        int lowest = lowestPossibleScore();
        boolean escapes = !useReached && !forUse.ranOut() && forUse.reaches(lowest, Integer.MAX_VALUE);
        int highest = escapes && !forUse.ranOut() ? forUse.highestFrom(lowest) : lowest - 1;
        if (forUse.ranOut()) {
            checker.skip(); // too large to search: counted in the closing warning, not guessed at
            return;
        }
        if (!useReached) {
            checker.report(Problem.error(
                    "/verdicts/use-rust",
                    !escapes
                            ? "no answers reach use-rust: a cap holds back every answer"
                            : "no answers reach use-rust: the highest possible score "
                                    + (hasCaps() ? "that no cap holds back " : "") + "is "
                                    + RuleSetChecker.signed(highest) + ", below "
                                    + RuleSetChecker.signed(thresholds.useRust())));
        }
    }

    private void considerRustReachable(Thresholds thresholds) {
        // Equal thresholds leave no room for consider-rust on purpose: nothing to report.
        var forConsider = search(withPenalties(Verdict.CONSIDER_RUST));
        boolean reached = thresholds.considerRust() >= thresholds.useRust()
                || forConsider.reaches(thresholds.considerRust(), thresholds.useRust() - 1);
        if (forConsider.ranOut()) {
            checker.skip();
        } else if (!reached) {
            checker.report(Problem.error(
                    "/verdicts/consider-rust",
                    "no answers give consider-rust: no score from "
                            + RuleSetChecker.signed(thresholds.considerRust()) + " to "
                            + RuleSetChecker.signed(thresholds.useRust() - 1) + " is possible"
                            + (hasCaps() ? " where no cap to avoid-rust fires" : "")));
        }
    }

    private void avoidRustReachable(Thresholds thresholds) {
        var plain = search(rules.rules());
        boolean reached = plain.reaches(Integer.MIN_VALUE, thresholds.considerRust() - 1);
        boolean unreached = !reached && !plain.ranOut() && !anAvoidCapCanFire();
        int lowest = unreached ? plain.lowest() : 0;
        if (plain.ranOut()) {
            checker.skip();
        } else if (unreached) {
            checker.report(Problem.error(
                    "/verdicts/consider-rust",
                    "no answers give avoid-rust: the lowest possible "
                            + "score is " + RuleSetChecker.signed(lowest) + ", not below "
                            + RuleSetChecker.signed(thresholds.considerRust())));
        }
    }

    private boolean hasCaps() {
        return rules.rules().stream().anyMatch(Rule::caps);
    }

    private boolean anAvoidCapCanFire() {
        for (var rule : rules.rules()) {
            if (rule.cap().excludes(Verdict.CONSIDER_RUST) && checker.canFire(rule) == Boolean.TRUE) {
                return true;
            }
        }
        return false;
    }

    /** The rules, plus a penalty rule beside each cap that keeps {@code verdict} from standing. */
    private List<Rule> withPenalties(Verdict verdict) {
        var terms = new ArrayList<Rule>();
        for (var rule : rules.rules()) {
            if (rule.cap().excludes(verdict)) {
                terms.add(penalty(rule.id(), rule.when()));
            }
        }
        // After the penalties, for their questions to come first in the search (see capsThatNeverBind).
        terms.addAll(rules.rules());
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
        int floor = Math.min(
                lowestPossibleScore(),
                Math.min(rules.thresholds().considerRust(), rules.thresholds().useRust()));
        return new Rule(id + " (penalty)", when, floor - positives - 1, Map.of(), "", List.of());
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
    void capsThatNeverBind() {
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
            if (checker.witnessed(fired -> fired[index] && checker.scoreOf(fired) >= above)) {
                continue; // an example shows it binding
            }
            if (checker.canFire(rule) == Boolean.FALSE) {
                continue; // a rule that never fires is reported as such
            }
            if (!affordable((long) list.size() * rules.questions().size())) {
                continue;
            }
            // The penalty first: the search then answers the cap's questions first, and drops every
            // answer where the cap does not fire at once rather than deep in the search.
            var terms = new ArrayList<Rule>();
            terms.add(penalty(rule.id(), new Condition.Not(rule.when())));
            terms.addAll(list);
            var search = search(terms);
            // One search, not the full bound: the question is only whether any answers get past the cap.
            boolean reached = search.reaches(above, Integer.MAX_VALUE);
            if (search.ranOut()) {
                checker.skip();
            } else if (!reached) {
                checker.report(Problem.warning(
                        checker.rulePath(rule) + "/cap/at-most",
                        "the cap of rule '"
                                + rule.id() + "' never binds: whenever it fires, the score stays below "
                                + RuleSetChecker.signed(above) + " anyway, so the verdict is "
                                + (atMost == Verdict.AVOID_RUST ? "avoid-rust" : "consider-rust or lower")
                                + " without it"));
            }
        }
    }
}
