#!/usr/bin/env bash
# Times Kanalregister beside Hugo (and optionally Eleventy and Jekyll) on a generated register
# of N channels, with the shared peer harness: a full build, a no-change rebuild, and a build
# after one channel file was edited (bench/edit-one.sh). Usage:
#   bench/run.sh N [PEERS] [RUNS]        e.g. bench/run.sh 10000 hugo 5
# Needs the planning material's shared/bench/ beside this repository (../shared/bench, or set
# BENCH_HARNESS), and `mvn -q -DskipTests package` first. Outputs go to /dev/shm (tmpfs) so the
# comparison is about the generators' work, not the disk. Commands run in rotation (A B A B …),
# so that a busy moment of a shared machine falls on all of them alike.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
n=${1:?usage: bench/run.sh N [hugo,eleventy,jekyll] [RUNS]}
peers=${2:-hugo}
runs=${3:-5}
harness=${BENCH_HARNESS:-$here/../shared/bench}
[ -x "$harness/peers.sh" ] || [ -f "$harness/peers.sh" ] || { echo "bench: no peers.sh in $harness (set BENCH_HARNESS)" >&2; exit 2; }
[ -f "$here/target/kanalregister.jar" ] || { echo "bench: build first: mvn -q -DskipTests package" >&2; exit 2; }
cd "$here"
bash "$harness/peers.sh" "$n" --out-base /dev/shm -p "$peers" -r "$runs" --rebuild --interleave --name kanalregister -- \
  "$here/bin/kanalregister" build --content {content} --out {out} --quiet --today 2026-09-01
bash "$here/bench/edit-one.sh" "$n" "$runs"
