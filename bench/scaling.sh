#!/usr/bin/env bash
# How the cost grows with the input: `rules check` and a scripted evaluation on rules files 1x, 2x, 5x and
# 10x the bundled rules (renamed copies of every question and rule), 1,000 to 4,000 more rules, one to eight
# chained layers, and one multi-choice question of 16 to 256 options. Wall time and peak
# resident memory (GNU time), one run each after a warm-up, on each JDK given (default: java on PATH and
# Temurin 25 where installed).
#
#   bench/scaling.sh [JDK_HOME ...]
#
# Needs python3 with PyYAML (bench/scaling-gen.py makes the files) and GNU time (/usr/bin/time).
set -euo pipefail
cd "$(dirname "$0")/.."
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 bench/scaling-gen.py "$work"
./mvnw -q -B -DskipTests package
jdks=("$@")
if (( ${#jdks[@]} == 0 )); then
    jdks=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
    [[ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]] && jdks+=(/usr/lib/jvm/temurin-25-jdk-amd64)
fi
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"

measure() {    # label, then the program's arguments
    local label="$1"
    shift
    "$java" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp target/should-i-rust.jar \
        io.github.shouldirust.cli.ShouldIRust "$@" >/dev/null 2>&1 || true
    /usr/bin/time -f "%e %M" -o "$work/time" "$java" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC \
        -cp target/should-i-rust.jar io.github.shouldirust.cli.ShouldIRust "$@" >/dev/null 2>&1 || true
    read -r seconds kib < <(tail -n 1 "$work/time")
    printf '  %-34s %6.2f s  %5d MiB\n' "$label" "$seconds" "$((kib / 1024))"
}

for jdk in "${jdks[@]}"; do
    java="$jdk/bin/java"
    echo
    "$java" -version 2>&1 | head -n 1
    for n in 1 2 5 10; do
        file="$work/copies-$n.yaml"
        measure "rules check, ${n}x ($(( $(wc -c <"$file") / 1024 )) KB)" rules check "$file"
    done
    for n in 1000 2000 4000; do
        measure "rules check, $n more rules" rules check "$work/many-$n.yaml"
    done
    for n in 1 2 5 10; do
        measure "evaluate, ${n}x, 1 answer" --no-input --rules "$work/copies-$n.yaml" -a building=network-service \
            --format json
    done
    for k in 1 2 4 8; do
        layers=()
        for i in $(seq "$k"); do layers+=(--rules "$work/layer-$i.yaml"); done
        measure "evaluate, $k layers" --no-input "${layers[@]}" -a building=network-service --format json
    done
    for width in 16 32 64 256; do
        measure "rules check, one ${width}-option question" rules check "$work/wide-$width.yaml"
    done
done
