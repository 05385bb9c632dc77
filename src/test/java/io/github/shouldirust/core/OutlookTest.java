package io.github.shouldirust.core;

import static io.github.shouldirust.core.TinyRules.all;
import static io.github.shouldirust.core.TinyRules.answers;
import static io.github.shouldirust.core.TinyRules.any;
import static io.github.shouldirust.core.TinyRules.cap;
import static io.github.shouldirust.core.TinyRules.capped;
import static io.github.shouldirust.core.TinyRules.fixed;
import static io.github.shouldirust.core.TinyRules.is;
import static io.github.shouldirust.core.TinyRules.multi;
import static io.github.shouldirust.core.TinyRules.not;
import static io.github.shouldirust.core.TinyRules.rule;
import static io.github.shouldirust.core.TinyRules.single;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OutlookTest {

    private static Outlook outlook(RuleSet rules, Answers answers, String... dontKnow) {
        return Outlook.of(Evaluator.evaluate(rules, answers), Set.of(dontKnow));
    }

    @Test
    void everythingAnsweredIsSettled() throws Exception {
        var rules = TinyRules.builder()
                .questions(single("q", "a", "b"))
                .rules(rule("a", is("q", "a"), 7, "c"))
                .build();

        var outlook = outlook(rules, answers("q", "b"));

        assertThat(outlook.settled()).isTrue();
        assertThat(outlook.confidence()).isEqualTo(1.0);
        assertThat(outlook.nextQuestion()).isEmpty();
    }

    @Test
    void aCapToAvoidRustSettlesTheVerdictWhateverIsStillOpen() throws Exception {
        var rules = TinyRules.builder()
                .questions(single("first", "yes", "no"), single("q", "a", "b"))
                .rules(
                        capped("first", is("first", "yes"), -1, cap(Verdict.AVOID_RUST)),
                        rule("a", is("q", "a"), 20, "c"))
                .build();

        assertThat(outlook(rules, answers("first", "yes")).settled()).isTrue();
        assertThat(outlook(rules, answers("first", "no")).settled()).isFalse();
    }

    @Test
    void confidenceIsTheShareOfCompletionsThatKeepTheVerdict() throws Exception {
        // q decides: a gives +7 (use-rust), b and c give 0 (consider-rust). Unanswered, 0: consider-rust.
        var rules = TinyRules.builder()
                .questions(single("q", "a", "b", "c"), single("other", "x", "y"))
                .rules(rule("a", is("q", "a"), 7, "c"))
                .build();

        var outlook = outlook(rules, Answers.none());

        assertThat(outlook.settled()).isFalse();
        assertThat(outlook.confidence()).isEqualTo(0.667);
        assertThat(outlook.estimate()).isEmpty();
        assertThat(outlook.nextQuestion()).map(Question::id).contains("q");
    }

    @Test
    void theNextQuestionIsTheOneThatTellsMostNotTheOneWrittenFirst() throws Exception {
        var rules = TinyRules.builder()
                .questions(single("minor", "x", "y"), single("major", "a", "b", "c", "d"))
                .rules(
                        rule("x", is("minor", "x"), 1, "c"),
                        rule("a", is("major", "a", "b"), 8, "c"),
                        rule("d", is("major", "d"), -8, "c"))
                .build();

        assertThat(outlook(rules, Answers.none()).nextQuestion())
                .map(Question::id)
                .contains("major");
    }

    @Test
    void aQuestionSayingWhatIsBeingBuiltComesFirst() throws Exception {
        var building = fixed("building", "a", "b");
        var rules = TinyRules.builder()
                .questions(single("major", "a", "b"), building)
                .rules(rule("a", is("major", "a"), 8, "c"), rule("b", is("building", "b"), 1, "c"))
                .build();

        assertThat(outlook(rules, Answers.none()).nextQuestion())
                .map(Question::id)
                .contains("building");
    }

    @Test
    void aDontKnowStaysOpenButIsNeverAskedAgain() throws Exception {
        var rules = TinyRules.builder()
                .questions(single("q", "a", "b"), single("r", "x", "y"))
                .rules(rule("a", is("q", "a"), 7, "c"), rule("x", is("r", "x"), -3, "c"))
                .build();

        var outlook = outlook(rules, Answers.none(), "q");

        assertThat(outlook.settled()).isFalse();
        assertThat(outlook.nextQuestion()).map(Question::id).contains("r");
        assertThat(outlook(rules, answers("r", "y"), "q").nextQuestion()).isEmpty();
    }

    @Test
    void answersTooVariedToCountAreSampledWithTheErrorStated() throws Exception {
        // Thirteen values the rules each tell apart: more classes than counting groups, so it samples.
        var values = new String[13];
        var rules = new ArrayList<Rule>();
        for (int i = 0; i < values.length; i++) {
            values[i] = "v" + i;
            rules.add(rule("r" + i, is("m", values[i]), i % 2 == 0 ? 1 : -1, "c"));
        }
        var ruleSet = TinyRules.builder()
                .questions(multi("m", values))
                .rules(rules.toArray(Rule[]::new))
                .build();

        var first = outlook(ruleSet, Answers.none());
        var again = outlook(ruleSet, Answers.none());

        assertThat(first.estimate()).isPresent();
        assertThat(first.estimate().get().samples()).isEqualTo(Outlook.SAMPLES);
        assertThat(first.estimate().get().margin()).isPositive().isLessThan(0.01);
        assertThat(first.settled()).isFalse();
        assertThat(first.ranOut()).isTrue();
        assertThat(again).as("seeded: the same answers give the same estimate").isEqualTo(first);
    }

    /**
     * The counts agree with listing every completion, for random small rule sets with caps, multi-choice
     * questions with an exclusive "none", and nested all/any/not: settled exactly when no completion
     * (leaving questions unanswered included) changes the verdict; confidence the share of complete
     * answers, every allowed answer equally likely, that keep it.
     */
    @Test
    void countsAgreeWithListingEveryCompletion() throws Exception {
        for (int seed = 0; seed < 300; seed++) {
            var random = new Random(seed);
            var rules = randomRules(random);
            var given = randomAnswers(rules, random);
            var verdict = Evaluator.evaluate(rules, given).verdict();
            var open = rules.questions().stream()
                    .filter(q -> !given.isAnswered(q.id()))
                    .toList();

            var outlook = outlook(rules, given);

            boolean settled = everyCompletion(rules, open, 0, given, true, new double[1]).stream()
                    .allMatch(v -> v == verdict);
            var kept = new double[1];
            var complete = everyCompletion(rules, open, 0, given, false, kept);
            double share = complete.stream().filter(v -> v == verdict).count() / (double) complete.size();
            assertThat(outlook.settled()).as("seed %d, %s", seed, given).isEqualTo(settled);
            assertThat(outlook.confidence())
                    .as("seed %d, %s", seed, given)
                    .isCloseTo(share, org.assertj.core.data.Offset.offset(0.0005));
            outlook.nextQuestion()
                    .ifPresent(q -> assertThat(given.isAnswered(q.id())).isFalse());
            assertThat(outlook.nextQuestion().isPresent()).as("seed %d", seed).isEqualTo(!settled);
        }
    }

    private static List<Verdict> everyCompletion(
            RuleSet rules, List<Question> open, int at, Answers answers, boolean withUnanswered, double[] unused) {
        if (at == open.size()) {
            return List.of(Evaluator.evaluate(rules, answers).verdict());
        }
        var verdicts = new ArrayList<Verdict>();
        for (var option : AnswerSpace.options(open.get(at))) {
            if (option.isEmpty() && !withUnanswered) {
                continue;
            }
            var next = option.isEmpty() ? answers : answers.with(open.get(at).id(), option);
            verdicts.addAll(everyCompletion(rules, open, at + 1, next, withUnanswered, unused));
        }
        return verdicts;
    }

    private static RuleSet randomRules(Random random) throws InvalidRulesException {
        var questions = List.of(
                single("q", "a", "b", "c"),
                single("r", "x", "y"),
                multi("m", "p", "s", "t", "none"),
                single("u", "i", "j", "k"));
        var rules = new ArrayList<Rule>();
        int count = 2 + random.nextInt(6);
        for (int i = 0; i < count; i++) {
            var when = condition(questions, random, 2);
            int score = random.nextInt(9) - 4;
            if (random.nextInt(4) == 0) {
                var atMost = random.nextBoolean() ? Verdict.AVOID_RUST : Verdict.CONSIDER_RUST;
                rules.add(capped("r" + i, when, score, cap(atMost)));
            } else {
                rules.add(rule("r" + i, when, score, "c"));
            }
        }
        return TinyRules.builder()
                .questions(questions.toArray(Question[]::new))
                .rules(rules.toArray(Rule[]::new))
                .thresholds(3, 0)
                .build();
    }

    private static Condition condition(List<Question> questions, Random random, int depth) {
        int kind = depth == 0 ? 0 : random.nextInt(4);
        if (kind == 0) {
            var question = questions.get(random.nextInt(questions.size()));
            var values =
                    question.values().stream().filter(v -> random.nextBoolean()).toList();
            return is(
                    question.id(),
                    (values.isEmpty() ? question.values().subList(0, 1) : values).toArray(String[]::new));
        }
        if (kind == 3) {
            return not(condition(questions, random, depth - 1));
        }
        var parts = new Condition[1 + random.nextInt(3)];
        for (int i = 0; i < parts.length; i++) {
            parts[i] = condition(questions, random, depth - 1);
        }
        return kind == 1 ? all(parts) : any(parts);
    }

    private static Answers randomAnswers(RuleSet rules, Random random) {
        var answers = Answers.none();
        for (var question : rules.questions()) {
            if (random.nextInt(3) == 0) {
                var options = AnswerSpace.options(question);
                answers = answers.with(question.id(), options.get(1 + random.nextInt(options.size() - 1)));
            }
        }
        return answers;
    }
}
