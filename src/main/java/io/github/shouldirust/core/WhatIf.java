package io.github.shouldirust.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A change of answers that gives another verdict: "would be use-rust if latency were critical".
 *
 * @param changes question id to its new values, in question order
 * @param score Rust's score with the changes applied
 */
public record WhatIf(Map<String, List<String>> changes, Verdict verdict, int score) {
    public WhatIf {
        changes = Collections.unmodifiableMap(new LinkedHashMap<>(changes));
    }

    /** The answers with these changes made. */
    public Answers applyTo(Answers answers) {
        return apply(answers, changes);
    }

    static Answers apply(Answers answers, Map<String, List<String>> changes) {
        var changed = answers;
        for (var change : changes.entrySet()) {
            changed = changed.with(change.getKey(), change.getValue());
        }
        return changed;
    }
}
