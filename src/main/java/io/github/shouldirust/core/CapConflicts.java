package io.github.shouldirust.core;

import java.util.List;

/**
 * Caps whose languages clash: two caps of one file that leave no language between them, and a cap that
 * forbids what an example expects. Both are facts, found from the rules and the examples' own answers.
 */
final class CapConflicts {
    private CapConflicts() {}

    static void check(RuleSetChecker checker) {
        capsWithNoLanguageLeft(checker);
        capsAgainstExamples(checker);
    }

    /**
     * Two caps of one file that narrow the languages to lists with nothing in common, and can fire
     * together. Across layers that is how a layer overrides what it extends, so it is not reported.
     */
    private static void capsWithNoLanguageLeft(RuleSetChecker checker) {
        var narrowing = checker.rules().rules().stream()
                .filter(rule -> !rule.cap().languages().isEmpty())
                .toList();
        for (int i = 0; i < narrowing.size(); i++) {
            for (int j = i + 1; j < narrowing.size(); j++) {
                var first = narrowing.get(i);
                var second = narrowing.get(j);
                if (!first.source().equals(second.source())
                        || first.cap().languages().stream()
                                .anyMatch(second.cap().languages()::contains)) {
                    continue;
                }
                if (checker.canFireTogether(List.of(first.when(), second.when())) == Boolean.TRUE) {
                    checker.report(Problem.error(
                            checker.rulePath(second) + "/cap/languages",
                            "rules '" + first.id() + "' and '"
                                    + second.id() + "' can fire together, and their caps share no language ("
                                    + String.join(", ", first.cap().languages()) + " / "
                                    + String.join(", ", second.cap().languages())
                                    + "): only the later one would count"));
                }
            }
        }
    }

    /** An example that expects what a cap forbids can never pass; say which cap, not only that it fails. */
    private static void capsAgainstExamples(RuleSetChecker checker) {
        var examples = checker.rules().examples();
        var witnesses = checker.witnesses();
        for (int i = 0; i < examples.size(); i++) {
            var example = examples.get(i);
            if (witnesses.get(i) == null) {
                continue; // the loader reports bad answers in examples
            }
            var fired = checker.firing(witnesses.get(i));
            // What the evaluator allows: across layers a later cap overrides one it shares no language with.
            var allowed = Ranking.allowedLanguages(fired);
            for (var rule : fired) {
                if (rule.cap().isNone()) {
                    continue;
                }
                if (rule.cap().excludes(example.verdict())) {
                    checker.report(Problem.error(
                            "/examples/" + i + "/verdict",
                            "example '" + example.name()
                                    + "' expects " + example.verdict().id() + ", but rule '" + rule.id()
                                    + "' caps these answers at "
                                    + rule.cap().atMost().orElseThrow().id()));
                }
                var language = example.language().orElse(null);
                if (example.verdict() == Verdict.AVOID_RUST
                        && language != null
                        && !rule.cap().languages().isEmpty()
                        && !rule.cap().languages().contains(language)
                        && !allowed.contains(language)) {
                    checker.report(Problem.error(
                            "/examples/" + i + "/language",
                            "example '" + example.name()
                                    + "' expects " + language + ", but rule '" + rule.id() + "' allows only "
                                    + String.join(", ", rule.cap().languages()) + " on these answers"));
                }
            }
        }
    }
}
