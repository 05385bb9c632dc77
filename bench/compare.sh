#!/usr/bin/env bash
# compare of a team's answers files, whole process, against a JVM hello world in the same hyperfine run:
# 50 answers files (seeded random answers to the bundled questions, some left open), as issue 16 asks.
#
#   bench/compare.sh              # 50 files, 20 runs
#   FILES=200 RUNS=40 bench/compare.sh
#
# Needs hyperfine (Debian: apt-get install hyperfine) and python3 (to write the answers files).
set -euo pipefail
# A missing class-data archive is recorded before the run that needs it, never behind a timed one.
export SHOULD_I_RUST_ARCHIVE=wait
cd "$(dirname "$0")/.."
command -v hyperfine >/dev/null || { echo "bench: needs hyperfine (apt-get install hyperfine)" >&2; exit 1; }
files="${FILES:-50}"
runs="${RUNS:-20}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

bin/should-i-rust questions --format json >"$work/questions.json"
python3 - "$work" "$files" <<'PY'
import json, random, sys
work, count = sys.argv[1], int(sys.argv[2])
questions = json.load(open(f"{work}/questions.json"))["questions"]
random.seed(16)
for i in range(count):
    with open(f"{work}/person-{i:03}.yaml", "w") as out:
        out.write(f"name: Person {i}\n")
        for q in questions:
            if random.random() < 0.2:
                continue  # left open
            values = [o["value"] for o in q["options"] if not o["exclusive"]]
            if q["type"] == "multi":
                chosen = [v for v in values if random.random() < 0.4] or [random.choice(values)]
                out.write(f"{q['id']}: [{', '.join(json.dumps(v) for v in chosen)}]\n")
            else:
                out.write(f"{q['id']}: {json.dumps(random.choice(values))}\n")
PY
printf 'public class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n' >"$work/Hello.java"
javac --release 17 -d "$work" "$work/Hello.java"

echo "machine: $(nproc) cores, $(uname -sm); load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "java: $(java -version 2>&1 | head -n 1)"
bin/should-i-rust compare "$work"/person-*.yaml >/dev/null  # the launcher's first run builds; not timed
hyperfine -N --warmup 3 --runs "$runs" --export-csv "$work/times.csv" \
    -n hello-world "java -cp $work Hello" \
    -n "compare-$files" "bin/should-i-rust compare $(echo "$work"/person-*.yaml)" >/dev/null
awk -F, 'NR == 1 { next } { name[NR] = $1; median[NR] = $4 * 1000; sd[NR] = $3 * 1000;
        if ($1 == "hello-world") hello = $4 * 1000 }
    END { for (i = 2; i <= NR; i++)
              printf "  %-12s median %6.1f ms  (sd %5.1f)  %5.2fx hello world\n", name[i], median[i], sd[i], median[i] / hello }' \
    "$work/times.csv"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
