package io.github.shouldirust.load;

import io.github.shouldirust.core.InvalidRulesException;
import io.github.shouldirust.core.RuleSet;
import java.util.Optional;

/** The bundled rules, compiled into code at build time by {@link SnapshotWriter}. */
public interface RulesSnapshot {
    RuleSet get() throws InvalidRulesException;

    /**
     * The snapshot built into this jar, or empty where there is none (classes compiled outside Maven's
     * build); callers then parse the YAML as before. Built once: rules diff of rules/rust.yaml against a
     * layer needs it for both sides, and the rules are immutable.
     */
    static Optional<RuleSet> bundled() {
        return Built.BUNDLED;
    }

    /** Built on first use, by the JVM's lazy class initialisation. */
    final class Built {
        static final Optional<RuleSet> BUNDLED = build();

        private Built() {}
    }

    private static Optional<RuleSet> build() {
        try {
            var type = Class.forName(RulesSnapshot.class.getPackageName() + "." + SnapshotWriter.CLASS_NAME);
            return Optional.of(type.asSubclass(RulesSnapshot.class)
                    .getDeclaredConstructor()
                    .newInstance()
                    .get());
        } catch (ReflectiveOperationException | InvalidRulesException | RuntimeException e) {
            // No snapshot, or one that fails to build (a build bug): the YAML is still the truth, so use it.
            return Optional.empty();
        }
    }
}
