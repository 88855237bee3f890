#!/usr/bin/env bash
# The GNU parallel recipe of docs/cli.md ("Scaling out"), run on this machine:
# a generated feed is split into blocks of whole lines, each block is cleaned
# by its own `copydesk clean --jsonl` (the mapper), and the reassembled output
# must equal one process over the whole feed. Across machines, add
# `-S host1,host2` (copydesk installed on each); nothing else changes.
#
#   bash examples/parallel.sh            (MB=8 JOBS=2 by default)
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v parallel >/dev/null; then
  sudo=$([ "$(id -u)" = 0 ] || echo sudo)
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq parallel >/dev/null
fi
[ -f dist/cli.js ] || npm run build
copydesk="node $PWD/dist/cli.js"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# A feed with a bad record every 500 lines: they must pass through too.
node bench/stream-records.mjs --mb "${MB:-8}" --bad-every 500 > "$work/feed.jsonl"
echo "feed: $(wc -l < "$work/feed.jsonl") records, $(($(wc -c < "$work/feed.jsonl") / 1000000)) MB"

# Exit code 1 means "some records failed" (they are in the output with an
# error field); anything else is a real failure.
status=0
$copydesk clean --jsonl --quiet --workers 1 "$work/feed.jsonl" > "$work/single.jsonl" 2> "$work/single.err" || status=$?
[ "$status" -le 1 ] || { cat "$work/single.err"; exit 1; }

# The map: --pipe cuts stdin into ~1 MB blocks at line ends, --keep-order
# writes the outputs back in input order.
parallel --pipe --block 1M --keep-order --jobs "${JOBS:-2}" --joblog "$work/jobs.log" \
  $copydesk clean --jsonl --quiet --workers 1 < "$work/feed.jsonl" > "$work/parallel.jsonl" 2> "$work/parallel.err" || true
jobs=$(tail -n +2 "$work/jobs.log" | wc -l)
if awk 'NR > 1 && $7 > 1 {bad = 1} END {exit !bad}' "$work/jobs.log"; then
  echo "a copydesk job failed:"; cat "$work/jobs.log" "$work/parallel.err"; exit 1
fi
cmp "$work/single.jsonl" "$work/parallel.jsonl"
echo "map: $jobs parallel jobs, output identical to one process ($(grep -c '"error":' "$work/parallel.jsonl") bad records passed through)"

# The reduce: spelling statistics per block, merged. Needs `copydesk spellings`.
if $copydesk spellings --help > /dev/null 2>&1; then
  $copydesk spellings --jsonl "$work/single.jsonl" > "$work/spellings-single.jsonl" 2> /dev/null || true
  parallel --pipe --block 1M --jobs "${JOBS:-2}" "$copydesk spellings --jsonl --stats-out - 2> /dev/null; [ \$? -le 1 ]" \
    < "$work/single.jsonl" > "$work/shards.jsonl"
  $copydesk spellings --merge "$work/shards.jsonl" > "$work/spellings-merged.jsonl"
  cmp "$work/spellings-single.jsonl" "$work/spellings-merged.jsonl"
  echo "reduce: $(wc -l < "$work/shards.jsonl") shards merged, $(wc -l < "$work/spellings-merged.jsonl") proposals identical to one run"
else
  echo "reduce: copydesk spellings is not in this build; skipped"
fi
