#!/usr/bin/env bash
# How `rules check` of a layer over the bundled rules grows: 10, 50, 200 and 1,000 extra rules in five
# shapes (bench/check-scaling-gen.py says which), and layers adding 5 and 20 questions. Wall time and peak
# resident memory (GNU time) of `java -jar target/should-i-rust.jar rules check LAYER`, JVM start included,
# best of RUNS (default 3) after a warm-up, its CPU time (user + system: less disturbed by other work than
# the wall time), and how many checks the output says were not run. The 1-minute load is printed on each
# row: on a busy machine the wall times are not comparable.
#
#   bench/check-scaling.sh [JAR]      (default: target/should-i-rust.jar, built if missing)
#   RUNS=5 SIZES="200" SHAPES="random caps" bench/check-scaling.sh
#
# Needs python3 with PyYAML and GNU time (/usr/bin/time).
set -euo pipefail
cd "$(dirname "$0")/.."
jar="${1:-target/should-i-rust.jar}"
runs="${RUNS:-3}"
sizes="${SIZES:-10 50 200 1000}"
shapes="${SHAPES:-random same4 multi anynot caps}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 bench/check-scaling-gen.py "$work"
[[ -f "$jar" ]] || ./mvnw -q -B -o -DskipTests package
echo "machine: $(nproc) cores; $(java -version 2>&1 | head -n 1)"
printf '%-16s %8s %8s %8s  %-8s %s\n' layer seconds cpu-s MiB skipped load

measure() {    # layer file
    local file="$1" best="" cpu="" kib="" skipped
    java -jar "$jar" rules check --format json "$file" >"$work/out" 2>&1 || true
    skipped="$(grep -o '[0-9]* checks\? w[a-z]* not run' "$work/out" | cut -d' ' -f1 || true)"
    for _ in $(seq "$runs"); do
        /usr/bin/time -f "%e %M %U %S" -o "$work/time" java -jar "$jar" rules check "$file" >/dev/null 2>&1 || true
        read -r seconds peak user system < <(tail -n 1 "$work/time")
        if [[ -z "$best" ]] || awk "BEGIN{exit !($seconds < $best)}"; then
            best="$seconds"
            kib="$peak"
            cpu="$(awk "BEGIN{print $user + $system}")"
        fi
    done
    printf '%-16s %8.2f %8.2f %8d  %-8s %s\n' "$(basename "$file" .yaml)" "$best" "$cpu" "$((kib / 1024))" "${skipped:-0}" \
        "$(cut -d' ' -f1 /proc/loadavg)"
}

measure rules/rust.yaml
for n in $sizes; do
    for shape in $shapes; do
        measure "$work/$shape-$n.yaml"
    done
done
for k in 5 20; do
    measure "$work/questions-$k.yaml"
done
