package io.github.shouldirust.load;

import java.util.ArrayList;
import java.util.List;

/**
 * The base of a layer over the bundled rules, taken from their build-time snapshot instead of their YAML:
 * parsing and decoding ~65 KB of YAML cost a layered run 43-49 ms, about half of it.
 */
final class SnapshotBase {
    private SnapshotBase() {}

    /**
     * Fills an empty chain as reading the bundled rules would, but without their YAML; false, leaving the
     * chain untouched, where the jar has no snapshot.
     */
    static boolean seed(RulesChain chain) {
        var snapshot = RulesSnapshot.bundled();
        if (snapshot.isEmpty()) {
            return false;
        }
        var rules = snapshot.get();
        // Mutable copies: the layer replaces and appends items in place, as it does over parsed rules.
        chain.parts = new RulesParts(
                rules.metadata(),
                new ArrayList<>(rules.claims()),
                new ArrayList<>(rules.languages()),
                new ArrayList<>(rules.questions()),
                new ArrayList<>(rules.rules()),
                rules.thresholds());
        // Origins without a YAML root keep each list's indexes in step with the combined rules; none is ever
        // used to locate a problem, since a load that finds one is redone from the YAML.
        unparsed(chain, "claims", rules.claims());
        unparsed(chain, "languages", rules.languages());
        unparsed(chain, "questions", rules.questions());
        unparsed(chain, "rules", rules.rules());
        chain.top = new RulesChain.Origin(RulesLoader.BUNDLED_NAME, null, "");
        chain.verdicts = chain.top;
        chain.layers.addAll(rules.layers());
        // Decoded against the base, where a layer's would be decoded against the combined rules: the same
        // examples, since a layer can neither change nor remove a question or a language they name.
        chain.examples.addAll(rules.examples());
        chain.fromSnapshot = true;
        return true;
    }

    private static void unparsed(RulesChain chain, String list, List<?> items) {
        var origins = chain.origins(list);
        for (int i = 0; i < items.size(); i++) {
            origins.add(new RulesChain.Origin(RulesLoader.BUNDLED_NAME, null, "/" + list + "/" + i));
        }
    }
}
