package io.github.shouldirust.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A loaded rules file: the essay's claims, the questions, the rules and the verdict thresholds. */
public final class RuleSet {
    private final Metadata metadata;
    private final Map<String, Claim> claims;
    private final Map<String, Language> languages;
    private final Map<String, Question> questions;
    private final List<Rule> rules;
    private final Thresholds thresholds;
    private final List<Problem> warnings;
    private final List<Example> examples;
    private final List<String> layers;
    /** Per question, the answers its rules tell apart (see AnswerSpace.distinct), worked out on first use. */
    private final Map<String, Optional<List<List<String>>>> distinctAnswers =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** What the rules file says about itself. */
    public record Metadata(String id, String version, String title, String source) {}

    private RuleSet(
            Metadata metadata,
            List<Claim> claims,
            List<Language> languages,
            List<Question> questions,
            List<Rule> rules,
            Thresholds thresholds,
            List<Problem> warnings,
            List<Example> examples,
            List<String> layers) {
        this.metadata = metadata;
        this.layers = layers.isEmpty() ? List.of(metadata.id() + " " + metadata.version()) : List.copyOf(layers);
        this.warnings = warnings;
        this.examples = List.copyOf(examples);
        this.claims = byId(claims, Claim::id);
        this.languages = byId(languages, Language::id);
        this.questions = byId(questions, Question::id);
        this.rules = List.copyOf(rules);
        this.thresholds = thresholds;
    }

    /**
     * Builds a rule set, or reports every error in it: duplicate ids, references that do not resolve,
     * conditions over unknown questions or values.
     */
    public static RuleSet of(
            Metadata metadata,
            List<Claim> claims,
            List<Language> languages,
            List<Question> questions,
            List<Rule> rules,
            Thresholds thresholds)
            throws InvalidRulesException {
        var problems = RuleSetValidator.validate(claims, languages, questions, rules, thresholds);
        var errors = problems.stream().filter(Problem::isError).toList();
        if (!errors.isEmpty()) {
            throw new InvalidRulesException(errors);
        }
        return new RuleSet(
                metadata,
                claims,
                languages,
                questions,
                rules,
                thresholds,
                problems.stream().filter(p -> !p.isError()).toList(),
                List.of(),
                List.of());
    }

    /**
     * Rules validated when they were compiled, with the warnings that validation found: the build-time
     * snapshot of the bundled rules, which SnapshotWriter writes only after {@link #of} accepted them.
     * Validating them again at every start cost ~12 ms of a run of ~90.
     */
    public static RuleSet validated(
            Metadata metadata,
            List<Claim> claims,
            List<Language> languages,
            List<Question> questions,
            List<Rule> rules,
            Thresholds thresholds,
            List<Problem> warnings) {
        return new RuleSet(metadata, claims, languages, questions, rules, thresholds, warnings, List.of(), List.of());
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        var map = new LinkedHashMap<String, T>();
        items.forEach(item -> map.putIfAbsent(id.apply(item), item));
        return java.util.Collections.unmodifiableMap(map);
    }

    public Metadata metadata() {
        return metadata;
    }

    public List<Claim> claims() {
        return List.copyOf(claims.values());
    }

    public Optional<Claim> claim(String id) {
        return Optional.ofNullable(claims.get(id));
    }

    public List<Language> languages() {
        return List.copyOf(languages.values());
    }

    public Optional<Language> language(String id) {
        return Optional.ofNullable(languages.get(id));
    }

    public List<Question> questions() {
        return List.copyOf(questions.values());
    }

    public Optional<Question> question(String id) {
        return Optional.ofNullable(questions.get(id));
    }

    public List<Rule> rules() {
        return rules;
    }

    public Thresholds thresholds() {
        return thresholds;
    }

    /** The rule tests the file carries: answers and the verdict they must give. */
    public List<Example> examples() {
        return examples;
    }

    /** The same rules with these examples; a loader checks them against the rules first. */
    public RuleSet withExamples(List<Example> newExamples) {
        return new RuleSet(
                metadata, claims(), languages(), questions(), rules, thresholds, warnings, newExamples, layers);
    }

    /** The same rules, described as these layers ("why-rust 1.0.0", "acme-policy 1.0"), base first. */
    public RuleSet withLayers(List<String> newLayers) {
        return new RuleSet(
                metadata, claims(), languages(), questions(), rules, thresholds, warnings, examples, newLayers);
    }

    /** The files these rules were built from, base first; one for a plain rules file. */
    public List<String> layers() {
        return layers;
    }

    /** Problems that do not stop the rules from working, such as a claim nothing cites. */
    public List<Problem> warnings() {
        return warnings;
    }

    /**
     * Validates raw answers against the questions and returns them in question order, each multi-choice
     * answer in option order, so that equal answers always evaluate and print identically.
     */
    public Answers check(Map<String, List<String>> raw) throws BadAnswerException {
        for (var entry : raw.entrySet()) {
            checkAnswer(entry.getKey(), entry.getValue());
        }
        return inQuestionOrder(raw);
    }

    /**
     * Answers in question order, each multi-choice answer in option order, whatever order they came in:
     * equal answers then evaluate, print and save identically. Values that are not options are dropped,
     * so answers are {@link #check}ed first.
     */
    public Answers inQuestionOrder(Answers answers) {
        return inQuestionOrder(answers.asMap());
    }

    private Answers inQuestionOrder(Map<String, List<String>> raw) {
        var ordered = new LinkedHashMap<String, List<String>>();
        for (var question : questions.values()) {
            var chosen = raw.get(question.id());
            if (chosen != null) {
                var inOptionOrder = new ArrayList<String>(chosen.size());
                for (var choice : question.choices()) {
                    if (chosen.contains(choice.value())) {
                        inOptionOrder.add(choice.value());
                    }
                }
                ordered.put(question.id(), List.copyOf(inOptionOrder));
            }
        }
        return Answers.of(ordered);
    }

    /** The question, or an error that lists the questions there are. */
    public Question requireQuestion(String questionId) throws BadAnswerException {
        return question(questionId)
                .orElseThrow(() -> new BadAnswerException(
                        "unknown question '" + questionId + "' (questions: " + String.join(", ", questions.keySet())
                                + ")" + Closest.suggestion(questionId, questions.keySet())));
    }

    /** Checks one answer: the question exists, each value is one of its options, and the count fits. */
    public void checkAnswer(String questionId, List<String> chosen) throws BadAnswerException {
        var question = requireQuestion(questionId);
        if (chosen.isEmpty()) {
            throw new BadAnswerException("no value for '" + questionId + "' (" + allowed(question) + ")");
        }
        var seen = new ArrayList<String>();
        String exclusive = null;
        for (var value : chosen) {
            var choice = question.choice(value);
            if (choice.isEmpty()) {
                throw new BadAnswerException("'" + value + "' is not an answer to '" + questionId + "' ("
                        + allowed(question) + ")" + Closest.suggestion(value, question.values()));
            }
            if (seen.contains(value)) {
                throw new BadAnswerException("'" + value + "' is given twice for '" + questionId + "'");
            }
            seen.add(value);
            if (exclusive == null && choice.get().exclusive()) {
                exclusive = value;
            }
        }
        if (!question.isMulti() && chosen.size() > 1) {
            throw new BadAnswerException(
                    "'" + questionId + "' takes one value, got " + chosen.size() + " (" + allowed(question) + ")");
        }
        if (exclusive != null && chosen.size() > 1) {
            throw new BadAnswerException(
                    "'" + exclusive + "' cannot be combined with other answers to '" + questionId + "'");
        }
    }

    /** Built only for an error: every answer checked would otherwise join the option list for nothing. */
    private static String allowed(Question question) {
        return "allowed: " + String.join(", ", question.values());
    }

    /** The answers to a question its rules tell apart, unanswered first; empty when too many to list. */
    Optional<List<List<String>>> distinctAnswers(Question question) {
        var known = distinctAnswers.get(question.id());
        if (known == null) {
            known = AnswerSpace.group(this, question);
            distinctAnswers.put(question.id(), known);
        }
        return known;
    }

    public String describe() {
        return String.join(" + ", layers);
    }

    @Override
    public String toString() {
        return describe() + " " + rules.stream().map(Rule::id).collect(Collectors.joining(",", "[", "]"));
    }
}
