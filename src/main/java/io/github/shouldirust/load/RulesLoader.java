package io.github.shouldirust.load;

import io.github.shouldirust.core.Cap;
import io.github.shouldirust.core.Choice;
import io.github.shouldirust.core.Claim;
import io.github.shouldirust.core.ClaimKind;
import io.github.shouldirust.core.Condition;
import io.github.shouldirust.core.Problem;
import io.github.shouldirust.core.Example;
import io.github.shouldirust.core.InvalidRulesException;
import io.github.shouldirust.core.Language;
import io.github.shouldirust.core.Picks;
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
import java.util.Map;
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
            "languages", "questions", "rules", "verdicts", "examples", "extends");
    private static final Set<String> CLAIM_KEYS = Set.of("id", "kind", "section", "statement", "evidence");
    private static final Set<String> LANGUAGE_KEYS = Set.of("id", "name", "rust-wins", "other-wins");
    private static final Set<String> QUESTION_KEYS = Set.of("id", "type", "prompt", "help", "options", "default",
            "fixed", "rust-favours");
    private static final Set<String> OPTION_KEYS = Set.of("value", "label", "exclusive");
    private static final Set<String> RULE_KEYS = Set.of("id", "when", "score", "languages", "text", "claims", "cap",
            "picks");
    private static final Set<String> CAP_KEYS = Set.of("at-most", "languages");
    private static final Set<String> PICKS_KEYS = Set.of("team", "essay");
    private static final Set<String> VERDICT_KEYS = Set.of("use-rust", "consider-rust");

    private final Decoder decoder = new Decoder();
    /** The file being read, for each rule's source. */
    private final String file;
    /** What this file layers over, when it says {@code extends}; null for a whole rules file. */
    private final RulesParts base;

    private RulesLoader(String file, RulesParts base) {
        this.file = file;
        this.base = base;
    }

    /** A rules file's name and content. */
    public record Source(String name, byte[] content) {
    }

    /** Reads the files in order into one rule set; see {@link RulesChain}. */
    public static RuleSet load(List<Source> sources) throws LoadException {
        // The bundled file itself, named as the bundled rules are (rules diff rules/rust.yaml NEW from a
        // checkout): the snapshot is those rules, already checked, with no YAML to parse.
        if (sources.size() == 1 && sources.get(0).name().equals(BUNDLED_NAME)
                && java.util.Arrays.equals(sources.get(0).content(), bundledContent())) {
            var snapshot = RulesSnapshot.bundled();
            if (snapshot.isPresent()) {
                return snapshot.get();
            }
        }
        var fast = new RulesChain(true);
        try {
            return build(fast, sources);
        } catch (InvalidRulesException e) {
            if (!fast.fromSnapshot) {
                throw located(fast, e);
            }
        } catch (LoadException | RuntimeException e) {
            if (!fast.fromSnapshot) {
                throw e;
            }
        }
        // A base from the snapshot has no YAML to point into: today's path parses it, so every problem
        // reads exactly as it always has, down to rules/rust.yaml:LINE:COLUMN.
        return loadFromYaml(sources);
    }

    /** Today's path, where a layer over the bundled rules parses their YAML; what {@link #load} falls back to. */
    static RuleSet loadFromYaml(List<Source> sources) throws LoadException {
        var chain = chain(sources, false);
        try {
            return chain.build();
        } catch (InvalidRulesException e) {
            throw located(chain, e);
        }
    }

    /**
     * Fills the chain with the files and builds it: with {@code new RulesChain(true)}, {@link #load}'s fast
     * path alone.
     */
    static RuleSet build(RulesChain chain, List<Source> sources) throws LoadException, InvalidRulesException {
        fill(chain, sources, false);
        return chain.build();
    }

    private static LoadException located(RulesChain chain, InvalidRulesException e) {
        return new LoadException(e.problems().stream().map(chain::locate).toList());
    }

    /** The chain as today's path builds it: a layer over the bundled rules parses their YAML. */
    private static RulesChain chain(List<Source> sources, boolean everyProblem) throws LoadException {
        var chain = new RulesChain(false);
        fill(chain, sources, everyProblem);
        return chain;
    }

    private static void fill(RulesChain chain, List<Source> sources, boolean everyProblem) throws LoadException {
        for (var source : sources) {
            add(chain, source, everyProblem);
        }
    }

    private static void add(RulesChain chain, Source source, boolean everyProblem) throws LoadException {
        var duplicates = new ArrayList<FileProblem>();
        var root = YamlReader.read(source.content(), source.name(), duplicates);
        if (!everyProblem && !duplicates.isEmpty()) {
            throw new LoadException(duplicates);
        }
        var layered = root instanceof YamlNode.Mapping m && m.get("extends") != null;
        if (layered && chain.parts == null && !(chain.snapshotAllowed && SnapshotBase.seed(chain))) {
            add(chain, new Source(BUNDLED_NAME, bundledContent()), false);
        }
        var loader = new RulesLoader(source.name(), layered ? chain.parts : null);
        var decoded = loader.decode(root);
        if (!duplicates.isEmpty() || !loader.decoder.problems().isEmpty() || decoded.isEmpty()) {
            var all = new ArrayList<>(duplicates);
            all.addAll(loader.decoder.problems());
            // A duplicate key leaves the file whole (the first value counts), so rules check goes on to
            // check references too; after a decoding error it would only report the gaps that error left.
            if (!everyProblem || decoded.isEmpty() || !loader.decoder.problems().isEmpty()) {
                throw new LoadException(everyProblem ? inFileOrder(all) : all);
            }
            chain.pending.addAll(all);
        }
        chain.add(source.name(), decoded.get(), (YamlNode.Mapping) root, layered);
    }

    /** The rules that ship in the jar: the essay. */
    public static RuleSet bundled() throws LoadException {
        var snapshot = RulesSnapshot.bundled();
        return snapshot.isPresent() ? snapshot.get() : parse(bundledContent(), BUNDLED_NAME);
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
        return load(List.of(new Source(file, content)));
    }

    /**
     * Every problem in a rules file, as {@code rules check} reports them: load errors; or, when it loads,
     * what the checker finds (rules that never fire, contradictions, unreachable verdicts, broken
     * scales) and the warnings (claims and questions nothing uses), all located in the file.
     */
    public static List<FileProblem> check(byte[] content, String file) {
        RulesChain chain;
        try {
            chain = chain(List.of(new Source(file, content)), true);
        } catch (LoadException e) {
            return inFileOrder(e.problems());
        }
        var problems = new ArrayList<>(chain.pending);
        try {
            var rules = chain.build();
            if (chain.pending.isEmpty()) {
                // Analyses of a file that decoded only in part would report the gaps, not the file.
                RuleSetChecker.check(rules).forEach(p -> problems.add(chain.locate(p)));
                rules.warnings().forEach(p -> problems.add(chain.locate(p)));
            }
        } catch (LoadException e) {
            problems.addAll(e.problems());
        } catch (InvalidRulesException e) {
            e.problems().forEach(p -> problems.add(chain.locate(p)));
        }
        // A layer answers for its own lines; what the base it extends says is the base's business.
        return inFileOrder(problems.stream().filter(p -> p.location().file().equals(file)).toList());
    }

    /** A report that reads top to bottom, like the file. */
    private static List<FileProblem> inFileOrder(List<FileProblem> problems) {
        var sorted = new ArrayList<>(problems);
        sorted.sort(java.util.Comparator.comparingInt((FileProblem p) -> p.location().line())
                .thenComparingInt(p -> p.location().column()));
        return sorted;
    }

    private Optional<RulesParts> decode(YamlNode root) {
        var top = decoder.mapping(root, "the rules file", TOP_KEYS);
        if (top.isEmpty()) {
            return Optional.empty();
        }
        var doc = top.get();
        checkSchema(doc);
        if (base == null && doc.get("extends") != null) {
            decoder.error(doc.get("extends").location(), "internal: a layer was read without its base");
        }
        var extended = decoder.optionalString(doc, "extends", "the rules file");
        if (base != null && extended.isPresent() && !extended.get().equals(base.metadata().id())) {
            decoder.error(doc.get("extends").location(), "this file extends '" + extended.get() + "', but the rules "
                    + "it layers over are '" + base.metadata().id() + "' ('extends' takes the id of the rules from the "
                    + "--rules before it, or of the bundled rules when it comes first)");
        }
        var metadata = new RuleSet.Metadata(
                decoder.requiredString(doc, "id", "the rules file").orElse(""),
                decoder.requiredString(doc, "version", "the rules file").orElse(""),
                decoder.optionalString(doc, "title", "the rules file").orElse(base == null ? "" : base.metadata().title()),
                decoder.optionalString(doc, "source", "the rules file").orElse(base == null ? "" : base.metadata().source()));
        var claims = items(doc, "claims", this::claim);
        var languages = items(doc, "languages", this::language);
        var questions = items(doc, "questions", this::question);
        var rules = items(doc, "rules", this::rule);
        var thresholds = thresholds(doc);
        return thresholds.map(t -> new RulesParts(metadata, claims, languages, questions, rules, t));
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
            if (base == null) {
                decoder.error(doc.location(), "the rules file has no '" + key + "'");
            }
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
            // In a layer, a language the base has may change only some of its fields.
            var earlier = id.flatMap(i -> base == null ? Optional.<Language>empty()
                    : base.languages().stream().filter(l -> l.id().equals(i)).findFirst());
            var name = earlier.isPresent() && m.get("name") == null ? Optional.of(earlier.get().name())
                    : decoder.requiredString(m, "name", what);
            var rustWins = m.get("rust-wins") == null ? earlier.map(Language::rustWins).orElse(List.of())
                    : decoder.strings(m.get("rust-wins"), what + " 'rust-wins'");
            var otherWins = m.get("other-wins") == null ? earlier.map(Language::otherWins).orElse(List.of())
                    : decoder.strings(m.get("other-wins"), what + " 'other-wins'");
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
            // In a layer, a rule the base has may change only some of its fields, such as its score.
            var earlier = id.flatMap(i -> base == null ? Optional.<Rule>empty()
                    : base.rules().stream().filter(r -> r.id().equals(i)).findFirst());
            Optional<Condition> when = earlier.map(Rule::when);
            if (m.get("when") != null) {
                when = condition(m.get("when"));
            } else if (earlier.isEmpty()) {
                decoder.error(m.location(), what + " has no 'when'");
            }
            var score = m.get("score") == null ? Optional.of(earlier.map(Rule::score).orElse(0))
                    : decoder.integer(m.get("score"), what + " 'score'");
            var effects = m.get("languages") == null && earlier.isPresent()
                    ? new LinkedHashMap<>(earlier.get().languageEffects()) : languageEffects(m.get("languages"), what);
            var text = earlier.isPresent() && m.get("text") == null ? Optional.of(earlier.get().text())
                    : decoder.requiredString(m, "text", what);
            var claims = m.get("claims") == null ? earlier.map(Rule::claims).orElse(List.of())
                    : decoder.strings(m.get("claims"), what + " 'claims'");
            var cap = m.get("cap") == null ? Optional.of(earlier.map(Rule::cap).orElse(Cap.none()))
                    : cap(m.get("cap"), what);
            var picks = m.get("picks") == null ? Optional.of(earlier.map(Rule::picks).orElse(Picks.none()))
                    : picks(m.get("picks"), what);
            if (id.isEmpty() || when.isEmpty() || score.isEmpty() || text.isEmpty() || cap.isEmpty() || picks.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Rule(id.get(), when.get(), score.get(), effects, text.get(), claims, cap.get(),
                    picks.get(), file));
        });
    }

    /** {@code cap: {at-most: avoid-rust, languages: [python, javascript]}}: either key, or both. */
    private Optional<Cap> cap(YamlNode node, String what) {
        return decoder.mapping(node, what + " 'cap'", CAP_KEYS).flatMap(m -> {
            // {} and {languages: []} alike: a cap that limits nothing is a mistake, not a no-op.
            if (m.entries().isEmpty() || m.get("at-most") == null
                    && m.get("languages") instanceof YamlNode.Sequence list && list.items().isEmpty()) {
                decoder.error(m.location(), what + " 'cap' limits nothing: give 'at-most' (consider-rust or "
                        + "avoid-rust), 'languages', or both");
                return Optional.empty();
            }
            Optional<Verdict> atMost = Optional.empty();
            var atMostNode = m.get("at-most");
            if (atMostNode != null) {
                var name = decoder.string(atMostNode, what + " 'at-most'");
                if (name.isEmpty()) {
                    return Optional.empty();
                }
                atMost = Verdict.fromId(name.get()).filter(v -> v != Verdict.USE_RUST);
                if (atMost.isEmpty()) {
                    decoder.error(atMostNode.location(), "'" + name.get() + "' is not a cap for " + what
                            + " (allowed: consider-rust, avoid-rust)");
                    return Optional.empty();
                }
            }
            var languages = m.get("languages") == null ? List.<String>of()
                    : decoder.strings(m.get("languages"), what + " 'cap' 'languages'");
            return Optional.of(new Cap(atMost, languages));
        });
    }

    /** {@code picks: {team: [go], essay: [python]}}: who names these languages as the choice here. */
    private Optional<Picks> picks(YamlNode node, String what) {
        return decoder.mapping(node, what + " 'picks'", PICKS_KEYS).map(m -> new Picks(
                m.get("team") == null ? List.of() : decoder.strings(m.get("team"), what + " 'picks' 'team'"),
                m.get("essay") == null ? List.of() : decoder.strings(m.get("essay"), what + " 'picks' 'essay'")));
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
            if (base != null) {
                return Optional.of(base.thresholds());
            }
            decoder.error(doc.location(), "the rules file has no 'verdicts'");
            return Optional.empty();
        }
        return decoder.mapping(node, "'verdicts'", VERDICT_KEYS).flatMap(m -> {
            var use = base != null && m.get("use-rust") == null ? Optional.of(base.thresholds().useRust())
                    : threshold(m, "use-rust");
            var consider = base != null && m.get("consider-rust") == null ? Optional.of(base.thresholds().considerRust())
                    : threshold(m, "consider-rust");
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
}
