#!/usr/bin/env bash
# Times Kanalregister beside Hugo (and optionally Eleventy and Jekyll) on a generated register
# of N channels, with the shared peer harness. Usage:
#   bench/run.sh N [PEERS]        e.g. bench/run.sh 10000 hugo
# Needs the planning material's shared/bench/ beside this repository (../shared/bench, or set
# BENCH_HARNESS), and `mvn -q -DskipTests package` first. Outputs go to /dev/shm (tmpfs) so the
# comparison is about the generators' work, not the disk.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
n=${1:?usage: bench/run.sh N [hugo,eleventy,jekyll]}
peers=${2:-hugo}
harness=${BENCH_HARNESS:-$here/../shared/bench}
[ -x "$harness/peers.sh" ] || [ -f "$harness/peers.sh" ] || { echo "bench: no peers.sh in $harness (set BENCH_HARNESS)" >&2; exit 2; }
[ -f "$here/target/kanalregister.jar" ] || { echo "bench: build first: mvn -q -DskipTests package" >&2; exit 2; }
cd "$here"
exec bash "$harness/peers.sh" "$n" --out-base /dev/shm -p "$peers" -r 5 --name kanalregister -- \
  "$here/bin/kanalregister" build --content {content} --out {out} --quiet --today 2026-09-01
