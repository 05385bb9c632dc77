package io.github.shouldirust.core;

import java.util.List;
import java.util.Optional;

/**
 * A limit a rule puts on the result when it fires: the essay's "wrong tool" statements ("First language?
 * Pick Python or JavaScript") are limits, not weights that a strong profile could outvote.
 *
 * @param atMost the best verdict the result may have while the rule fires; empty when it limits only the
 *     languages
 * @param languages the only languages that may be recommended while the rule fires; empty when any may
 */
public record Cap(Optional<Verdict> atMost, List<String> languages) {
    private static final Cap NONE = new Cap(Optional.empty(), List.of());

    public Cap {
        languages = List.copyOf(languages);
    }

    public static Cap none() {
        return NONE;
    }

    public boolean isNone() {
        return atMost.isEmpty() && languages.isEmpty();
    }

    /** Whether this cap keeps a result of {@code verdict} from standing. */
    public boolean excludes(Verdict verdict) {
        return atMost.isPresent() && verdict.compareTo(atMost.get()) < 0;
    }
}
