#!/usr/bin/env bash
# The edit-one-channel case, in the workspace peers.sh left (run bench/run.sh first, or peers.sh
# with our command named "kanalregister"): R rounds in rotation of
#   - Hugo's full build (its output removed first, as peers.sh does), and
#   - one channel file edited, then our build with the output of the round before left in place.
# Prints the medians, the ratio, and each generator's full output: HTML pages and MB, so that the
# cost per page and per MB can be compared. Usage: bench/edit-one.sh N [R]   (BENCH_WORK as peers.sh; G chapters, default 20)
set -euo pipefail
n=${1:?usage: bench/edit-one.sh N [R]}
runs=${2:-5}
case_dir=${BENCH_WORK:-/tmp/register-bench}/n$n-g${G:-20}
ours=$case_dir/run-kanalregister.sh
hugo=$case_dir/run-hugo.sh
for f in "$ours" "$hugo" "$case_dir/prep-hugo.sh"; do
  [ -x "$f" ] || { echo "edit-one: no $f; run bench/run.sh $n first" >&2; exit 2; }
done
content=$case_dir/project/content
out_of() { sed -n 's/.*BENCH_OUT=\([^ ]*\).*/\1/p' "$1"; }
for channel in "$content"/channels/*.yaml; do break; done  # the first (a glob: `ls | head` would die of SIGPIPE)
original=$case_dir/edited-channel.orig
cp "$channel" "$original"
trap 'cp "$original" "$channel"; "$ours" > /dev/null 2>&1 || true' EXIT

"$ours" > /dev/null 2>&1  # our output and its state, current before the first timed edit
timed() { # file-of-times command...
  local t0 t1
  t0=$EPOCHREALTIME
  /usr/bin/time -f %M -a -o "$1.rss" "${@:2}" > /dev/null 2>&1
  t1=$EPOCHREALTIME
  awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f\n", b - a }' >> "$1"
}
log=$case_dir/edit-one
rm -f "$log".*
for ((i = 1; i <= runs; i++)); do
  "$case_dir/prep-hugo.sh"
  timed "$log.hugo" "$hugo"
  sed "s/^purpose: \(.*\)$/purpose: \1 (ändring $i)/" "$original" > "$channel"
  sync
  timed "$log.ours" "$ours"
done
median() { sort -g "$1" | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
h=$(median "$log.hugo"); o=$(median "$log.ours")
hr=$(median "$log.hugo.rss"); orss=$(median "$log.ours.rss")
echo
echo "edit one channel, then build ($n channels, $runs rounds in rotation, medians):"
awk -v h="$h" -v o="$o" -v hr="$hr" -v orss="$orss" 'BEGIN {
  printf "| hugo, full build | %.3f s | %d MB |\n| kanalregister, one channel edited | %.3f s | %d MB |\n| ratio | %.2f x | |\n",
    h, hr / 1024, o, orss / 1024, o / h }'
for label in hugo kanalregister; do
  dir=$(out_of "$case_dir/run-$label.sh")
  pages=$(find "$dir" -name '*.html' | wc -l)
  files=$(find "$dir" -type f | wc -l)
  mb=$(du -sm "$dir" | cut -f1)
  echo "$label output: $pages HTML pages, $files files, $mb MB"
done
