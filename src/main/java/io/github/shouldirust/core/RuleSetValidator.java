package io.github.shouldirust.core;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks that a rules file hangs together: unique ids, and every reference (claims, questions, values,
 * languages) resolves. Reports every problem, not just the first, each at a JSON pointer.
 */
final class RuleSetValidator {
    /** Keys that introduce a sub-condition, so no question may use them as its id. */
    static final Set<String> CONDITION_KEYWORDS = Set.of("all", "any", "not");

    /**
     * Far beyond any sensible weight, and small enough that no sum of a rules file's effects can
     * overflow an int.
     */
    static final int MAX_EFFECT = 1_000;

    static final int MAX_THRESHOLD = 1_000_000;

    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, Claim> claims;
    private final Map<String, Language> languages;
    private final Map<String, Question> questions;

    private RuleSetValidator(List<Claim> claims, List<Language> languages, List<Question> questions) {
        this.claims = firstById(claims, Claim::id);
        this.languages = firstById(languages, Language::id);
        this.questions = firstById(questions, Question::id);
    }

    static List<Problem> validate(
            List<Claim> claims,
            List<Language> languages,
            List<Question> questions,
            List<Rule> rules,
            Thresholds thresholds) {
        var validator = new RuleSetValidator(claims, languages, questions);
        validator.checkClaims(claims);
        validator.checkLanguages(languages);
        validator.checkQuestions(questions);
        validator.checkRules(rules);
        validator.checkThresholds(thresholds);
        validator.checkUsage(claims, questions, languages, rules);
        return List.copyOf(validator.problems);
    }

    private static <T> Map<String, T> firstById(List<T> items, Function<T, String> id) {
        return items.stream().collect(Collectors.toMap(id, t -> t, (a, b) -> a, java.util.LinkedHashMap::new));
    }

    private void error(String path, String message) {
        problems.add(Problem.error(path, message));
    }

    private <T> void checkUnique(List<T> items, Function<T, String> id, String listPath, String what) {
        checkUnique(items, id, listPath, what, "id");
    }

    /** @param field the key that holds the identifying value: "id", or "value" for options */
    private <T> void checkUnique(List<T> items, Function<T, String> id, String listPath, String what, String field) {
        var seen = new HashSet<String>();
        for (int i = 0; i < items.size(); i++) {
            var itemId = id.apply(items.get(i));
            if (!seen.add(itemId)) {
                error(listPath + "/" + i + "/" + field, "duplicate " + what + " " + field + " '" + itemId + "'");
            }
        }
    }

    private void checkClaims(List<Claim> list) {
        checkUnique(list, Claim::id, "/claims", "claim");
        for (int i = 0; i < list.size(); i++) {
            var evidence = list.get(i).evidence();
            for (int e = 0; e < evidence.size(); e++) {
                var target = claims.get(evidence.get(e));
                var path = "/claims/" + i + "/evidence/" + e;
                if (target == null) {
                    error(path, "unknown claim '" + evidence.get(e) + "'");
                } else if (target.kind() != ClaimKind.EVIDENCE) {
                    error(
                            path,
                            "claim '" + target.id() + "' is listed as evidence but its kind is "
                                    + target.kind().id());
                }
            }
        }
    }

    private void checkLanguages(List<Language> list) {
        checkUnique(list, Language::id, "/languages", "language");
        if (!languages.containsKey(Language.RUST)) {
            error("/languages", "the languages must include 'rust'");
        }
        for (int i = 0; i < list.size(); i++) {
            var language = list.get(i);
            checkClaimRefs(language.rustWins(), "/languages/" + i + "/rust-wins");
            checkClaimRefs(language.otherWins(), "/languages/" + i + "/other-wins");
        }
    }

    private void checkClaimRefs(List<String> ids, String path) {
        for (int c = 0; c < ids.size(); c++) {
            if (!claims.containsKey(ids.get(c))) {
                error(path + "/" + c, "unknown claim '" + ids.get(c) + "'");
            }
        }
    }

    private void checkQuestions(List<Question> list) {
        checkUnique(list, Question::id, "/questions", "question");
        for (int i = 0; i < list.size(); i++) {
            var question = list.get(i);
            var path = "/questions/" + i;
            if (CONDITION_KEYWORDS.contains(question.id())) {
                error(path + "/id", "'" + question.id() + "' is reserved for conditions; name the question otherwise");
            }
            if (AnswerSheet.FILE_KEYS.contains(question.id())) {
                error(
                        path + "/id",
                        "'" + question.id() + "' is reserved: answers files use it to say "
                                + ("name".equals(question.id()) ? "whose answers they are" : "which rules they answer")
                                + "; name the question otherwise");
            }
            if (question.choices().isEmpty()) {
                error(path + "/options", "question '" + question.id() + "' has no options");
            }
            checkUnique(question.choices(), Choice::value, path + "/options", "option", "value");
            if (question.isMulti() && question.rustFavours() != Question.Scale.NONE) {
                error(
                        path + "/rust-favours",
                        "'rust-favours' needs a single-choice question: the options of '" + question.id()
                                + "' are not one scale");
            }
            checkDefaults(question, path);
        }
    }

    private void checkDefaults(Question question, String path) {
        if (!question.isMulti() && question.defaults().size() > 1) {
            error(path + "/default", "question '" + question.id() + "' takes one value, so one default");
        }
        for (var value : question.defaults()) {
            if (question.choice(value).isEmpty()) {
                error(
                        path + "/default",
                        "default '" + value + "' is not an option of '" + question.id() + "' (allowed: "
                                + String.join(", ", question.values()) + ")");
            }
        }
    }

    private void checkRules(List<Rule> list) {
        checkUnique(list, Rule::id, "/rules", "rule");
        for (int i = 0; i < list.size(); i++) {
            var rule = list.get(i);
            var path = "/rules/" + i;
            if (rule.claims().isEmpty()) {
                error(path + "/claims", "rule '" + rule.id() + "' cites no claim; every reason needs one");
            }
            checkClaimRefs(rule.claims(), path + "/claims");
            if (Math.abs(rule.score()) > MAX_EFFECT) {
                error(
                        path + "/score",
                        "score " + rule.score() + " is out of range (-" + MAX_EFFECT + " to " + MAX_EFFECT + ")");
            }
            rule.languageEffects().forEach((language, effect) -> {
                if (Math.abs(effect) > MAX_EFFECT) {
                    error(
                            path + "/languages/" + language,
                            "effect " + effect + " on '" + language + "' is out of range (-" + MAX_EFFECT + " to "
                                    + MAX_EFFECT + ")");
                }
            });
            rule.languageEffects().keySet().forEach(language -> {
                if (Language.RUST.equals(language)) {
                    problems.add(Problem.errorAtName(
                            path + "/languages/" + language, "Rust's effect goes in 'score', not under 'languages'"));
                } else if (!languages.containsKey(language)) {
                    problems.add(Problem.errorAtName(
                            path + "/languages/" + language,
                            "unknown language '" + language + "' (languages: " + String.join(", ", languages.keySet())
                                    + ")"));
                }
            });
            checkCondition(rule.when(), path + "/when");
            checkCap(rule, path + "/cap");
            checkLanguageRefs(rule.picks().team(), path + "/picks/team");
            checkLanguageRefs(rule.picks().essay(), path + "/picks/essay");
        }
    }

    private void checkCap(Rule rule, String path) {
        if (rule.cap().atMost().filter(v -> v == Verdict.USE_RUST).isPresent()) {
            error(path + "/at-most", "a cap of use-rust limits nothing (allowed: consider-rust, avoid-rust)");
        }
        checkLanguageRefs(rule.cap().languages(), path + "/languages");
    }

    /** A list of alternatives to Rust: each a known language, and not Rust itself. */
    private void checkLanguageRefs(List<String> ids, String path) {
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

    private void checkCondition(Condition condition, String path) {
        // Java 17 has no pattern switch; the interface is sealed, so these four cases are all there are.
        if (condition instanceof Condition.All all) {
            checkParts(all.parts(), path + "/all", "all");
        } else if (condition instanceof Condition.Any any) {
            checkParts(any.parts(), path + "/any", "any");
        } else if (condition instanceof Condition.Not not) {
            checkCondition(not.part(), path + "/not");
        } else if (condition instanceof Condition.AnswerIn test) {
            checkAnswerTest(test, path + "/" + test.question());
        }
    }

    private void checkParts(List<Condition> parts, String path, String keyword) {
        if (parts.isEmpty()) {
            error(path, "'" + keyword + "' needs at least one condition");
        }
        for (int p = 0; p < parts.size(); p++) {
            checkCondition(parts.get(p), path + "/" + p);
        }
    }

    private void checkAnswerTest(Condition.AnswerIn test, String path) {
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

    private void checkThresholds(Thresholds thresholds) {
        if (Math.abs(thresholds.useRust()) > MAX_THRESHOLD || Math.abs(thresholds.considerRust()) > MAX_THRESHOLD) {
            error("/verdicts", "thresholds must lie between -" + MAX_THRESHOLD + " and " + MAX_THRESHOLD);
        }
        if (thresholds.useRust() < thresholds.considerRust()) {
            error(
                    "/verdicts/use-rust",
                    "use-rust (" + thresholds.useRust() + ") must not be below consider-rust ("
                            + thresholds.considerRust() + ")");
        }
    }

    private void checkUsage(
            List<Claim> claimList, List<Question> questionList, List<Language> languageList, List<Rule> rules) {
        var cited = new HashSet<String>();
        rules.forEach(r -> cited.addAll(r.claims()));
        claimList.forEach(c -> cited.addAll(c.evidence()));
        languageList.forEach(l -> {
            cited.addAll(l.rustWins());
            cited.addAll(l.otherWins());
        });
        for (int i = 0; i < claimList.size(); i++) {
            if (!cited.contains(claimList.get(i).id())) {
                problems.add(Problem.warning(
                        "/claims/" + i + "/id",
                        "claim '" + claimList.get(i).id()
                                + "' is never cited by a rule or a language, nor listed as evidence"));
            }
        }
        var asked = rules.stream()
                .flatMap(r -> r.when().tests())
                .map(Condition.AnswerIn::question)
                .collect(Collectors.toSet());
        for (int i = 0; i < questionList.size(); i++) {
            if (!asked.contains(questionList.get(i).id())) {
                problems.add(Problem.warning(
                        "/questions/" + i + "/id",
                        "question '" + questionList.get(i).id() + "' is never used by a rule"));
            }
        }
    }
}
