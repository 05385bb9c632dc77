package io.github.shouldirust.core;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Whether the ids a rules file mentions name something it declares: the claims that rules, languages and
 * evidence cite, the languages that effects, picks and caps name, and the questions and options that
 * conditions test. Each one that does not resolve is a problem at its JSON pointer.
 */
final class RuleReferences {
    private final List<Problem> problems;
    private final Map<String, Claim> claims;
    private final Map<String, Language> languages;
    private final Map<String, Question> questions;

    /** @param problems where to report, shared with the other checks so that problems stay in file order */
    RuleReferences(List<Claim> claims, List<Language> languages, List<Question> questions, List<Problem> problems) {
        this.problems = problems;
        this.claims = firstById(claims, Claim::id);
        this.languages = firstById(languages, Language::id);
        this.questions = firstById(questions, Question::id);
    }

    private static <T> Map<String, T> firstById(List<T> items, Function<T, String> id) {
        return items.stream().collect(Collectors.toMap(id, t -> t, (a, b) -> a, java.util.LinkedHashMap::new));
    }

    private void error(String path, String message) {
        problems.add(Problem.error(path, message));
    }

    /** The one language the program itself refers to. */
    void rust() {
        if (!languages.containsKey(Language.RUST)) {
            error("/languages", "the languages must include 'rust'");
        }
    }

    /** A claim's evidence: each a known claim, and one whose kind is evidence. */
    void evidence(List<String> ids, String path) {
        for (int e = 0; e < ids.size(); e++) {
            var target = claims.get(ids.get(e));
            if (target == null) {
                error(path + "/" + e, "unknown claim '" + ids.get(e) + "'");
            } else if (target.kind() != ClaimKind.EVIDENCE) {
                error(
                        path + "/" + e,
                        "claim '" + target.id() + "' is listed as evidence but its kind is "
                                + target.kind().id());
            }
        }
    }

    void claims(List<String> ids, String path) {
        for (int c = 0; c < ids.size(); c++) {
            if (!claims.containsKey(ids.get(c))) {
                error(path + "/" + c, "unknown claim '" + ids.get(c) + "'");
            }
        }
    }

    /** The languages a rule gives an effect, by name: each a known language other than Rust. */
    void effects(Set<String> ids, String path) {
        ids.forEach(language -> {
            if (Language.RUST.equals(language)) {
                problems.add(Problem.errorAtName(
                        path + "/" + language, "Rust's effect goes in 'score', not under 'languages'"));
            } else if (!languages.containsKey(language)) {
                problems.add(Problem.errorAtName(
                        path + "/" + language,
                        "unknown language '" + language + "' (languages: " + String.join(", ", languages.keySet())
                                + ")"));
            }
        });
    }

    /** A list of alternatives to Rust: each a known language, and not Rust itself. */
    void alternatives(List<String> ids, String path) {
        for (int i = 0; i < ids.size(); i++) {
            var id = ids.get(i);
            if (Language.RUST.equals(id)) {
                error(path + "/" + i, "Rust is not an alternative to itself; name other languages here");
            } else if (!languages.containsKey(id)) {
                error(
                        path + "/" + i,
                        "unknown language '" + id + "' (languages: " + String.join(", ", languages.keySet()) + ")");
            }
        }
    }

    /** Every question and option a condition tests; on the way, that each test has something to test. */
    void condition(Condition condition, String path) {
        // Java 17 has no pattern switch; the interface is sealed, so these four cases are all there are.
        if (condition instanceof Condition.All all) {
            parts(all.parts(), path + "/all", "all");
        } else if (condition instanceof Condition.Any any) {
            parts(any.parts(), path + "/any", "any");
        } else if (condition instanceof Condition.Not not) {
            condition(not.part(), path + "/not");
        } else if (condition instanceof Condition.AnswerIn test) {
            answerTest(test, path + "/" + test.question());
        }
    }

    private void parts(List<Condition> parts, String path, String keyword) {
        if (parts.isEmpty()) {
            error(path, "'" + keyword + "' needs at least one condition");
        }
        for (int p = 0; p < parts.size(); p++) {
            condition(parts.get(p), path + "/" + p);
        }
    }

    private void answerTest(Condition.AnswerIn test, String path) {
        var question = questions.get(test.question());
        if (question == null) {
            problems.add(Problem.errorAtName(
                    path,
                    "unknown question '" + test.question() + "' (questions: " + String.join(", ", questions.keySet())
                            + ")" + Closest.suggestion(test.question(), questions.keySet())));
            return;
        }
        if (test.values().isEmpty()) {
            error(path, "no value to test '" + test.question() + "' against");
        }
        test.values().stream()
                .filter(v -> question.choice(v).isEmpty())
                .forEach(value -> error(
                        path,
                        "'" + value + "' is not an option of '" + question.id() + "' (allowed: "
                                + String.join(", ", question.values()) + ")"));
    }
}
