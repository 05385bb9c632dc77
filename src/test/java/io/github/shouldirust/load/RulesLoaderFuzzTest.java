package io.github.shouldirust.load;

import static io.github.shouldirust.support.Documented.assertLocated;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Any bytes given as a rules file, whole or layered over the bundled rules: loading either succeeds or
 * throws a LoadException whose problems are all located, and {@code rules check} returns located
 * problems; nothing else escapes. {@code ./mvnw verify} replays the inputs saved in
 * RulesLoaderFuzzTestInputs/; fuzz/fuzz.sh fuzzes.
 */
class RulesLoaderFuzzTest {
    private static final String FILE = "fuzzed.yaml";
    private static final String LAYER = "layer.yaml";
    private static final String BUNDLED_ID = "why-rust";

    /** {@code RulesLoader.parse} and {@code RulesLoader.check} on the same bytes, which must agree. */
    @DictionaryFile(resourcePath = "/fuzz/rules.dict")
    @FuzzTest(maxDuration = "5m")
    void rulesFile(byte[] content) {
        var loaded = load(List.of(new RulesLoader.Source(FILE, content)), FILE);
        var problems = RulesLoader.check(content, FILE);
        assertLocated(problems, FILE);
        if (!loaded && problems.stream().noneMatch(FileProblem::isError)) {
            throw new AssertionError("the file does not load, yet rules check reports no error: " + problems);
        }
    }

    /**
     * A layer over the bundled rules ({@code extends: why-rust}, added when the input names no base),
     * loaded alone (over the bundled rules implicitly) and after the bundled file, and checked.
     */
    @DictionaryFile(resourcePath = "/fuzz/rules.dict")
    @FuzzTest(maxDuration = "5m")
    void layerOverBundled(byte[] input) throws LoadException {
        var content = asLayer(input);
        var alone = load(List.of(new RulesLoader.Source(LAYER, content)), LAYER, RulesLoader.BUNDLED_NAME);
        var problems = RulesLoader.check(content, LAYER);
        assertLocated(problems, LAYER);
        if (!alone && problems.stream().noneMatch(FileProblem::isError)) {
            throw new AssertionError("the layer does not load, yet rules check reports no error: " + problems);
        }
        var bundled = new RulesLoader.Source(RulesLoader.BUNDLED_NAME, RulesLoader.bundledContent());
        load(List.of(bundled, new RulesLoader.Source(LAYER, content)), LAYER, RulesLoader.BUNDLED_NAME);
    }

    /** True when the sources load; false when they are refused as documented. */
    private static boolean load(List<RulesLoader.Source> sources, String... files) {
        try {
            RulesLoader.load(sources);
            return true;
        } catch (LoadException e) {
            assertLocated(e, files);
            return false;
        }
    }

    /** The input as it is when it says what it extends; otherwise with {@code extends: why-rust} first. */
    private static byte[] asLayer(byte[] input) {
        var text = new String(input, StandardCharsets.ISO_8859_1);
        if (text.contains("extends")) {
            return input;
        }
        var head = ("extends: " + BUNDLED_ID + "\n").getBytes(StandardCharsets.UTF_8);
        var content = new byte[head.length + input.length];
        System.arraycopy(head, 0, content, 0, head.length);
        System.arraycopy(input, 0, content, head.length, input.length);
        return content;
    }
}
