#!/usr/bin/env bash
# Fuzzes the @FuzzTests with Jazzer, each for SECONDS (default 300), one JVM per test:
#
#   fuzz/fuzz.sh [SECONDS] [TEST...]       TEST as Class#method, e.g. RulesLoaderFuzzTest#rulesFile
#
# `./mvnw verify` only replays the saved inputs (src/test/resources/.../<Class>Inputs/<method>/); this
# runs the fuzzer. Inputs that reach new code are kept in target/fuzz-corpus/<Class>/<method>/ and
# reused by the next run; a finding (a crash, a failed property, a timeout) is written beside the saved
# inputs as crash-<sha1> (or timeout-..., oom-...), where `./mvnw verify` then replays it: fix the bug,
# keep the file. Each test's full log is target/fuzz-logs/<Class>.<method>.log. Exits 1 if any test
# had a finding. MVN_FLAGS (default -o) goes to the Maven wrapper.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=300
if [[ $# -gt 0 && $1 =~ ^[0-9]+$ ]]; then
  seconds=$1
  shift
fi
tests=("$@")
if [[ ${#tests[@]} -eq 0 ]]; then
  tests=(RulesLoaderFuzzTest#rulesFile RulesLoaderFuzzTest#layerOverBundled AnswersLoaderFuzzTest#answersFile
         AnswerFlagsFuzzTest#answerFlags ShouldIRustFuzzTest#commandLine)
fi
read -r -a mvn_flags <<<"${MVN_FLAGS--o}"

./mvnw "${mvn_flags[@]}" -q test-compile
mkdir -p target/fuzz-logs

failed=0
printf '%-40s %8s %12s %10s  %s\n' TEST SECONDS EXECUTIONS EXEC/S FINDINGS
for test in "${tests[@]}"; do
  class=${test%%#*}
  method=${test#*#}
  corpus=target/fuzz-corpus/$class/$method
  log=target/fuzz-logs/$class.$method.log
  mkdir -p "$corpus"
  start=$(date +%s)
  # jazzer.hooks: on for fuzzing (src/test/resources/junit-platform.properties turns it off for the
  # replay in ./mvnw verify). Jazzer takes libFuzzer's arguments from jazzer.internal.arg.N (0 is
  # argv[0]); they come after the @FuzzTest's own, so -max_total_time here wins over its maxDuration.
  # The YAML parser is instrumented too, so the fuzzer is steered through YAML's syntax, not only ours.
  set +e
  JAZZER_FUZZ=1 ./mvnw "${mvn_flags[@]}" surefire:test -Dtest="$class#$method" -Dsurefire.failIfNoSpecifiedTests=false \
    -Djazzer.hooks=true \
    -Djazzer.instrumentation_includes='io.github.shouldirust.**:picocli.**:org.yaml.snakeyaml.**:com.fasterxml.jackson.dataformat.yaml.**' \
    -Djazzer.internal.arg.0=fuzz -Djazzer.internal.arg.1="-max_total_time=$seconds" \
    -Djazzer.internal.arg.2=-timeout=30 -Djazzer.internal.arg.3="$corpus" >"$log" 2>&1
  code=$?
  set -e
  elapsed=$(( $(date +%s) - start ))
  # libFuzzer's last status line: "#N  ...  exec/s: E ...", or "Done N runs in S second(s)".
  runs=$(grep -aoE '^Done [0-9]+ runs' "$log" | tail -n 1 | grep -aoE '[0-9]+' || true)
  [[ -n $runs ]] || runs=$(grep -aoE '^#[0-9]+' "$log" | tail -n 1 | tr -d '#' || true)
  rate=$(grep -aoE 'exec/s: [0-9]+' "$log" | tail -n 1 | grep -aoE '[0-9]+' || true)
  findings=$(grep -aoE "(crash|timeout|oom|leak)-[0-9a-f]{40}" "$log" | sort -u | tr '\n' ' ' || true)
  if [[ $code -ne 0 ]]; then
    failed=1
    [[ -n $findings ]] || findings="failed (exit $code), see $log"
  fi
  printf '%-40s %8s %12s %10s  %s\n' "$test" "$elapsed" "${runs:-?}" "${rate:-?}" "${findings:-none}"
done
exit $failed
