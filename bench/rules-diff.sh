#!/usr/bin/env bash
# Whole-process time of `rules diff` on the bundled rules against the Acme layer (a sampled run of
# 100,000 profiles, start-up included), through `java -jar` and the launcher (with its class-data
# archive), against a JVM hello world timed in the same hyperfine run so the ratio is fair. The goal is
# under 1 s on a 2-core machine.
#
#   bench/rules-diff.sh                 # 20 runs each
#   RUNS=40 bench/rules-diff.sh         # more
#
# Needs hyperfine (Debian: apt-get install hyperfine).
set -euo pipefail
# A missing class-data archive is recorded before the run that needs it, never behind a timed one.
export SHOULD_I_RUST_ARCHIVE=wait
cd "$(dirname "$0")/.."
command -v hyperfine >/dev/null || { echo "bench: needs hyperfine (apt-get install hyperfine)" >&2; exit 1; }

runs="${RUNS:-20}"
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"
args=(rules diff rules/rust.yaml rules/examples/acme-policy.yaml)
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
printf 'public class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n' >"$work/Hello.java"
javac --release 17 -d "$work" "$work/Hello.java"

# The first launcher run builds the jar if the sources changed and records the archive; not timed.
bin/should-i-rust --version >/dev/null

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), load before $(cut -d' ' -f1-3 /proc/loadavg)"
echo "java: $("$java_bin" -version 2>&1 | head -n 1)"
echo "command: should-i-rust ${args[*]}"
csv="$work/diff.csv"
# -i: rules diff exits 1 when verdicts change, as they do here.
hyperfine -N -i --style none --warmup 3 --runs "$runs" --export-csv "$csv" \
    -n hello-world "$java_bin -cp $work Hello" \
    -n java-jar "$java_bin -jar target/should-i-rust.jar ${args[*]}" \
    -n launcher "bin/should-i-rust ${args[*]}" >/dev/null
# hyperfine's CSV: command,mean,stddev,median,user,system,min,max (seconds).
awk -F, 'NR == 1 { next }
    { name[NR] = $1; median[NR] = $4 * 1000; sd[NR] = $3 * 1000; min[NR] = $7 * 1000; max[NR] = $8 * 1000
      if ($1 == "hello-world") hello = $4 * 1000 }
    END { for (i = 2; i <= NR; i++)
              printf "  %-12s median %6.1f ms  (stddev %5.1f, min %6.1f, max %6.1f)  %5.2fx hello world\n",
                  name[i], median[i], sd[i], min[i], max[i], median[i] / hello }' "$csv"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
