#!/usr/bin/env bash
# Whole-process start-up: a JVM hello world, plain `java -jar`, and the launcher, timed by hyperfine in
# one run so the ratio to hello world is fair. Needs hyperfine (Debian: apt-get install hyperfine).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v hyperfine >/dev/null || { echo "bench: needs hyperfine (apt-get install hyperfine)" >&2; exit 1; }
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
printf 'public class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n' >"$work/Hello.java"
"${JAVA_HOME:+$JAVA_HOME/bin/}javac" -d "$work" "$work/Hello.java"
bin/should-i-rust --version >/dev/null    # builds the jar if needed
args="-a building=network-service -a latency=critical --format json"
hyperfine -N --warmup 3 --runs "${RUNS:-20}" \
    -n hello-world "$java_bin -cp $work Hello" \
    -n java-jar "$java_bin -jar target/should-i-rust.jar $args" \
    -n launcher "bin/should-i-rust $args"
