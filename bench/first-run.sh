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
(( $# > 0 )) || set -- HEAD
rounds="${ROUNDS:-3}"
repo="$PWD"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# Archives for clones that are about to go: in a cache of their own, which goes with them.
export XDG_CACHE_HOME="$work/cache"
timed() {
    local start end
    start="$(date +%s%N)"
    "$@" >/dev/null 2>"$work/err" || { cat "$work/err" >&2; return 1; }
    end="$(date +%s%N)"
    echo "scale=2; ($end - $start) / 1000000000" | bc
}
echo "machine: $(nproc) cores, $(uname -sm); load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for round in $(seq 1 "$rounds"); do
    for commit in "$@"; do
        clone="$work/clone-$round-${commit//[^A-Za-z0-9]/_}"
        git clone -q "$repo" "$clone"
        git -C "$clone" checkout -q "$(git rev-parse "$commit")"
        sleep 3   # the previous recorder, if any, has finished
        echo "$commit first $(timed "$clone/bin/should-i-rust" --no-input --answer building=cli-tool) s"
        sleep 5
        echo "// touched" >>"$clone/src/main/java/io/github/shouldirust/render/Wrap.java"
        echo "$commit change $(timed "$clone/bin/should-i-rust" --no-input --answer building=cli-tool) s"
        sleep 5
        rm -rf "$clone"
    done
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
