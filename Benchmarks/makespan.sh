#!/usr/bin/env bash
# Makespan of `clreport run --shard I/N` on this one machine (issue 16): for each N, a cold cache,
# N shard processes started at once (as a one-node Slurm array would), wall time until the last
# one ends, next to the model's prediction (`clreport plan`: the largest LPT shard, and on this
# machine's C cores at least total/C). Prints a Markdown table row per N.
# Usage: Benchmarks/makespan.sh PROFILE "1 2 4" [clreport]
set -euo pipefail
PROFILE=${1:-quick}; SHARDS=${2:-"1 2 4"}
BIN=$(realpath "${3:-.build/release/clreport}")
CORES=$(nproc)
WORK=$(mktemp -d /tmp/clreport-makespan.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
echo "| profile | shards | model: largest shard | model on $CORES cores | measured wall | measured CPU (user+sys) | load avg at start |"
echo "|---|---|---|---|---|---|---|"
for n in $SHARDS; do
  cache=$WORK/cache-$n
  read -r model total < <("$BIN" plan --profile "$PROFILE" --cache "$cache" --workers "$n" --json |
    python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["estimates"][0]["wallSeconds"], d["totalSeconds"])')
  load=$(cut -d' ' -f1 /proc/loadavg)
  start=$(date +%s.%N)
  pids=()
  for i in $(seq 1 "$n"); do
    /usr/bin/time -f "%U %S" -o "$WORK/time-$n-$i" "$BIN" run --shard "$i/$n" --jobs 1 --profile "$PROFILE" --cache "$cache" --quiet &
    pids+=($!)
  done
  for p in "${pids[@]}"; do wait "$p"; done
  end=$(date +%s.%N)
  cpu=$(cat "$WORK"/time-"$n"-* | awk '{s += $1 + $2} END {print s}')
  python3 -c "
m, t, n, c = $model, $total, $n, $CORES
print('| $PROFILE | %d | %.1f s | %.1f s | %.1f s | %.1f s | $load |' % (n, m, max(m, t / min(n, c)), $end - $start, $cpu))"
done
