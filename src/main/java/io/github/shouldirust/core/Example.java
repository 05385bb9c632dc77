package io.github.shouldirust.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A rule test written as data in a rules file: answers and the verdict (and language) they must give.
 *
 * @param language the expected recommendation, when the example names one
 * @param source the rules file that holds it
 */
public record Example(
        String name, Map<String, List<String>> answers, Verdict verdict, Optional<String> language, String source) {
    public Example {
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
    }
}
