package io.github.shouldirust.core;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks that a rules file hangs together: unique ids, reserved names left alone, numbers in range, and
 * every reference resolving ({@link RuleReferences}); then warns of what nothing uses
 * ({@link UnusedDeclarations}). Reports every problem, not just the first, each at a JSON pointer.
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
    private final RuleReferences references;

    private RuleSetValidator(List<Claim> claims, List<Language> languages, List<Question> questions) {
        this.references = new RuleReferences(claims, languages, questions, problems);
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
        validator.problems.addAll(UnusedDeclarations.warnings(claims, questions, languages, rules));
        return List.copyOf(validator.problems);
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
            references.evidence(list.get(i).evidence(), "/claims/" + i + "/evidence");
        }
    }

    private void checkLanguages(List<Language> list) {
        checkUnique(list, Language::id, "/languages", "language");
        references.rust();
        for (int i = 0; i < list.size(); i++) {
            var language = list.get(i);
            references.claims(language.rustWins(), "/languages/" + i + "/rust-wins");
            references.claims(language.otherWins(), "/languages/" + i + "/other-wins");
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
            checkNoCommas(question, path);
            if (question.isMulti() && question.rustFavours() != Question.Scale.NONE) {
                error(
                        path + "/rust-favours",
                        "'rust-favours' needs a single-choice question: the options of '" + question.id()
                                + "' are not one scale");
            }
            checkDefaults(question, path);
        }
    }

    /** Values given together are split at {@link Answers#SEPARATOR}, so a value holding it could never be given. */
    private void checkNoCommas(Question question, String path) {
        for (int i = 0; i < question.choices().size(); i++) {
            var value = question.choices().get(i).value();
            if (value.contains(Answers.SEPARATOR)) {
                error(
                        path + "/options/" + i + "/value",
                        "option '" + value + "' of '" + question.id() + "' has a comma, which separates "
                                + "answers given together; name it without one");
            }
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
            references.claims(rule.claims(), path + "/claims");
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
            references.effects(rule.languageEffects().keySet(), path + "/languages");
            references.condition(rule.when(), path + "/when");
            checkCap(rule, path + "/cap");
            references.alternatives(rule.picks().team(), path + "/picks/team");
            references.alternatives(rule.picks().essay(), path + "/picks/essay");
        }
    }

    private void checkCap(Rule rule, String path) {
        if (rule.cap().atMost().filter(v -> v == Verdict.USE_RUST).isPresent()) {
            error(path + "/at-most", "a cap of use-rust limits nothing (allowed: consider-rust, avoid-rust)");
        }
        references.alternatives(rule.cap().languages(), path + "/languages");
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
}
