#!/usr/bin/env bash
# Every command's whole-process time through the launcher (bin/should-i-rust, with its class-data
# archive), each paired with a JVM hello world in the same hyperfine run, on each JDK: the table issue 17
# asks for. Medians, with the ratio to hello world; the machine's load before and after.
#
#   bench/startup-commands.sh                    # java on PATH, plus Temurin 25 where installed
#   bench/startup-commands.sh /path/to/jdk ...   # these JDKs
#   RUNS=40 bench/startup-commands.sh            # more runs (default 15)
#
# Needs hyperfine (Debian: apt-get install hyperfine). The quiz's first question: bench/startup.sh.
set -euo pipefail
# A missing class-data archive is recorded before the run that needs it, never behind a timed one.
export SHOULD_I_RUST_ARCHIVE=wait
cd "$(dirname "$0")/.."
command -v hyperfine >/dev/null || { echo "bench: needs hyperfine (apt-get install hyperfine)" >&2; exit 1; }
jdks=("$@")
if (( ${#jdks[@]} == 0 )); then
    jdks=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
    other=/usr/lib/jvm/temurin-25-jdk-amd64
    [[ -x "$other/bin/java" && "$(readlink -f "$other")" != "$(readlink -f "${jdks[0]}")" ]] && jdks+=("$other")
fi
runs="${RUNS:-15}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
printf 'public class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n' >"$work/Hello.java"
javac --release 17 -d "$work" "$work/Hello.java" 2>/dev/null || "${jdks[0]}/bin/javac" --release 17 -d "$work" "$work/Hello.java"

team=src/test/resources/compare
commands=(
    "text|bin/should-i-rust --no-input -a building=network-service -a latency=critical -a lifespan=years"
    "json|bin/should-i-rust --no-input --format json -a building=network-service -a latency=critical"
    "markdown|bin/should-i-rust --no-input --format markdown -a building=network-service -a latency=critical"
    "explain|bin/should-i-rust --no-input --format json --explain -a building=network-service"
    "version|bin/should-i-rust --version"
    "help|bin/should-i-rust --help"
    "questions|bin/should-i-rust questions"
    "schema|bin/should-i-rust schema output"
    "rules check|bin/should-i-rust rules check"
    "rules test|bin/should-i-rust rules test"
    "with a layer|bin/should-i-rust --no-input --rules rules/examples/acme-policy.yaml -a building=backend-app"
    "compare (3)|bin/should-i-rust compare $team/ana.yaml $team/bo.yaml $team/cy.yaml"
    "rules diff|bin/should-i-rust rules diff rules/rust.yaml rules/examples/acme-policy.yaml"
)
echo "machine: $(nproc) cores, $(uname -sm); load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for jdk in "${jdks[@]}"; do
    export JAVA_HOME="$jdk"
    bin/should-i-rust --version >/dev/null    # builds if needed and records this JDK's archive; not timed
    args=(-n hello-world "$jdk/bin/java -cp $work Hello")
    for entry in "${commands[@]}"; do
        args+=(-n "${entry%%|*}" "${entry#*|}")
    done
    csv="$work/times.csv"
    hyperfine -N -i --style none --warmup 2 --runs "$runs" --export-csv "$csv" "${args[@]}" >/dev/null 2>&1
    echo
    "$jdk/bin/java" -version 2>&1 | head -n 1
    awk -F, 'NR == 1 { next } { name[NR] = $1; median[NR] = $4 * 1000; sd[NR] = $3 * 1000;
            if ($1 == "hello-world") hello = $4 * 1000 }
        END { for (i = 2; i <= NR; i++)
                  printf "  %-14s %7.1f ms  (sd %5.1f)  %5.2fx hello world\n", name[i], median[i], sd[i], median[i] / hello }' \
        "$csv"
done
echo
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
