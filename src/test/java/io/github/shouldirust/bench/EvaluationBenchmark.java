package io.github.shouldirust.bench;

import io.github.shouldirust.core.Analysis;
import io.github.shouldirust.core.Answers;
import io.github.shouldirust.core.Evaluation;
import io.github.shouldirust.core.Evaluator;
import io.github.shouldirust.core.Outlook;
import io.github.shouldirust.core.QuestionImpact;
import io.github.shouldirust.core.Report;
import io.github.shouldirust.core.RuleSet;
import io.github.shouldirust.core.WhatIf;
import io.github.shouldirust.load.RulesLoader;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * In-JVM cost of a run's work on the bundled rules: evaluating answers, and the what-if and open-question
 * analyses every output includes. Run with bench/jmh.sh; a benchmark, not a test.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EvaluationBenchmark {
    private RuleSet rules;
    /** Two answers: many open questions, and pairs needed to reach avoid-rust. */
    private Answers fewAnswers;
    /** Every question answered. */
    private Answers allAnswers;

    private Evaluation buildingOnly;
    private Evaluation fewResult;

    @Setup
    public void setUp() throws Exception {
        rules = RulesLoader.bundled();
        fewAnswers = rules.check(Map.of("building", List.of("network-service"), "latency", List.of("critical")));
        allAnswers = rules.check(Map.ofEntries(
                Map.entry("building", List.of("cli-tool")),
                Map.entry("lifespan", List.of("years")),
                Map.entry("latency", List.of("important")),
                Map.entry("performance", List.of("critical")),
                Map.entry("safety", List.of("important")),
                Map.entry("concurrency", List.of("some")),
                Map.entry("deployment", List.of("single-binary", "fast-startup")),
                Map.entry("experience", List.of("professional")),
                Map.entry("rust-experience", List.of("some")),
                Map.entry("team-languages", List.of("go", "python")),
                Map.entry("codebase", List.of("greenfield")),
                Map.entry("iteration-speed", List.of("important")),
                Map.entry("hiring", List.of("no")),
                Map.entry("ai-written", List.of("some"))));
        fewResult = Evaluator.evaluate(rules, fewAnswers);
        buildingOnly = Evaluator.evaluate(rules, rules.check(Map.of("building", List.of("network-service"))));
    }

    @Benchmark
    public Evaluation evaluateFewAnswers() {
        return Evaluator.evaluate(rules, fewAnswers);
    }

    @Benchmark
    public Evaluation evaluateAllAnswers() {
        return Evaluator.evaluate(rules, allAnswers);
    }

    @Benchmark
    public List<WhatIf> whatIfFewAnswers() {
        return Analysis.whatIf(fewResult);
    }

    @Benchmark
    public List<WhatIf> whatIfAllAnswers() {
        return Analysis.whatIf(Evaluator.evaluate(rules, allAnswers));
    }

    @Benchmark
    public List<QuestionImpact> openQuestionsFewAnswers() {
        return Analysis.openQuestions(fewResult);
    }

    /** Settled?, the confidence and the next question, with two answers given (12 open). */
    @Benchmark
    public Outlook outlookFewAnswers() {
        return Outlook.of(fewResult, Set.of());
    }

    /** The same with only what is being built answered: the widest state the quiz meets. */
    @Benchmark
    public Outlook outlookBuildingOnly() {
        return Outlook.of(buildingOnly, Set.of());
    }

    @Benchmark
    public Report wholeReportFewAnswers() {
        return Report.of(Evaluator.evaluate(rules, fewAnswers));
    }

    @Benchmark
    public RuleSet loadBundledRules() throws Exception {
        return RulesLoader.bundled();
    }
}
