#!/usr/bin/env bash
# The quiz played through nextQuestion against seeded random complete profiles (default 10,000): questions
# asked before the verdict is settled, agreement with the full answers' verdict, and the time to choose
# the next question warm (in that run) and fresh (the first choice in each of 10 new JVMs).
#
#   bench/quiz-settle.sh            # 10,000 profiles
#   bench/quiz-settle.sh 2000       # fewer
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -DskipTests test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"
classpath="target/test-classes:target/classes:$(cat target/bench.classpath)"
main=io.github.shouldirust.bench.QuizSettleBenchmark

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "java: $("$java_bin" -version 2>&1 | head -n 1)"
"$java_bin" -cp "$classpath" "$main" "${1:-10000}"
fresh=()
for _ in $(seq 10); do
    fresh+=("$("$java_bin" -XX:TieredStopAtLevel=1 -Xshare:auto -cp "$classpath" "$main" --fresh | cut -d' ' -f1)")
done
printf '%s\n' "${fresh[@]}" | sort -n | awk '{ v[NR] = $1 } END {
    printf "next question, fresh JVM (first choice, after building=network-service): median %.1f ms, min %.1f, max %.1f (10 JVMs)\n",
        (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2), v[1], v[NR] }'
