package io.github.shouldirust.load;

import io.github.shouldirust.core.BadAnswerException;
import io.github.shouldirust.core.Choice;
import io.github.shouldirust.core.Claim;
import io.github.shouldirust.core.ClaimKind;
import io.github.shouldirust.core.Condition;
import io.github.shouldirust.core.Example;
import io.github.shouldirust.core.InvalidRulesException;
import io.github.shouldirust.core.Language;
import io.github.shouldirust.core.Problem;
import io.github.shouldirust.core.Question;
import io.github.shouldirust.core.QuestionType;
import io.github.shouldirust.core.Rule;
import io.github.shouldirust.core.RuleSet;
import io.github.shouldirust.core.RuleSetChecker;
import io.github.shouldirust.core.Thresholds;
import io.github.shouldirust.core.Verdict;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/** Turns a rules file into a {@link RuleSet}, reporting every problem at its file, line and column. */
public final class RulesLoader {
    public static final int SCHEMA = 1;
    public static final String BUNDLED_RESOURCE = "/rules/rust.yaml";
    public static final String BUNDLED_NAME = "rules/rust.yaml";

    private static final Set<String> TOP_KEYS = Set.of("schema", "id", "version", "title", "source", "claims",
            "languages", "questions", "rules", "verdicts", "examples");
    private static final Set<String> EXAMPLE_KEYS = Set.of("name", "answers", "verdict", "language");
    private static final Set<String> CLAIM_KEYS = Set.of("id", "kind", "section", "statement", "evidence");
    private static final Set<String> LANGUAGE_KEYS = Set.of("id", "name", "rust-wins", "other-wins");
    private static final Set<String> QUESTION_KEYS = Set.of("id", "type", "prompt", "help", "options", "default",
            "fixed", "rust-favours");
    private static final Set<String> OPTION_KEYS = Set.of("value", "label", "exclusive");
    private static final Set<String> RULE_KEYS = Set.of("id", "when", "score", "languages", "text", "claims");
    private static final Set<String> VERDICT_KEYS = Set.of("use-rust", "consider-rust");

    private final Decoder decoder = new Decoder();

    private RulesLoader() {
    }

    /** The rules that ship in the jar: the essay. */
    public static RuleSet bundled() throws LoadException {
        return parse(bundledContent(), BUNDLED_NAME);
    }

    /** The bundled rules file's bytes, for commands that check or test it. */
    public static byte[] bundledContent() throws LoadException {
        try (var in = RulesLoader.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                throw new LoadException(FileProblem.error(Location.wholeFile(BUNDLED_NAME), "missing from the jar"));
            }
            return InputFiles.readBounded(in, BUNDLED_NAME);
        } catch (IOException e) {
            throw new LoadException(FileProblem.error(Location.wholeFile(BUNDLED_NAME), "cannot read: " + e.getMessage()));
        }
    }

    public static RuleSet load(Path path) throws LoadException {
        return parse(InputFiles.read(path), path.toString());
    }

    public static RuleSet parse(byte[] content, String file) throws LoadException {
        return parse(content, file, false);
    }

    /**
     * @param everyProblem report duplicate keys together with every other problem (rules check); otherwise
     *     a file with duplicate keys is refused for those alone, since what follows from them is noise
     */
    private static RuleSet parse(byte[] content, String file, boolean everyProblem) throws LoadException {
        var duplicates = new ArrayList<FileProblem>();
        var root = YamlReader.read(content, file, duplicates);
        if (!everyProblem && !duplicates.isEmpty()) {
            throw new LoadException(duplicates);
        }
        var loader = new RulesLoader();
        var decoded = loader.decode(root);
        if (!duplicates.isEmpty() || !loader.decoder.problems().isEmpty() || decoded.isEmpty()) {
            var all = new ArrayList<>(duplicates);
            all.addAll(loader.decoder.problems());
            if (everyProblem) {
                // A checker's report reads top to bottom, like the file.
                all.sort(java.util.Comparator.comparingInt((FileProblem p) -> p.location().line())
                        .thenComparingInt(p -> p.location().column()));
            }
            throw new LoadException(all);
        }
        RuleSet rules;
        try {
            rules = decoded.get().build();
        } catch (InvalidRulesException e) {
            throw new LoadException(e.problems().stream().map(p -> locate(root, p, file)).toList());
        }
        return rules.withExamples(loader.examples(root, rules));
    }

    /**
     * Every problem in a rules file, as {@code rules check} reports them: load errors; or, when it loads,
     * what the checker finds (rules that never fire, contradictions, unreachable verdicts, broken
     * scales) and the warnings (claims and questions nothing uses), all located in the file.
     */
    public static List<FileProblem> check(byte[] content, String file) {
        RuleSet rules;
        try {
            rules = parse(content, file, true);
        } catch (LoadException e) {
            return e.problems();
        }
        YamlNode root;
        try {
            root = YamlReader.read(content, file);
        } catch (LoadException e) {
            return e.problems(); // cannot happen: it just loaded
        }
        var problems = new ArrayList<FileProblem>();
        RuleSetChecker.check(rules).forEach(p -> problems.add(locate(root, p, file)));
        rules.warnings().forEach(p -> problems.add(locate(root, p, file)));
        return problems;
    }

    /** The examples, each answer checked against the rules where it was written. */
    private List<Example> examples(YamlNode root, RuleSet rules) throws LoadException {
        var node = ((YamlNode.Mapping) root).get("examples");
        if (node == null) {
            return List.of();
        }
        var examples = new ArrayList<Example>();
        var names = new java.util.HashSet<String>();
        for (var item : decoder.list(node, "'examples'")) {
            decoder.mapping(item, "an example", EXAMPLE_KEYS).ifPresent(m -> example(m, rules, names)
                    .ifPresent(examples::add));
        }
        if (!decoder.problems().isEmpty()) {
            throw new LoadException(decoder.problems());
        }
        return examples;
    }

    private Optional<Example> example(YamlNode.Mapping m, RuleSet rules, Set<String> names) {
        var name = decoder.requiredString(m, "name", "an example");
        name.filter(n -> !names.add(n)).ifPresent(n -> decoder.error(m.get("name").location(),
                "duplicate example name '" + n + "'"));
        var verdictName = decoder.requiredString(m, "verdict", "an example");
        var verdict = verdictName.flatMap(Verdict::fromId);
        if (verdictName.isPresent() && verdict.isEmpty()) {
            decoder.error(m.get("verdict").location(), "unknown verdict '" + verdictName.get()
                    + "' (allowed: use-rust, consider-rust, avoid-rust)");
        }
        var language = decoder.optionalString(m, "language", "an example");
        language.filter(l -> rules.language(l).isEmpty()).ifPresent(l -> decoder.error(m.get("language").location(),
                "unknown language '" + l + "' (languages: " + String.join(", ",
                        rules.languages().stream().map(Language::id).toList()) + ")"));
        var answers = new LinkedHashMap<String, List<String>>();
        var answersNode = m.get("answers");
        if (answersNode == null) {
            decoder.error(m.location(), "an example has no 'answers'");
        } else if (answersNode instanceof YamlNode.Mapping given) {
            for (var entry : given.entries().values()) {
                var value = entry.value();
                if (value instanceof YamlNode.Scalar s && s.type() == YamlNode.Scalar.Kind.NULL) {
                    continue;
                }
                var values = decoder.strings(value, "the answer to '" + entry.key() + "'");
                try {
                    rules.checkAnswer(entry.key(), values);
                    answers.put(entry.key(), values);
                } catch (BadAnswerException e) {
                    decoder.error(rules.question(entry.key()).isPresent() ? value.location() : entry.keyLocation(),
                            e.getMessage());
                }
            }
        } else {
            decoder.wrongType(answersNode, "'answers'", "a mapping of question id to answer");
        }
        if (name.isEmpty() || verdict.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Example(name.get(), answers, verdict.get(), language));
    }

    /** Everything in the file, before the core checks that it hangs together. */
    private record Parts(RuleSet.Metadata metadata, List<Claim> claims, List<Language> languages,
            List<Question> questions, List<Rule> rules, Thresholds thresholds) {
        RuleSet build() throws InvalidRulesException {
            return RuleSet.of(metadata, claims, languages, questions, rules, thresholds);
        }
    }

    private Optional<Parts> decode(YamlNode root) {
        var top = decoder.mapping(root, "the rules file", TOP_KEYS);
        if (top.isEmpty()) {
            return Optional.empty();
        }
        var doc = top.get();
        checkSchema(doc);
        var metadata = new RuleSet.Metadata(
                decoder.requiredString(doc, "id", "the rules file").orElse(""),
                decoder.requiredString(doc, "version", "the rules file").orElse(""),
                decoder.optionalString(doc, "title", "the rules file").orElse(""),
                decoder.optionalString(doc, "source", "the rules file").orElse(""));
        var claims = items(doc, "claims", this::claim);
        var languages = items(doc, "languages", this::language);
        var questions = items(doc, "questions", this::question);
        var rules = items(doc, "rules", this::rule);
        var thresholds = thresholds(doc);
        return thresholds.map(t -> new Parts(metadata, claims, languages, questions, rules, t));
    }

    private void checkSchema(YamlNode.Mapping doc) {
        var schema = doc.get("schema");
        if (schema == null) {
            decoder.error(doc.location(), "the rules file has no 'schema' (this version reads schema " + SCHEMA + ")");
            return;
        }
        decoder.integer(schema, "'schema'").filter(v -> v != SCHEMA).ifPresent(v -> decoder.error(schema.location(),
                "schema " + v + " is not supported (this version reads schema " + SCHEMA + ")"));
    }

    /** Decodes each item of a required top-level list, skipping items that had problems. */
    private <T> List<T> items(YamlNode.Mapping doc, String key, BiFunction<YamlNode, Integer, Optional<T>> item) {
        var node = doc.get(key);
        if (node == null) {
            decoder.error(doc.location(), "the rules file has no '" + key + "'");
            return List.of();
        }
        var nodes = decoder.list(node, "'" + key + "'");
        var result = new ArrayList<T>();
        for (int i = 0; i < nodes.size(); i++) {
            item.apply(nodes.get(i), i).ifPresent(result::add);
        }
        return result;
    }

    private Optional<Claim> claim(YamlNode node, int index) {
        return decoder.mapping(node, "a claim", CLAIM_KEYS).flatMap(m -> {
            var what = "claim " + (index + 1);
            var id = decoder.requiredString(m, "id", what);
            var kindName = decoder.requiredString(m, "kind", what);
            var kind = kindName.flatMap(ClaimKind::fromId);
            if (kindName.isPresent() && kind.isEmpty()) {
                decoder.error(m.get("kind").location(), "unknown claim kind '" + kindName.get() + "' (allowed: "
                        + Arrays.stream(ClaimKind.values()).map(ClaimKind::id).collect(Collectors.joining(", ")) + ")");
            }
            var section = decoder.requiredString(m, "section", what);
            var statement = decoder.requiredString(m, "statement", what);
            var evidence = m.get("evidence") == null ? List.<String>of() : decoder.strings(m.get("evidence"), what + " 'evidence'");
            if (id.isEmpty() || kind.isEmpty() || section.isEmpty() || statement.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Claim(id.get(), kind.get(), section.get(), statement.get(), evidence));
        });
    }

    private Optional<Language> language(YamlNode node, int index) {
        return decoder.mapping(node, "a language", LANGUAGE_KEYS).flatMap(m -> {
            var what = "language " + (index + 1);
            var id = decoder.requiredString(m, "id", what);
            var name = decoder.requiredString(m, "name", what);
            var rustWins = m.get("rust-wins") == null ? List.<String>of() : decoder.strings(m.get("rust-wins"), what + " 'rust-wins'");
            var otherWins = m.get("other-wins") == null ? List.<String>of() : decoder.strings(m.get("other-wins"), what + " 'other-wins'");
            if (id.isEmpty() || name.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Language(id.get(), name.get(), rustWins, otherWins));
        });
    }

    private Optional<Question> question(YamlNode node, int index) {
        return decoder.mapping(node, "a question", QUESTION_KEYS).flatMap(m -> {
            var what = "question " + (index + 1);
            var id = decoder.requiredString(m, "id", what);
            var type = decoder.requiredString(m, "type", what).flatMap(t -> questionType(t, m.get("type")));
            var prompt = decoder.requiredString(m, "prompt", what);
            var help = decoder.requiredString(m, "help", what);
            var choices = new ArrayList<Choice>();
            if (m.get("options") == null) {
                decoder.error(m.location(), what + " has no 'options'");
            } else {
                decoder.list(m.get("options"), what + " 'options'").forEach(o -> choice(o).ifPresent(choices::add));
            }
            var defaults = m.get("default") == null ? List.<String>of() : decoder.strings(m.get("default"), what + " 'default'");
            var fixed = decoder.flag(m.get("fixed"), "'fixed'");
            var scale = scale(m.get("rust-favours"));
            if (id.isEmpty() || type.isEmpty() || prompt.isEmpty() || help.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Question(id.get(), type.get(), prompt.get(), help.get(), choices, defaults, fixed,
                    scale));
        });
    }

    private Question.Scale scale(YamlNode node) {
        if (node == null) {
            return Question.Scale.NONE;
        }
        var value = decoder.string(node, "'rust-favours'");
        if (value.isPresent() && (value.get().equals("first") || value.get().equals("last"))) {
            return value.get().equals("first") ? Question.Scale.FIRST : Question.Scale.LAST;
        }
        value.ifPresent(v -> decoder.error(node.location(), "'rust-favours' must be first or last, not '" + v + "'"));
        return Question.Scale.NONE;
    }

    private Optional<QuestionType> questionType(String name, YamlNode at) {
        var type = Arrays.stream(QuestionType.values()).filter(t -> t.id().equals(name)).findFirst();
        if (type.isEmpty()) {
            decoder.error(at.location(), "unknown question type '" + name + "' (allowed: single, multi)");
        }
        return type;
    }

    private Optional<Choice> choice(YamlNode node) {
        return decoder.mapping(node, "an option", OPTION_KEYS).flatMap(m -> {
            var value = decoder.requiredString(m, "value", "an option");
            var label = decoder.requiredString(m, "label", "an option");
            var exclusive = decoder.flag(m.get("exclusive"), "'exclusive'");
            if (value.isEmpty() || label.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Choice(value.get(), label.get(), exclusive));
        });
    }

    private Optional<Rule> rule(YamlNode node, int index) {
        return decoder.mapping(node, "a rule", RULE_KEYS).flatMap(m -> {
            var what = "rule " + (index + 1);
            var id = decoder.requiredString(m, "id", what);
            Optional<Condition> when = Optional.empty();
            if (m.get("when") == null) {
                decoder.error(m.location(), what + " has no 'when'");
            } else {
                when = condition(m.get("when"));
            }
            var score = m.get("score") == null ? Optional.of(0) : decoder.integer(m.get("score"), what + " 'score'");
            var effects = languageEffects(m.get("languages"), what);
            var text = decoder.requiredString(m, "text", what);
            var claims = m.get("claims") == null ? List.<String>of() : decoder.strings(m.get("claims"), what + " 'claims'");
            if (id.isEmpty() || when.isEmpty() || score.isEmpty() || text.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Rule(id.get(), when.get(), score.get(), effects, text.get(), claims));
        });
    }

    private LinkedHashMap<String, Integer> languageEffects(YamlNode node, String what) {
        var effects = new LinkedHashMap<String, Integer>();
        if (node == null) {
            return effects;
        }
        if (!(node instanceof YamlNode.Mapping mapping)) {
            decoder.wrongType(node, what + " 'languages'", "a mapping of language to effect");
            return effects;
        }
        mapping.entries().values().forEach(entry -> decoder.integer(entry.value(), "the effect on '" + entry.key() + "'")
                .ifPresent(effect -> effects.put(entry.key(), effect)));
        return effects;
    }

    /** all / any / not, or {@code question: value} or {@code question: [values]}. */
    private Optional<Condition> condition(YamlNode node) {
        if (!(node instanceof YamlNode.Mapping mapping)) {
            decoder.wrongType(node, "a condition", "a mapping such as {latency: critical} or {all: [...]}");
            return Optional.empty();
        }
        if (mapping.entries().size() != 1) {
            decoder.error(mapping.location(), "a condition has exactly one key (all, any, not or a question id), found "
                    + (mapping.entries().isEmpty() ? "none" : String.join(", ", mapping.entries().keySet())
                    + "; combine them with 'all'"));
            return Optional.empty();
        }
        var entry = mapping.entries().values().iterator().next();
        switch (entry.key()) {
            case "all":
                return parts(entry.value(), "'all'").map(Condition.All::new);
            case "any":
                return parts(entry.value(), "'any'").map(Condition.Any::new);
            case "not":
                return condition(entry.value()).map(Condition.Not::new);
            default:
                var values = decoder.strings(entry.value(), "the values of '" + entry.key() + "'");
                return Optional.of(new Condition.AnswerIn(entry.key(), new LinkedHashSet<>(values)));
        }
    }

    private Optional<List<Condition>> parts(YamlNode node, String what) {
        var nodes = decoder.list(node, what);
        var parts = new ArrayList<Condition>();
        var complete = true;
        for (var part : nodes) {
            var condition = condition(part);
            condition.ifPresent(parts::add);
            complete &= condition.isPresent();
        }
        return complete && node instanceof YamlNode.Sequence ? Optional.of(parts) : Optional.empty();
    }

    private Optional<Thresholds> thresholds(YamlNode.Mapping doc) {
        var node = doc.get("verdicts");
        if (node == null) {
            decoder.error(doc.location(), "the rules file has no 'verdicts'");
            return Optional.empty();
        }
        return decoder.mapping(node, "'verdicts'", VERDICT_KEYS).flatMap(m -> {
            var use = threshold(m, "use-rust");
            var consider = threshold(m, "consider-rust");
            return use.isPresent() && consider.isPresent()
                    ? Optional.of(new Thresholds(use.get(), consider.get())) : Optional.empty();
        });
    }

    private Optional<Integer> threshold(YamlNode.Mapping verdicts, String key) {
        var node = verdicts.get(key);
        if (node == null) {
            decoder.error(verdicts.location(), "'verdicts' has no '" + key + "' (the lowest score for that verdict)");
            return Optional.empty();
        }
        return decoder.integer(node, "'" + key + "'");
    }

    /**
     * Finds where a core problem's JSON pointer lands in the file: the deepest node that exists, or for a
     * problem about a name, the key that names it.
     */
    static FileProblem locate(YamlNode root, Problem problem, String file) {
        YamlNode node = root;
        Location location = root.location();
        for (var segment : problem.path().split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            YamlNode next = null;
            if (node instanceof YamlNode.Mapping mapping && mapping.entries().containsKey(segment)) {
                var entry = mapping.entries().get(segment);
                next = entry.value();
                location = problem.atName() ? entry.keyLocation() : next.location();
            } else if (node instanceof YamlNode.Sequence sequence && segment.chars().allMatch(Character::isDigit)
                    && segment.length() < 10 && Integer.parseInt(segment) < sequence.items().size()) {
                next = sequence.items().get(Integer.parseInt(segment));
                location = next.location();
            }
            if (next == null) {
                break;
            }
            node = next;
        }
        return new FileProblem(location, problem.isError(), problem.message());
    }
}
