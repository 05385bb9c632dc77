package io.github.shouldirust.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * What would change a verdict, and what each open question could do to it. Pure, like the evaluator: it
 * tries changed answers and scores them.
 */
public final class Analysis {
    /** Enough to show the options without burying them. */
    public static final int WHAT_IFS_PER_VERDICT = 5;
    /**
     * Single changes tried, at most: one per option of every question, so a rules file with thousands of
     * options (or a multi-choice answer of thousands of values) stops here rather than take seconds.
     */
    static final int MAX_CHANGES = 2_000;
    /** Pairs of changes tried for one verdict, at most: pairs grow with the square of the changes. */
    static final int MAX_PAIRS = 50_000;

    /** The what-ifs found, and whether a budget cut the search short (there may be more). */
    public record Search(List<WhatIf> found, boolean ranOut) {
        public Search {
            found = List.copyOf(found);
        }
    }

    private boolean ranOut;

    private final RuleSet rules;
    private final Answers answers;
    private final Verdict current;
    private final int score;
    /** For each question, the rules whose condition tests it: only these can change when it does. */
    private final Map<String, List<Rule>> rulesTesting = new HashMap<>();
    /**
     * Rules by identity: each is one object in the rule set, and a record's hashCode would walk its whole
     * condition tree on every lookup (and bootstrap ObjectMethods, ~10 ms cold).
     */
    private final Set<Rule> firedNow = identitySet();
    /** The rules that cap the verdict: few, so each changed answer set tries them all. */
    private final List<Rule> caps = new ArrayList<>();
    /** Each rule's questions, walked once: pairs ask for them hundreds of times. */
    private final Map<Rule, Set<String>> questionsOf = new IdentityHashMap<>();

    private Analysis(RuleSet rules, Answers answers, Verdict current) {
        this.rules = rules;
        this.answers = answers;
        this.current = current;
        int sum = 0;
        // Plain loops here and below: this runs once per process, cold, where each new stream shape costs.
        for (var rule : rules.rules()) {
            var questions = rule.when().questions();
            questionsOf.put(rule, Set.copyOf(questions));
            for (var question : questions) {
                rulesTesting.computeIfAbsent(question, q -> new ArrayList<>()).add(rule);
            }
            if (rule.firesOn(answers)) {
                firedNow.add(rule);
                sum += rule.score();
            }
            if (rule.caps()) {
                caps.add(rule);
            }
        }
        this.score = sum;
    }

    private static Set<Rule> identitySet() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }

    /**
     * The score with some answers changed, re-evaluating only the rules that test a changed question;
     * the others fire as they did. Equal to {@link Evaluator#score} on the changed answers, much cheaper.
     */
    private int scoreWith(Map<String, List<String>> changes) {
        var changed = WhatIf.apply(answers, changes);
        Set<Rule> touched = identitySet();
        for (var question : changes.keySet()) {
            touched.addAll(rulesTesting.getOrDefault(question, List.of()));
        }
        int changedScore = score;
        for (var rule : touched) {
            changedScore += (rule.firesOn(changed) ? rule.score() : 0) - (firedNow.contains(rule) ? rule.score() : 0);
        }
        return changedScore;
    }

    /**
     * For each other verdict, the smallest changes that reach it: single changes where there are any,
     * otherwise pairs, at most {@link #WHAT_IFS_PER_VERDICT} each, in question order. Questions marked
     * fixed (what is being built) are never changed, and no change leaves a question unanswered.
     */
    public static List<WhatIf> whatIf(Evaluation result) {
        return search(result).found();
    }

    /** {@link #whatIf}, saying whether a budget ({@link #MAX_CHANGES}, {@link #MAX_PAIRS}) cut it short. */
    public static Search search(Evaluation result) {
        var analysis = new Analysis(result.rules(), result.answers(), result.verdict());
        var found = analysis.whatIf();
        return new Search(found, analysis.ranOut);
    }

    /** For each unanswered question, the range of scores and the verdicts its answers would give. */
    public static List<QuestionImpact> openQuestions(Evaluation result) {
        var analysis = new Analysis(result.rules(), result.answers(), result.verdict());
        return result.unanswered().stream().map(analysis::impact).toList();
    }

    private List<WhatIf> whatIf() {
        var singles = changes();
        var found = new ArrayList<WhatIf>();
        for (var target : Verdict.values()) {
            if (target == current) {
                continue;
            }
            var reached = new ArrayList<WhatIf>();
            for (var single : singles) {
                if (reached.size() < WHAT_IFS_PER_VERDICT && single.verdict() == target) {
                    reached.add(whatIf(target, single.score(), single));
                }
            }
            // Pairs only where no single change reaches the verdict: a pair is never bigger than needed.
            var needPairs = reached.isEmpty();
            int tried = 0;
            for (int i = 0; needPairs && i < singles.size() && reached.size() < WHAT_IFS_PER_VERDICT; i++) {
                for (int j = i + 1; j < singles.size() && reached.size() < WHAT_IFS_PER_VERDICT; j++) {
                    if (++tried > MAX_PAIRS) {
                        ranOut = true;
                        needPairs = false;
                        break;
                    }
                    var first = singles.get(i);
                    var second = singles.get(j);
                    if (!first.question().equals(second.question())) {
                        int pairScore = pairScore(first, second);
                        if (pairVerdict(first, second, pairScore, target) == target) {
                            reached.add(whatIf(target, pairScore, first, second));
                        }
                    }
                }
            }
            found.addAll(reached);
        }
        return found;
    }

    /**
     * The verdict of a pair of changes, built only when it can matter: a cap only ever lowers the
     * score's verdict, so a pair whose score falls short of the target cannot reach it, and where no
     * cap could lower the score's verdict it is the answer. Building both changed answer sets for
     * every pair would cost the what-if most of its time.
     */
    private Verdict pairVerdict(Change first, Change second, int pairScore, Verdict target) {
        var byScore = rules.thresholds().verdictFor(pairScore);
        if (byScore.compareTo(target) > 0 || !anyCapExcludes(byScore)) {
            return byScore;
        }
        return verdict(first.changed().with(second.question(), second.values()), pairScore);
    }

    private boolean anyCapExcludes(Verdict verdict) {
        for (var cap : caps) {
            if (cap.cap().excludes(verdict)) {
                return true;
            }
        }
        return false;
    }

    /** The verdict of changed answers with this score: the score's verdict under the caps that fire. */
    private Verdict verdict(Answers changed, int someScore) {
        var verdict = rules.thresholds().verdictFor(someScore);
        for (var cap : caps) {
            if (cap.cap().excludes(verdict) && cap.firesOn(changed)) {
                verdict = cap.cap().atMost().orElseThrow();
            }
        }
        return verdict;
    }

    private static WhatIf whatIf(Verdict target, int score, Change... changes) {
        var map = new LinkedHashMap<String, List<String>>();
        for (var change : changes) {
            map.put(change.question(), change.values());
        }
        return new WhatIf(map, target, score);
    }

    /**
     * The score with two changes made. Each change's own effect is known; only rules that test both
     * questions can add to that, so only they are evaluated again. Exact, and cheap enough to try every
     * pair on a cold JVM.
     */
    private int pairScore(Change first, Change second) {
        int pair = score + (first.score() - score) + (second.score() - score);
        Answers both = null;
        for (var rule : rulesTesting.getOrDefault(first.question(), List.of())) {
            if (!questionsOf.get(rule).contains(second.question())) {
                continue;
            }
            if (both == null) {
                both = first.changed().with(second.question(), second.values());
            }
            int now = firedNow.contains(rule) ? 1 : 0;
            int onlyFirst = rule.firesOn(first.changed()) ? 1 : 0;
            int onlySecond = rule.firesOn(second.changed()) ? 1 : 0;
            int together = rule.firesOn(both) ? 1 : 0;
            pair += (together - onlyFirst - onlySecond + now) * rule.score();
        }
        return pair;
    }

    /**
     * One new answer to one question.
     *
     * @param score Rust's score with this change alone
     * @param verdict the verdict with this change alone
     */
    private record Change(String question, List<String> values, int score, Verdict verdict, Answers changed) {}

    /**
     * Every single change the user could make: another value for a single-choice question, one value
     * added or removed for a multi-choice one (respecting exclusive options), an answer for an open one.
     */
    private List<Change> changes() {
        var changes = new ArrayList<Change>();
        for (var question : rules.questions()) {
            if (question.fixed()) {
                continue;
            }
            var now = answers.get(question.id());
            for (var choice : question.choices()) {
                if (changes.size() >= MAX_CHANGES) {
                    ranOut = true;
                    return changes;
                }
                var values = question.isMulti() && answers.isAnswered(question.id())
                        ? toggled(question, now, choice)
                        : List.of(choice.value());
                if (!values.isEmpty() && !values.equals(now)) {
                    int changedScore = scoreWith(Map.of(question.id(), values));
                    var changed = answers.with(question.id(), values);
                    changes.add(
                            new Change(question.id(), values, changedScore, verdict(changed, changedScore), changed));
                }
            }
        }
        return changes;
    }

    private static List<String> toggled(Question question, List<String> now, Choice choice) {
        if (now.contains(choice.value())) {
            return now.stream().filter(v -> !v.equals(choice.value())).toList();
        }
        if (choice.exclusive()) {
            return List.of(choice.value());
        }
        return question.values().stream()
                .filter(v -> v.equals(choice.value())
                        || (now.contains(v) && !question.choice(v).orElseThrow().exclusive()))
                .toList();
    }

    private QuestionImpact impact(Question question) {
        var values = question.values();
        var scores = new int[values.size()];
        var verdicts = EnumSet.noneOf(Verdict.class);
        for (int i = 0; i < scores.length; i++) {
            var value = List.of(values.get(i));
            scores[i] = scoreWith(Map.of(question.id(), value));
            verdicts.add(verdict(answers.with(question.id(), value), scores[i]));
        }
        return new QuestionImpact(
                question,
                IntStream.of(scores).min().orElse(0),
                IntStream.of(scores).max().orElse(0),
                List.copyOf(verdicts)); // an EnumSet iterates in verdict order
    }
}
