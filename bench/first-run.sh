#!/usr/bin/env bash
# A new user's first run, and the run after a one-file change, for each commit given: a fresh clone of
# this repository at that commit, then bin/should-i-rust timed to its verdict (the launcher builds the
# jar), then again after appending a comment to one source file. The commits are alternated round by
# round, so a machine that slows down over the run weighs on each alike. Maven's repository is
# whatever it is (warm, for issue 17's goal); the archive is recorded behind the run, as a user's is,
# into an empty cache of the script's own.
#
#   bench/first-run.sh HEAD                  # this commit, 3 rounds
#   ROUNDS=5 bench/first-run.sh 9460e0e HEAD # two commits alternated
#
# Prints one line per run: commit, kind (first or change), seconds.
set -euo pipefail
cd "$(dirname "$0")/.."
[[ -n "${EPOCHREALTIME:-}" ]] || { echo "bench: needs bash 5 (EPOCHREALTIME)" >&2; exit 1; }
(( $# > 0 )) || set -- HEAD
rounds="${ROUNDS:-3}"
repo="$PWD"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# Archives for clones that are about to go: in a cache of their own, which goes with them.
export XDG_CACHE_HOME="$work/cache"
# Seconds the command took, from bash's own clock; a failing command fails the script, with its stderr.
timed() {
    local start="$EPOCHREALTIME"
    "$@" >/dev/null 2>"$work/err" || { cat "$work/err" >&2; return 1; }
    local end="$EPOCHREALTIME"
    local micros=$(( ${end//[!0-9]/} - ${start//[!0-9]/} ))   # any locale's decimal mark
    printf '%d.%02d' $(( micros / 1000000 )) $(( micros % 1000000 / 10000 ))
}
# Until the archive recorder behind the last run has finished (its lock file gone), a minute at most:
# one still training would take a core from the next timed build.
recorders_done() {
    local waited=0
    while compgen -G "$XDG_CACHE_HOME/should-i-rust/.*.recording" >/dev/null && (( waited < 600 )); do
        sleep 0.1
        waited=$(( waited + 1 ))
    done
}
echo "machine: $(nproc) cores, $(uname -sm); load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for round in $(seq 1 "$rounds"); do
    for commit in "$@"; do
        clone="$work/clone-$round-${commit//[^A-Za-z0-9]/_}"
        git clone -q "$repo" "$clone"
        git -C "$clone" checkout -q "$(git rev-parse --verify "$commit^{commit}")"
        recorders_done
        seconds="$(timed "$clone/bin/should-i-rust" --no-input --answer building=cli-tool)"
        echo "$commit first $seconds s"
        sleep 1   # the recorder behind the run takes its lock
        recorders_done
        echo "// touched" >>"$clone/src/main/java/io/github/shouldirust/render/Wrap.java"
        seconds="$(timed "$clone/bin/should-i-rust" --no-input --answer building=cli-tool)"
        echo "$commit change $seconds s"
        sleep 1
        recorders_done
        rm -rf "$clone"
    done
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
