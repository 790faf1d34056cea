#!/usr/bin/env bash
# A real one-node Slurm cluster on this machine (issue 16): munged + slurmctld + slurmd from Debian's
# slurm-wlm and munge, a generated slurm.conf (proctrack/linuxproc, task/none, cons_tres, no
# accounting), state, sockets and logs under a temporary folder, ports derived from this PID so
# two runs do not collide. It submits `clreport slurm --profile quick --shards 4 --submit` (the
# shard array, the robustness map's confirmation array and the offline render, chained afterok),
# waits with a bound, and checks the report is byte-identical to a single-machine
# `clreport report --profile quick`. The daemons are stopped by PID on every exit path.
# If they cannot start, the test fails and prints their logs; it never skips.
#
# Usage: scripts/cluster-test.sh [path/to/clreport]   (needs root for munged/slurmd; `make cluster-test`)
# Environment: SHARDS (4), PROFILE (quick), CLUSTER_TIMEOUT seconds for the jobs (1200), KEEP=1 keeps the folder.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BIN=$(realpath "${1:-$ROOT/.build/release/clreport}")
SHARDS=${SHARDS:-4}
PROFILE=${PROFILE:-quick}
TIMEOUT=${CLUSTER_TIMEOUT:-1200}
WORK=$(mktemp -d /tmp/clreport-cluster.XXXXXX)
HOST=$(hostname -s)
CPUS=$(nproc)
CTLD_PORT=$((20000 + $$ % 20000))
SLURMD_PORT=$((CTLD_PORT + 1))
PIDS=()

say() { echo "cluster-test: $*" >&2; }
logs() {
  for f in "$WORK"/munge/munged.log "$WORK"/slurmctld.log "$WORK"/slurmd.log "$WORK"/logs/*.out; do
    [ -f "$f" ] || continue
    echo "----- $f (last 40 lines)" >&2; tail -n 40 "$f" >&2
  done
}
fail() { say "FAIL: $*"; logs; exit 1; }
cleanup() {
  local rc=$?
  for ((i = ${#PIDS[@]} - 1; i >= 0; i--)); do kill "${PIDS[i]}" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
  done
  if [ "$rc" -eq 0 ] && [ "${KEEP:-0}" != 1 ]; then rm -rf "$WORK"; else say "kept $WORK"; fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

[ -x "$BIN" ] || fail "no clreport binary at $BIN (run \`swift build -c release\` or \`make build\`)"
for tool in munged mungekey slurmctld slurmd sbatch squeue scontrol sinfo; do
  command -v "$tool" >/dev/null || fail "$tool not found: install Debian's slurm-wlm and munge (\`make cluster-test\` does)"
done
[ "$(id -u)" -eq 0 ] || fail "munged and slurmd run as root here (SlurmUser=root); run as root"

# --- munge: own key, socket, pid and log under $WORK.
mkdir -p "$WORK"/munge "$WORK"/state "$WORK"/spool "$WORK"/logs
chmod 700 "$WORK"/munge
mungekey --create --keyfile="$WORK/munge/munge.key" >/dev/null 2>&1 || fail "mungekey could not create a key"
SOCKET=$WORK/munge/munge.socket.2
munged -F --force --socket="$SOCKET" --key-file="$WORK/munge/munge.key" --pid-file="$WORK/munge/munged.pid" \
  --log-file="$WORK/munge/munged.log" --seed-file="$WORK/munge/munged.seed" 2>>"$WORK/munge/munged.log" &
PIDS+=($!)
for _ in $(seq 1 50); do [ -S "$SOCKET" ] && break; kill -0 "${PIDS[0]}" 2>/dev/null || break; sleep 0.1; done
[ -S "$SOCKET" ] || fail "munged did not start"

# --- slurm.conf
export SLURM_CONF=$WORK/slurm.conf
cat >"$SLURM_CONF" <<CONF
ClusterName=clreporttest
SlurmctldHost=$HOST(127.0.0.1)
SlurmctldPort=$CTLD_PORT
SlurmdPort=$SLURMD_PORT
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$SOCKET
StateSaveLocation=$WORK/state
SlurmdSpoolDir=$WORK/spool
SlurmctldPidFile=$WORK/slurmctld.pid
SlurmdPidFile=$WORK/slurmd.pid
SlurmctldLogFile=$WORK/slurmctld.log
SlurmdLogFile=$WORK/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
SchedulerType=sched/backfill
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
MpiDefault=none
MailProg=/bin/true
ReturnToService=2
MinJobAge=600
SlurmctldTimeout=30
SlurmdTimeout=30
NodeName=$HOST NodeAddr=127.0.0.1 CPUs=$CPUS State=UNKNOWN
PartitionName=test Nodes=$HOST Default=YES MaxTime=INFINITE State=UP
CONF

slurmctld -D -c -f "$SLURM_CONF" >>"$WORK/slurmctld.log" 2>&1 &
PIDS+=($!)
slurmd -D -f "$SLURM_CONF" -N "$HOST" >>"$WORK/slurmd.log" 2>&1 &
PIDS+=($!)
state=""
for _ in $(seq 1 120); do
  for pid in "${PIDS[@]}"; do kill -0 "$pid" 2>/dev/null || fail "a daemon exited (PID $pid)"; done
  state=$(sinfo -h -n "$HOST" -o %T 2>/dev/null || true)
  [ "$state" = idle ] && break
  sleep 0.5
done
[ "$state" = idle ] || fail "node $HOST not idle after 60 s (state '${state:-none}')"
say "cluster up: $HOST, $CPUS CPUs, slurmctld port $CTLD_PORT"

cd "$ROOT"
# --- single-machine reference, robustness map included: on the cluster its search runs in the
# first array and its confirmation (chosen from the search's results) in a second, afterok array.
say "single-machine $PROFILE report"
"$BIN" report --profile "$PROFILE" --cache "$WORK/cache-single" --out "$WORK/single" --quiet

# --- the cluster: N shards into one shared cache, the confirmation array, then the offline render
"$BIN" plan --profile "$PROFILE" --cache "$WORK/cache-cluster" --workers "$SHARDS" | tail -n 3 >&2
ids=$("$BIN" slurm --profile "$PROFILE" --shards "$SHARDS" --cache "$WORK/cache-cluster" --out "$WORK/cluster" \
  --logs "$WORK/logs" --submit) || fail "clreport slurm --submit failed"
array=$(echo "$ids" | sed -n 's/^array job: //p'); confirm=$(echo "$ids" | sed -n 's/^confirmation job: //p')
render=$(echo "$ids" | sed -n 's/^render job: //p')
[ -n "$array" ] && [ -n "$confirm" ] && [ -n "$render" ] || fail "no job ids in: $ids"
say "submitted array job $array ($SHARDS shards), confirmation array $confirm, render job $render"
start=$(date +%s)
while [ -n "$(squeue -h -j "$array,$confirm,$render" -o %i 2>/dev/null)" ]; do
  [ $(($(date +%s) - start)) -lt "$TIMEOUT" ] || fail "jobs not finished after $TIMEOUT s: $(squeue -h -o '%i %T %R')"
  sleep 1
done
say "jobs done in $(($(date +%s) - start)) s"
for id in "$array" "$confirm" "$render"; do
  bad=$(scontrol show job "$id" 2>/dev/null | grep -o 'JobState=[A-Z_]*' | grep -v COMPLETED || true)
  [ -z "$bad" ] || fail "job $id: $bad"
done
[ -f "$WORK/cluster/index.html" ] || fail "the render job wrote no $WORK/cluster/index.html"
diff -r "$WORK/single" "$WORK/cluster" >&2 || fail "the cluster report differs from the single-machine report"
n=$(ls "$WORK"/cache-cluster/runs | wc -l)
say "PASS: $SHARDS-shard cluster report ($n cached runs) is byte-identical to the single-machine report"
