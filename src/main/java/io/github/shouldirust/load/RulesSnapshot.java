package io.github.shouldirust.load;

import io.github.shouldirust.core.InvalidRulesException;
import io.github.shouldirust.core.RuleSet;
import java.util.Optional;

/** The bundled rules, compiled into code at build time by {@link SnapshotWriter}. */
public interface RulesSnapshot {
    RuleSet get() throws InvalidRulesException;

    /**
     * Whether the build found nothing to report in these rules: no warnings, and nothing from
     * {@link io.github.shouldirust.core.RuleSetChecker}. The snapshot is rebuilt whenever the rules or the
     * checker's code change (SnapshotInputs), so this is what checking them again would say.
     */
    default boolean checkedClean() {
        return false;
    }

    /**
     * The snapshot built into this jar, or empty where there is none (classes compiled outside Maven's
     * build); callers then parse the YAML as before. Built once: rules diff of rules/rust.yaml against a
     * layer needs it for both sides, and the rules are immutable.
     */
    static Optional<RuleSet> bundled() {
        return Built.BUNDLED;
    }

    /** {@link #checkedClean()} of the snapshot built into this jar; false where there is none. */
    static boolean bundledCheckedClean() {
        return Built.BUNDLED.isPresent() && Built.SNAPSHOT.checkedClean();
    }

    /** Built on first use, by the JVM's lazy class initialisation. */
    final class Built {
        static final RulesSnapshot SNAPSHOT = load();
        static final Optional<RuleSet> BUNDLED = build(SNAPSHOT);

        private Built() {}
    }

    private static RulesSnapshot load() {
        try {
            var type = Class.forName(RulesSnapshot.class.getPackageName() + "." + SnapshotWriter.CLASS_NAME);
            return type.asSubclass(RulesSnapshot.class).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private static Optional<RuleSet> build(RulesSnapshot snapshot) {
        try {
            return snapshot == null ? Optional.empty() : Optional.of(snapshot.get());
        } catch (InvalidRulesException | RuntimeException e) {
            // No snapshot, or one that fails to build (a build bug): the YAML is still the truth, so use it.
            return Optional.empty();
        }
    }
}
