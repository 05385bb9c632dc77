package io.github.shouldirust.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a change to the rules flips: the verdicts over the answer space ({@link VerdictFlips}), the rules,
 * questions and thresholds that differ, and the examples of either file whose result changes.
 *
 * @param questionsAdded ids of the questions only NEW has
 * @param questionsRemoved ids of the questions only OLD has
 */
public record RulesDiff(
        VerdictFlips flips,
        List<RuleChange> rules,
        List<String> questionsAdded,
        List<String> questionsRemoved,
        Thresholds oldThresholds,
        Thresholds newThresholds,
        List<ExampleChange> examples) {

    public RulesDiff {
        rules = List.copyOf(rules);
        questionsAdded = List.copyOf(questionsAdded);
        questionsRemoved = List.copyOf(questionsRemoved);
        examples = List.copyOf(examples);
    }

    /** Whether any verdict changes: of a profile tried, or of an example. */
    public boolean changesVerdicts() {
        return flips.changed() > 0 || examples.stream().anyMatch(ExampleChange::verdictChanges);
    }

    /** Rule {@code id} added (only {@code after}), removed (only {@code before}) or changed (both). */
    public record RuleChange(String id, Optional<Rule> before, Optional<Rule> after, List<String> parts) {
        public RuleChange {
            parts = List.copyOf(parts);
        }

        public String kind() {
            return before.isEmpty() ? "added" : after.isEmpty() ? "removed" : "changed";
        }
    }

    /** An example whose verdict or recommended language differs between OLD and NEW. */
    public record ExampleChange(
            String name, Verdict oldVerdict, String oldLanguage, Verdict newVerdict, String newLanguage) {
        public boolean verdictChanges() {
            return oldVerdict != newVerdict;
        }
    }

    public static RulesDiff of(RuleSet old, RuleSet changed, long samples, long seed) {
        var space = ProfileSpace.of(old, changed);
        var plan = VerdictFlips.Plan.of(
                space, samples, seed, old.rules().size() + changed.rules().size());
        var flips = VerdictFlips.of(old, changed, space, plan);
        return new RulesDiff(
                flips,
                ruleChanges(old, changed),
                ids(changed, old),
                ids(old, changed),
                old.thresholds(),
                changed.thresholds(),
                exampleChanges(old, changed));
    }

    /** The questions of {@code in} that {@code notIn} lacks. */
    private static List<String> ids(RuleSet in, RuleSet notIn) {
        return in.questions().stream()
                .map(Question::id)
                .filter(id -> notIn.question(id).isEmpty())
                .toList();
    }

    /** By rule id: OLD's order, then the rules only NEW has. The source file is not part of a rule's meaning. */
    static List<RuleChange> ruleChanges(RuleSet old, RuleSet changed) {
        var before = byId(old);
        var after = byId(changed);
        var ids = new LinkedHashSet<>(before.keySet());
        ids.addAll(after.keySet());
        var changes = new ArrayList<RuleChange>();
        for (var id : ids) {
            var a = Optional.ofNullable(before.get(id));
            var b = Optional.ofNullable(after.get(id));
            var parts = a.isPresent() && b.isPresent() ? parts(a.get(), b.get()) : List.<String>of();
            if (a.isEmpty() || b.isEmpty() || !parts.isEmpty()) {
                changes.add(new RuleChange(id, a, b, parts));
            }
        }
        return changes;
    }

    private static Map<String, Rule> byId(RuleSet rules) {
        var map = new LinkedHashMap<String, Rule>();
        rules.rules().forEach(rule -> map.putIfAbsent(rule.id(), rule));
        return map;
    }

    /** The parts of a rule that differ, named as in a rules file. */
    private static List<String> parts(Rule a, Rule b) {
        var parts = new ArrayList<String>();
        add(parts, "when", a.when().equals(b.when()));
        add(parts, "score", a.score() == b.score());
        add(parts, "languages", a.languageEffects().equals(b.languageEffects()));
        add(parts, "text", a.text().equals(b.text()));
        add(parts, "claims", a.claims().equals(b.claims()));
        add(parts, "cap", a.cap().equals(b.cap()));
        add(parts, "picks", a.picks().equals(b.picks()));
        return parts;
    }

    private static void add(List<String> parts, String part, boolean same) {
        if (!same) {
            parts.add(part);
        }
    }

    /**
     * The examples of both files by name (the first of a name wins), each evaluated under both rule sets.
     * Under a rule set, answers to a question it lacks, or values it does not offer, are left out, as if
     * the quiz had not asked them.
     */
    static List<ExampleChange> exampleChanges(RuleSet old, RuleSet changed) {
        var examples = new LinkedHashMap<String, Example>();
        for (var example : old.examples()) {
            examples.putIfAbsent(example.name(), example);
        }
        for (var example : changed.examples()) {
            examples.putIfAbsent(example.name(), example);
        }
        var changes = new ArrayList<ExampleChange>();
        for (var example : examples.values()) {
            var a = Evaluator.evaluate(old, old.inQuestionOrder(Answers.of(example.answers())));
            var b = Evaluator.evaluate(changed, changed.inQuestionOrder(Answers.of(example.answers())));
            if (a.verdict() != b.verdict()
                    || !a.recommendation().id().equals(b.recommendation().id())) {
                changes.add(new ExampleChange(
                        example.name(),
                        a.verdict(),
                        a.recommendation().id(),
                        b.verdict(),
                        b.recommendation().id()));
            }
        }
        return changes;
    }
}
