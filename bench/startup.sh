#!/usr/bin/env bash
# Whole-process start-up on each JDK: a JVM hello world, a plain `java -jar` of the fat jar, the
# launcher from the checkout (bin/should-i-rust, with its class-data archive) and, once built
# (./mvnw -Prelease package), the installed release archive, timed by hyperfine in one run per JDK so
# the ratio to hello world is fair; then the runtime image against a hello world on its own runtime.
# Also the launcher's peak memory and, where python3 is, the time until the quiz's first question is on
# screen.
#
#   bench/startup.sh                      # $JAVA_HOME (or java on PATH), plus Temurin 25 where installed
#   bench/startup.sh /path/to/jdk ...     # these JDKs
#   RUNS=40 bench/startup.sh              # more runs (default 20)
#
# Needs hyperfine (Debian: apt-get install hyperfine); GNU time (/usr/bin/time) for memory.
set -euo pipefail
# A missing class-data archive is recorded before the run that needs it, never behind a timed one.
export SHOULD_I_RUST_ARCHIVE=wait
cd "$(dirname "$0")/.."
command -v hyperfine >/dev/null || { echo "bench: needs hyperfine (apt-get install hyperfine)" >&2; exit 1; }

jdks=("$@")
if (( ${#jdks[@]} == 0 )); then
    default="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}"
    jdks=("$default")
    other=/usr/lib/jvm/temurin-25-jdk-amd64
    [[ -x "$other/bin/java" && "$(readlink -f "$other")" != "$(readlink -f "$default")" ]] && jdks+=("$other")
fi

runs="${RUNS:-20}"
args=(-a building=network-service -a latency=critical --format json)
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
printf 'public class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n' >"$work/Hello.java"
javac --release 17 -d "$work" "$work/Hello.java" 2>/dev/null \
    || "${jdks[0]}/bin/javac" --release 17 -d "$work" "$work/Hello.java"

# The release archives, unpacked as a user would, if they were built.
# The project's own version: the first <version> in the pom, the one right after its artifactId.
version="$(sed -n 's|^  <version>\([^<]*\)</version>$|\1|p' pom.xml | head -n 1)"
[[ -n "$version" ]] || echo "bench: no <version> found in pom.xml; the release archives are not timed" >&2
installed="" image=""
if [[ -n "$version" && -f "target/dist/should-i-rust-$version.tgz" ]]; then
    tar xzf "target/dist/should-i-rust-$version.tgz" -C "$work"
    installed="$work/should-i-rust-$version/bin/should-i-rust"
    for tgz in target/dist/should-i-rust-"$version"-*.tgz; do
        tar xzf "$tgz" -C "$work"
        image="$work/$(basename "$tgz" .tgz)"
    done
fi

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -sm)"
echo "command: bin/should-i-rust ${args[*]}"
# Each median as a multiple of the hello world's; hyperfine's CSV is command,mean,stddev,median,user,
# system,min,max (seconds).
report() {
    awk -F, 'NR == 1 { next }
        { name[NR] = $1; median[NR] = $4 * 1000; min[NR] = $7 * 1000; if ($1 == "hello-world") hello = $4 * 1000 }
        END { for (i = 2; i <= NR; i++)
                  printf "  %-12s median %6.1f ms  (min %6.1f)  %5.2fx hello world\n", name[i], median[i], min[i], median[i] / hello }' "$1"
}

for jdk in "${jdks[@]}"; do
    java="$jdk/bin/java"
    version_line="$("$java" -version 2>&1 | head -n 1)"
    # The first launcher run builds the jar if needed and records this JDK's archive; not timed.
    JAVA_HOME="$jdk" bin/should-i-rust --version >/dev/null
    timed=(-n java-jar "$java -jar target/should-i-rust.jar ${args[*]}" -n launcher "bin/should-i-rust ${args[*]}")
    if [[ -n "$installed" ]]; then
        # Its first run records its own archive, as the checkout's did.
        JAVA_HOME="$jdk" XDG_CACHE_HOME="$work/cache" "$installed" --version >/dev/null
        timed+=(-n installed "$installed ${args[*]}")
    fi
    csv="$work/$(basename "$jdk").csv"
    JAVA_HOME="$jdk" XDG_CACHE_HOME="$work/cache" hyperfine -N --style none --warmup 3 --runs "$runs" \
        --export-csv "$csv" -n hello-world "$java -cp $work Hello" "${timed[@]}" >/dev/null
    echo
    echo "$version_line"
    report "$csv"
    if [[ -x /usr/bin/time ]]; then
        rss="$(JAVA_HOME="$jdk" /usr/bin/time -f %M bin/should-i-rust "${args[@]}" 2>&1 >/dev/null | tail -n 1)"
        echo "  launcher peak memory: $((rss / 1024)) MiB resident"
    fi
    if command -v python3 >/dev/null; then
        JAVA_HOME="$jdk" python3 bench/quiz-latency.py --runs 10 -- bin/should-i-rust | sed 's/^/  /'
    fi
done

# The runtime image brings its own Java: timed against a hello world on that runtime.
if [[ -n "$image" ]]; then
    csv="$work/image.csv"
    hyperfine -N --style none --warmup 3 --runs "$runs" --export-csv "$csv" \
        -n hello-world "$image/runtime/bin/java -cp $work Hello" \
        -n image "$image/bin/should-i-rust ${args[*]}" >/dev/null
    echo
    echo "runtime image ($(du -sh "$image" | cut -f1) unpacked; $("$image/runtime/bin/java" -version 2>&1 | head -n 1))"
    report "$csv"
else
    echo
    echo "(no release archives: ./mvnw -Prelease package to time the installed archive and the runtime image)"
fi
