package io.github.shouldirust.load;

import io.github.shouldirust.core.InvalidRulesException;
import io.github.shouldirust.core.Problem;
import io.github.shouldirust.core.RuleSet;
import io.github.shouldirust.core.RuleSetChecker;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns rules files into a {@link RuleSet}, reporting every problem at its file, line and column: the
 * entry points (a load, rules check, the bundled rules) and which way a load goes (the bundled rules'
 * snapshot, a layer over it, or the YAML). Decoding a file is {@link RulesFileDecoder}'s job, combining
 * files {@link RulesChain}'s.
 */
public final class RulesLoader {
    public static final int SCHEMA = 1;
    public static final String BUNDLED_RESOURCE = "/rules/rust.yaml";
    public static final String BUNDLED_NAME = "rules/rust.yaml";

    private RulesLoader() {}

    /** A rules file's name and content. */
    public record Source(String name, byte[] content) {}

    /** Reads the files in order into one rule set; see {@link RulesChain}. */
    public static RuleSet load(List<Source> sources) throws LoadException {
        // The bundled file itself, named as the bundled rules are (rules diff rules/rust.yaml NEW from a
        // checkout): the snapshot is those rules, already checked, with no YAML to parse.
        if (sources.size() == 1
                && sources.get(0).name().equals(BUNDLED_NAME)
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
        var chain = chain(sources, false, false);
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

    /** The chain with every file in it: a layer over the bundled rules parses their YAML unless {@code snapshotAllowed}. */
    private static RulesChain chain(List<Source> sources, boolean everyProblem, boolean snapshotAllowed)
            throws LoadException {
        var chain = new RulesChain(snapshotAllowed);
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
        var decoder = new RulesFileDecoder(source.name(), layered ? chain.parts : null);
        var decoded = decoder.decode(root);
        if (!duplicates.isEmpty() || !decoder.problems().isEmpty() || decoded.isEmpty()) {
            var all = new ArrayList<>(duplicates);
            all.addAll(decoder.problems());
            // A duplicate key leaves the file whole (the first value counts), so rules check goes on to
            // check references too; after a decoding error it would only report the gaps that error left.
            if (!everyProblem || decoded.isEmpty() || !decoder.problems().isEmpty()) {
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
            throw new LoadException(
                    FileProblem.error(Location.wholeFile(BUNDLED_NAME), "cannot read: " + e.getMessage()));
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
        return isBundled(content) && bundledSnapshotChecksClean() ? List.of() : checkParsed(content, file);
    }

    /**
     * {@link #check} of the bundled rules, without reading their bytes from the jar when the snapshot
     * already says the checker finds nothing in them.
     */
    public static List<FileProblem> checkBundled() throws LoadException {
        return bundledSnapshotChecksClean() ? List.of() : checkParsed(bundledContent(), BUNDLED_NAME);
    }

    /** {@link #check} the slow way: the file parsed, its problems located in it. */
    private static List<FileProblem> checkParsed(byte[] content, String file) {
        try {
            return check(content, file, true);
        } catch (RulesChain.BaseNotParsed e) {
            // A problem of a layer's that points into the bundled rules: from their YAML, as it always read.
            return check(content, file, false);
        }
    }

    private static boolean isBundled(byte[] content) {
        try {
            return java.util.Arrays.equals(content, bundledContent());
        } catch (LoadException e) {
            return false;
        }
    }

    /**
     * Whether the bundled rules' snapshot exists and the checker finds nothing in it. The build made it
     * only from rules that loaded, so parsing their ~65 KB of YAML (about 50 ms of a cold start) could not
     * find anything either; anything found is located the slow way, in the YAML. The build ran the
     * checker on them already ({@link RulesSnapshot#checkedClean()}): its answer is used.
     */
    private static boolean bundledSnapshotChecksClean() {
        var snapshot = RulesSnapshot.bundled();
        return snapshot.isPresent() && (RulesSnapshot.bundledCheckedClean() || checksClean(snapshot.get()));
    }

    /** Whether {@code rules check} finds nothing in these rules: no warnings, nothing from the checker. */
    static boolean checksClean(RuleSet rules) {
        return rules.warnings().isEmpty() && RuleSetChecker.check(rules).isEmpty();
    }

    /** {@link #check}, with a layer's base taken from the bundled rules' snapshot where allowed. */
    static List<FileProblem> check(byte[] content, String file, boolean snapshotAllowed) {
        RulesChain chain;
        try {
            chain = chain(List.of(new Source(file, content)), true, snapshotAllowed);
        } catch (LoadException e) {
            return inFileOrder(e.problems());
        }
        var problems = new ArrayList<>(chain.pending);
        // A layer answers for its own lines; what the base it extends says is the base's business, and is
        // never located (a base from the snapshot has no YAML to locate it in).
        java.util.function.Consumer<Problem> ofThisFile = problem -> {
            var located = chain.originOf(problem);
            if (located.origin().file().equals(file)) {
                problems.add(chain.locate(located));
            }
        };
        try {
            var rules = chain.build();
            if (chain.pending.isEmpty()) {
                // Analyses of a file that decoded only in part would report the gaps, not the file.
                RuleSetChecker.check(rules).forEach(ofThisFile);
                rules.warnings().forEach(ofThisFile);
            }
        } catch (LoadException e) {
            problems.addAll(e.problems());
        } catch (InvalidRulesException e) {
            // Rules that cannot be loaded with this file are this file's problem wherever they show: a
            // layer that replaces a claim can break a rule of the file it extends, and its use is refused.
            for (var problem : e.problems()) {
                var located = chain.originOf(problem);
                if (located.origin().file().equals(file)) {
                    problems.add(chain.locate(located));
                } else if (problem.isError()) {
                    problems.add(FileProblem.error(
                            new Location(file, 1, 1), "breaks the rules it extends: " + chain.locate(located)));
                }
            }
        }
        return inFileOrder(
                problems.stream().filter(p -> p.location().file().equals(file)).toList());
    }

    /** A report that reads top to bottom, like the file. */
    private static List<FileProblem> inFileOrder(List<FileProblem> problems) {
        var sorted = new ArrayList<>(problems);
        sorted.sort(java.util.Comparator.comparingInt(
                        (FileProblem p) -> p.location().line())
                .thenComparingInt(p -> p.location().column()));
        return sorted;
    }
}
