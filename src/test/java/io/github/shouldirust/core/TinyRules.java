package io.github.shouldirust.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Small rule sets built in code, so each engine test shows every rule it depends on. */
final class TinyRules {
    static final RuleSet.Metadata METADATA = new RuleSet.Metadata("tiny", "0.0.1", "Tiny", "tiny.txt");

    private TinyRules() {}

    static Claim claim(String id) {
        return new Claim(id, ClaimKind.STRENGTH, "Section", "Statement " + id + ".", List.of());
    }

    static Language rust() {
        return language("rust");
    }

    static Language language(String id) {
        return new Language(id, id.toUpperCase(java.util.Locale.ROOT), List.of(), List.of());
    }

    static Question single(String id, String... values) {
        return new Question(
                id,
                QuestionType.SINGLE,
                id + "?",
                "Why " + id + ".",
                Arrays.stream(values).map(v -> new Choice(v, v, false)).toList(),
                List.of());
    }

    /** {@link #single}, fixed, as what is being built is: never offered as something to change. */
    static Question fixed(String id, String... values) {
        var q = single(id, values);
        return new Question(q.id(), q.type(), q.prompt(), q.help(), q.choices(), q.defaults(), true, q.rustFavours());
    }

    /** latency: critical, important, unimportant, with critical (the first) favouring Rust. */
    static Question latency() {
        return new Question(
                "latency",
                QuestionType.SINGLE,
                "latency?",
                "Why.",
                Arrays.stream(new String[] {"critical", "important", "unimportant"})
                        .map(v -> new Choice(v, v, false))
                        .toList(),
                List.of(),
                false,
                Question.Scale.FIRST);
    }

    /** A multi-choice question; a value named "none" is exclusive. */
    static Question multi(String id, String... values) {
        return new Question(
                id,
                QuestionType.MULTI,
                id + "?",
                "Why " + id + ".",
                Arrays.stream(values)
                        .map(v -> new Choice(v, v, v.equals("none")))
                        .toList(),
                List.of());
    }

    static Condition.AnswerIn is(String question, String... values) {
        return new Condition.AnswerIn(question, new LinkedHashSet<>(List.of(values)));
    }

    static Condition.All all(Condition... parts) {
        return new Condition.All(List.of(parts));
    }

    static Condition.Any any(Condition... parts) {
        return new Condition.Any(List.of(parts));
    }

    static Condition.Not not(Condition part) {
        return new Condition.Not(part);
    }

    static Rule rule(String id, Condition when, int score, String... claims) {
        return new Rule(id, when, score, Map.of(), "Text of " + id + ".", List.of(claims));
    }

    static Rule rule(String id, Condition when, int score, Map<String, Integer> languages, String... claims) {
        return new Rule(id, when, score, languages, "Text of " + id + ".", List.of(claims));
    }

    /** A rule with a cap and picks, citing claim "c". */
    static Rule rule(String id, Condition when, int score, Map<String, Integer> languages, Cap cap, Picks picks) {
        return new Rule(id, when, score, languages, "Text of " + id + ".", List.of("c"), cap, picks, "");
    }

    /** A rule that caps the result and changes nothing else but Rust's score, citing claim "c". */
    static Rule capped(String id, Condition when, int score, Cap cap) {
        return rule(id, when, score, Map.of(), cap, Picks.none());
    }

    /** A cap at {@code atMost}, narrowing the recommendation to {@code languages} when any are named. */
    static Cap cap(Verdict atMost, String... languages) {
        return new Cap(Optional.of(atMost), List.of(languages));
    }

    /** A cap that narrows only the languages, not the verdict. */
    static Cap only(String... languages) {
        return new Cap(Optional.empty(), List.of(languages));
    }

    /** Answers as written: {@code answers("q", "a", "m", "x,y")}. */
    static Answers answers(String... questionThenValues) {
        var map = new LinkedHashMap<String, List<String>>();
        for (int i = 0; i < questionThenValues.length; i += 2) {
            map.put(questionThenValues[i], List.of(questionThenValues[i + 1].split(",")));
        }
        return Answers.of(map);
    }

    static Builder builder() {
        return new Builder();
    }

    /** Collects the parts of a rule set; the claim "c" and the language rust are always there. */
    static final class Builder {
        final List<Claim> claims = new ArrayList<>(List.of(claim("c")));
        final List<Language> languages = new ArrayList<>(List.of(rust()));
        final List<Question> questions = new ArrayList<>();
        final List<Rule> rules = new ArrayList<>();
        Thresholds thresholds = new Thresholds(6, 0);

        Builder claims(Claim... more) {
            claims.addAll(List.of(more));
            return this;
        }

        Builder languages(Language... more) {
            languages.addAll(List.of(more));
            return this;
        }

        Builder questions(Question... more) {
            questions.addAll(List.of(more));
            return this;
        }

        Builder rules(Rule... more) {
            rules.addAll(List.of(more));
            return this;
        }

        Builder thresholds(int useRust, int considerRust) {
            thresholds = new Thresholds(useRust, considerRust);
            return this;
        }

        RuleSet build() throws InvalidRulesException {
            return RuleSet.of(METADATA, claims, languages, questions, rules, thresholds);
        }
    }
}
