package io.github.shouldirust.load;

import io.github.shouldirust.core.Claim;
import io.github.shouldirust.core.Example;
import io.github.shouldirust.core.InvalidRulesException;
import io.github.shouldirust.core.Language;
import io.github.shouldirust.core.Problem;
import io.github.shouldirust.core.Question;
import io.github.shouldirust.core.Rule;
import io.github.shouldirust.core.RuleSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Rules built from files in order: a whole rules file replaces what came before; a file that says
 * {@code extends} layers over it (over the bundled rules when it comes first), adding claims,
 * questions, rules and examples and changing rules' fields and thresholds. Remembers where each item
 * was written, so that a problem the core finds in the combined rules is shown in the file that wrote it.
 */
final class RulesChain {
    /**
     * Where an item of the combined rules was written: its file and its JSON pointer there. The root is
     * null for an item of the bundled rules' snapshot, whose YAML a fast load never parses.
     */
    record Origin(String file, YamlNode root, String path) {}

    /** Whether a layer over the bundled rules may start from their snapshot (see {@link SnapshotBase}). */
    final boolean snapshotAllowed;
    /** Whether it did: then no problem can be located in the base, and {@link RulesLoader#load} redoes it the slow way. */
    boolean fromSnapshot;

    RulesParts parts;
    final Map<String, List<Origin>> origins = new java.util.HashMap<>();
    Origin top;
    Origin verdicts;
    /** The file read last: the one rules check is checking. */
    Origin last;

    final List<String> layers = new ArrayList<>();
    final List<Origin> exampleFiles = new ArrayList<>();
    /** Examples already decoded, ahead of those in {@link #exampleFiles}: the snapshot's. */
    final List<Example> examples = new ArrayList<>();
    /** With every problem wanted (rules check): problems found so far in files that still decoded. */
    final List<FileProblem> pending = new ArrayList<>();

    RulesChain(boolean snapshotAllowed) {
        this.snapshotAllowed = snapshotAllowed;
    }

    List<Origin> origins(String list) {
        return origins.computeIfAbsent(list, l -> new ArrayList<>());
    }

    /** Puts an item at its id's place, or appends it. */
    <T> void place(List<T> items, String list, int at, T item, Origin origin) {
        if (at >= 0) {
            items.set(at, item);
            origins(list).set(at, origin);
        } else {
            items.add(item);
            origins(list).add(origin);
        }
    }

    /** A core problem's path, which counts items across every file, back in the file that wrote it. */
    FileProblem locate(Problem problem) {
        return locate(originOf(problem));
    }

    /** A problem already traced to its file ({@link #originOf}), at its line and column there. */
    FileProblem locate(Located located) {
        return locate(
                parsed(located.origin()), located.problem(), located.origin().file());
    }

    /** A problem with its path made relative to the file its item came from. */
    record Located(Origin origin, Problem problem) {}

    /** The file, and the item in it, that a core problem's path points at. */
    Located originOf(Problem problem) {
        var segments = problem.path().split("/", 4);
        if (segments.length >= 3
                && origins.containsKey(segments[1])
                && segments[2].chars().allMatch(Character::isDigit)
                && !segments[2].isEmpty()) {
            var list = origins.get(segments[1]);
            int index = Integer.parseInt(segments[2]);
            if (index < list.size()) {
                var origin = list.get(index);
                var rest = segments.length == 4 ? "/" + segments[3] : "";
                return new Located(
                        origin,
                        new Problem(problem.severity(), origin.path() + rest, problem.message(), problem.atName()));
            }
        }
        // That checks were not run is about the whole check, so the file being checked says so: in the
        // base it extends, a layer's check would drop it and seem complete.
        var origin = problem.path().startsWith("/verdicts") && verdicts != null
                ? verdicts
                : "/rules".equals(problem.path()) && last != null ? last : top;
        return new Located(origin, problem);
    }

    /**
     * A problem found in rules that came from the bundled snapshot, which has no YAML to point into: the
     * caller does it again from the YAML.
     */
    static final class BaseNotParsed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BaseNotParsed() {
            super(
                    "the problem is in the bundled rules' snapshot, which has no YAML to locate it in",
                    null,
                    false,
                    false);
        }
    }

    private static YamlNode parsed(Origin origin) {
        if (origin.root() == null) {
            throw new BaseNotParsed();
        }
        return origin.root();
    }

    /** The combined rules, with every file's examples decoded against them. */
    RuleSet build() throws InvalidRulesException, LoadException {
        var rules = parts.build().withLayers(layers);
        var all = new ArrayList<>(examples);
        var names = new java.util.HashSet<String>();
        var exampleOrigins = origins("examples");
        exampleOrigins.clear();
        for (int i = 0; i < examples.size(); i++) {
            names.add(examples.get(i).name());
            exampleOrigins.add(new Origin(RulesLoader.BUNDLED_NAME, null, "/examples/" + i));
        }
        for (var origin : exampleFiles) {
            var read = new ExampleDecoder(origin.file()).examples(origin.root(), rules, names);
            // So that a problem with the n-th example of the combined rules is shown in its own file.
            for (int i = 0; i < read.size(); i++) {
                exampleOrigins.add(new Origin(origin.file(), origin.root(), "/examples/" + i));
            }
            all.addAll(read);
        }
        return rules.withExamples(all);
    }

    /**
     * Adds what a file decoded to the chain: a whole file replaces it; a layer adds items, replaces
     * claims with its own of the same id, and has already patched rules and languages it names.
     */
    void add(String file, RulesParts decoded, YamlNode.Mapping root, boolean layered) throws LoadException {
        var origin = new Origin(file, root, "");
        if (!layered) {
            parts = new RulesParts(
                    decoded.metadata(),
                    new ArrayList<>(),
                    new ArrayList<>(),
                    new ArrayList<>(),
                    new ArrayList<>(),
                    decoded.thresholds());
            origins.clear();
            layers.clear();
            exampleFiles.clear();
            examples.clear();
        }
        var into = parts;
        mergeList(file, into.claims(), decoded.claims(), "claims", root, Claim::id);
        mergeList(file, into.languages(), decoded.languages(), "languages", root, Language::id);
        for (int i = 0; i < decoded.questions().size(); i++) {
            var question = decoded.questions().get(i);
            if (layered && into.questions().stream().anyMatch(q -> q.id().equals(question.id()))) {
                throw new LoadException(FileProblem.error(
                        locate(root, Problem.error("/questions/" + i + "/id", ""), file)
                                .location(),
                        "question '" + question.id() + "' is already defined by '"
                                + into.metadata().id() + "'; a layer can add questions but not change them"));
            }
        }
        mergeList(file, into.questions(), decoded.questions(), "questions", root, Question::id);
        mergeList(file, into.rules(), decoded.rules(), "rules", root, Rule::id);
        parts = new RulesParts(
                layered
                        ? new RuleSet.Metadata(
                                decoded.metadata().id(),
                                decoded.metadata().version(),
                                decoded.metadata().title(),
                                decoded.metadata().source())
                        : decoded.metadata(),
                into.claims(),
                into.languages(),
                into.questions(),
                into.rules(),
                decoded.thresholds());
        if (!layered || root.get("verdicts") != null) {
            verdicts = origin;
        }
        if (!layered) {
            top = origin;
        }
        last = origin;
        layers.add(decoded.metadata().id() + " " + decoded.metadata().version());
        exampleFiles.add(origin);
    }

    private <T> void mergeList(
            String file,
            List<T> into,
            List<T> added,
            String list,
            YamlNode.Mapping root,
            java.util.function.Function<T, String> id) {
        // Only what earlier files defined can be replaced: a duplicate within this file stays a duplicate,
        // for the validator to report.
        int earlier = into.size();
        for (int i = 0; i < added.size(); i++) {
            var item = added.get(i);
            int at = -1;
            for (int j = 0; j < earlier; j++) {
                if (id.apply(into.get(j)).equals(id.apply(item))) {
                    at = j;
                    break;
                }
            }
            place(into, list, at, item, new Origin(file, root, "/" + list + "/" + i));
        }
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
            } else if (node instanceof YamlNode.Sequence sequence
                    && segment.chars().allMatch(Character::isDigit)
                    && segment.length() < 10
                    && Integer.parseInt(segment) < sequence.items().size()) {
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
