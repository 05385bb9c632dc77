package io.github.shouldirust.essay;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.shouldirust.core.Choice;
import io.github.shouldirust.core.Claim;
import io.github.shouldirust.core.ClaimKind;
import io.github.shouldirust.core.Language;
import io.github.shouldirust.core.Question;
import io.github.shouldirust.core.QuestionType;
import io.github.shouldirust.core.Rule;
import io.github.shouldirust.core.RuleSet;
import io.github.shouldirust.load.RulesLoader;
import io.github.shouldirust.support.ScriptingContract;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The bundled rules keep the promises of issue 2, including the stable scripting contract. */
class BundledRulesTest {
    private static RuleSet rules;

    private static final Map<String, List<String>> CONTRACT = ScriptingContract.questions();

    private static final List<String> MULTI_CHOICE = List.of("deployment", "team-languages");

    /** Issue 2: recommendation.language is one of these. */
    private static final List<String> CONTRACT_LANGUAGES = List.of(
            "rust",
            "c",
            "cpp",
            "go",
            "java",
            "kotlin",
            "csharp",
            "python",
            "javascript",
            "typescript",
            "swift",
            "bash",
            "dart");

    @BeforeAll
    static void load() throws Exception {
        rules = RulesLoader.bundled();
    }

    @Test
    void bundledRulesLoadWithoutWarnings() {
        assertThat(rules.warnings()).isEmpty();
    }

    @Test
    void bundledRulesMatchTheRulesFileInTheRepository() throws Exception {
        var onDisk =
                RulesLoader.load(io.github.shouldirust.support.Project.root().resolve("rules/rust.yaml"));

        assertThat(rules.toString()).isEqualTo(onDisk.toString());
        assertThat(rules.describe()).isEqualTo(onDisk.describe());
    }

    @Test
    void everyRuleCitesAtLeastOneClaimThatExists() {
        assertThat(rules.rules())
                .isNotEmpty()
                .allSatisfy(rule -> assertThat(rule.claims())
                        .as("claims of rule %s", rule.id())
                        .isNotEmpty()
                        .allSatisfy(id -> assertThat(rules.claim(id))
                                .as("claim %s cited by %s", id, rule.id())
                                .isPresent()));
    }

    /** Otherwise an avoid-rust verdict could name whichever language happens to come first. */
    @Test
    void everyRuleThatCountsAgainstRustSaysWhatToUseInstead() {
        // extend-other: the code's language is not asked; the extend-<team language> rules raise it.
        assertThat(rules.rules())
                .filteredOn(rule -> rule.score() < 0 && !rule.id().equals("extend-other"))
                .allSatisfy(rule -> assertThat(rule.languageEffects().values())
                        .as("languages raised by %s", rule.id())
                        .anyMatch(effect -> effect > 0));
    }

    @Test
    void everyClaimIsCitedByARuleOrALanguageOrListedAsEvidence() {
        var cited = new HashSet<String>();
        rules.rules().forEach(rule -> cited.addAll(rule.claims()));
        rules.languages().forEach(language -> {
            cited.addAll(language.rustWins());
            cited.addAll(language.otherWins());
        });
        rules.claims().forEach(claim -> cited.addAll(claim.evidence()));

        assertThat(rules.claims())
                .isNotEmpty()
                .extracting(Claim::id)
                .allSatisfy(id -> assertThat(cited).contains(id));
    }

    @Test
    void everyEvidenceClaimIsAProductionUserBackingAnotherClaim() {
        var listed = new HashSet<String>();
        rules.claims().forEach(claim -> listed.addAll(claim.evidence()));

        assertThat(rules.claims())
                .filteredOn(claim -> claim.kind() == ClaimKind.EVIDENCE)
                .isNotEmpty()
                .extracting(Claim::id)
                .allSatisfy(id -> assertThat(listed).contains(id));
    }

    @Test
    void everyQuestionIsUsedByARule() {
        var asked = new HashSet<String>();
        rules.rules().forEach(rule -> rule.when().tests().forEach(test -> asked.add(test.question())));

        assertThat(rules.questions())
                .extracting(Question::id)
                .allSatisfy(id -> assertThat(asked).contains(id));
    }

    @Test
    void questionIdsAreTheScriptingContractInOrder() {
        assertThat(rules.questions()).extracting(Question::id).containsExactlyElementsOf(CONTRACT.keySet());
    }

    static Stream<Arguments> contractQuestions() {
        return CONTRACT.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("contractQuestions")
    void questionValuesAreTheScriptingContractInOrder(String id, List<String> values) {
        var question = rules.question(id);

        assertThat(question).as("question %s", id).isPresent();
        assertThat(question.get().values()).containsExactlyElementsOf(values);
        assertThat(question.get().type())
                .isEqualTo(MULTI_CHOICE.contains(id) ? QuestionType.MULTI : QuestionType.SINGLE);
    }

    @Test
    void noneOfDeploymentIsExclusiveAndNoOtherDeploymentValueIs() {
        var deployment = rules.question("deployment").orElseThrow();

        assertThat(deployment.choices())
                .filteredOn(Choice::exclusive)
                .extracting(Choice::value)
                .containsExactly("none");
    }

    @Test
    void everyLanguageIsOneTheJsonContractAllowsAndRustIsAmongThem() {
        assertThat(rules.languages()).extracting(Language::id).contains("rust").isSubsetOf(CONTRACT_LANGUAGES);
    }

    @Test
    void everyAlternativeStatesWhatEachSideWinsOn() {
        // A row of the essay's comparison table has two sides; Bash and Dart have no row (issue 11) and
        // cite only the weaknesses that name them.
        assertThat(rules.languages()).filteredOn(language -> !language.isRust()).allSatisfy(language -> {
            assertThat(language.otherWins())
                    .as("other-wins of %s", language.id())
                    .isNotEmpty();
            var hasRow = language.otherWins().stream()
                    .anyMatch(id ->
                            rules.claim(id).orElseThrow().kind() == io.github.shouldirust.core.ClaimKind.COMPARISON);
            assertThat(language.rustWins().isEmpty())
                    .as("rust-wins of %s, which has %s row", language.id(), hasRow ? "a" : "no")
                    .isEqualTo(!hasRow);
        });
    }

    @Test
    void ruleTextsAndIdsAreUnique() {
        assertThat(rules.rules()).extracting(Rule::id).doesNotHaveDuplicates();
        assertThat(rules.rules()).extracting(Rule::text).doesNotHaveDuplicates();
    }
}
