package io.github.shouldirust.support;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Issue 2, "The scripting contract": the bundled rules' question ids and the values of each, in order.
 * Scripts pass them to {@code -a}, so a change to one breaks its users; BundledRulesTest holds the rules to
 * it.
 */
public final class ScriptingContract {
    private ScriptingContract() {}

    /** Question id to its values, in the order of the bundled rules. */
    public static Map<String, List<String>> questions() {
        var contract = new LinkedHashMap<String, List<String>>();
        contract.put(
                "building",
                List.of(
                        "database",
                        "ai-inference",
                        "ml-training",
                        "network-service",
                        "backend-app",
                        "cli-tool",
                        "os",
                        "embedded",
                        "wasm",
                        "security",
                        "game-engine",
                        "desktop-gui",
                        "mobile-app",
                        "web-frontend",
                        "script",
                        "data-exploration"));
        contract.put("lifespan", List.of("run-once", "experiment", "months", "years"));
        contract.put("latency", List.of("critical", "important", "unimportant"));
        contract.put("performance", List.of("critical", "important", "unimportant"));
        contract.put("safety", List.of("critical", "important", "unimportant"));
        contract.put("concurrency", List.of("heavy", "some", "none"));
        contract.put(
                "deployment",
                List.of("constrained", "single-binary", "fast-startup", "cross-platform", "browser", "none"));
        contract.put("experience", List.of("first-language", "some", "professional"));
        contract.put("rust-experience", List.of("none", "some", "fluent"));
        contract.put(
                "team-languages", List.of("c-cpp", "go", "java-kotlin-csharp", "python", "js-ts", "swift", "rust"));
        contract.put("codebase", List.of("greenfield", "extend-c-cpp", "extend-other"));
        contract.put("iteration-speed", List.of("critical", "important", "unimportant"));
        contract.put("hiring", List.of("yes", "no"));
        contract.put("ai-written", List.of("mostly", "some", "none"));
        return Collections.unmodifiableMap(contract);
    }

    /** The values of one question of the contract. */
    public static List<String> values(String question) {
        var values = questions().get(question);
        if (values == null) {
            throw new IllegalArgumentException("no question '" + question + "' in the scripting contract");
        }
        return values;
    }
}
