#!/usr/bin/env bash
# Reassignment plan quality and planning time: kzk's planner beside Kafka's own
# kafka-reassign-partitions --generate (ReassignPartitionsCommand from the 3.9 jars) on the same
# live cluster (6 brokers in 3 racks, one topic of 120 partitions RF 3), and kzk alone on a
# 100,000-partition assignment file (100 brokers in 10 racks; Kafka's --generate reads the
# current assignment from a live cluster only, which cannot hold that many partitions here).
#
#   bench/reassign.sh [RUNS]     (default 3 runs of Kafka's --generate per case: it is random)
#
# Every plan is scored by the same script: replica moves (replicas added), leader changes,
# replicas and leaders per broker (max - min), partitions with two replicas in one rack.
# Prints a table, also written to bench/results/reassign.md.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
command -v hyperfine >/dev/null || { apt-get update -qq && apt-get install -y -qq hyperfine >/dev/null; }

work=$(mktemp -d)
export KZK_SANDBOX_DIR=$work/sandbox XDG_CONFIG_HOME=$work/config XDG_CACHE_HOME=$work/cache KZK_CDS=off
trap './kzk sandbox down >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
./kzk sandbox up --brokers 6 --racks a,b,c >/dev/null
kzk=$(ls "$(pwd)"/dist/target/kzk-*/kzk-*/bin/kzk)
bootstrap=$("$kzk" sandbox status -o plain | awk -F'\t' '$1=="field" && $2=="Bootstrap servers"{print $3}')
kafka() { java -cp "$(pwd)/sandbox-runtime/target/lib/*" org.apache.kafka.tools.reassign.ReassignPartitionsCommand "$@"; }
racks="1:a,2:b,3:c,4:a,5:b,6:c"
mkdir -p bench/results

# Scores PROPOSED (Kafka's JSON; partitions not in it stay) against CURRENT with RACKS.
score() {
  python3 - "$1" "$2" "$3" "$4" <<'PY'
import json, sys
label, current_file, proposed_file, racks = sys.argv[1:5]
rack = dict((int(b), r) for b, r in (x.split(":") for x in racks.split(",")))
cur = {(p["topic"], p["partition"]): p["replicas"] for p in json.load(open(current_file))["partitions"]}
new = dict(cur)
for p in json.load(open(proposed_file))["partitions"]:
    new[(p["topic"], p["partition"])] = p["replicas"]
moves = sum(len(set(new[k]) - set(cur[k])) for k in cur)
leaders = sum(1 for k in cur if new[k][0] != cur[k][0])
per = {}; lead = {}
for r in new.values():
    for b in r: per[b] = per.get(b, 0) + 1
    lead[r[0]] = lead.get(r[0], 0) + 1
targets = sorted(per)
byrack = {}
for b in targets:
    byrack.setdefault(rack.get(b, "-"), []).append(per[b])
spread = max(max(v) - min(v) for v in byrack.values())
lspread = max(lead.get(b, 0) for b in targets) - min(lead.get(b, 0) for b in targets)
rackbad = sum(1 for r in new.values() if len({rack.get(b, b) for b in r}) < min(len(r), len(set(rack.values()))))
print(f"| {label} | {moves} | {leaders} | {spread} | {lspread} | {rackbad} |")
PY
}

header="| plan | replica moves | leader changes | replicas/broker max-min inside a rack | leaders/broker max-min | rack rule broken |
|---|---:|---:|---:|---:|---:|"
out=$work/table.md
echo "$header" > "$out"

# A balanced, rack-aware 120-partition RF-3 topic (what Kafka itself creates on this cluster).
"$kzk" topic create bench-r --partitions 120 --replication-factor 3 >/dev/null
echo '{"version":1,"topics":[{"topic":"bench-r"}]}' > "$work/topics.json"
"$kzk" reassign current --topics bench-r --out "$work/current.json" 2>/dev/null

case_run() { # label, kafka broker list, kzk target flags...
  local label=$1 list=$2; shift 2
  "$kzk" reassign plan --topics bench-r "$@" --out "$work/kzk.json" 2>/dev/null >/dev/null
  score "kzk: $label" "$work/current.json" "$work/kzk.json" "$racks" >> "$out"
  for i in $(seq 1 "$runs"); do
    kafka --bootstrap-server "$bootstrap" --topics-to-move-json-file "$work/topics.json" --broker-list "$list" --generate \
      | awk '/Proposed partition reassignment configuration/{getline; print}' > "$work/kafka.json"
    score "Kafka --generate: $label (run $i)" "$work/current.json" "$work/kafka.json" "$racks" >> "$out"
  done
}
case_run "remove broker 6 (floor: 60 moves, 20 leader changes)" 1,2,3,4,5 --remove-brokers 6
# Kafka's own tool executes kzk's plan file unchanged.
"$kzk" reassign plan --topics bench-r --remove-brokers 6 --out "$work/kzk.json" >/dev/null 2>&1
kafka --bootstrap-server "$bootstrap" --reassignment-json-file "$work/kzk.json" --execute >/dev/null
for _ in $(seq 1 120); do
  kafka --bootstrap-server "$bootstrap" --reassignment-json-file "$work/kzk.json" --verify | grep -q "is still in progress" || break
  sleep 1
done
echo "kafka-reassign-partitions --execute of kzk's plan: $(kafka --bootstrap-server "$bootstrap" --reassignment-json-file "$work/kzk.json" --verify | grep -c 'is completed') of 60 partitions completed" | tee "$work/kafka-exec.txt"
"$kzk" reassign apply "$work/current.json" --wait --yes >/dev/null 2>&1   # back to where the cases start
case_run "no-op, all 6 brokers (floor: 0, 0)" 1,2,3,4,5,6

# Planning time at scale: 100,000 partitions RF 3 on 100 brokers in 10 racks, broker 100 removed.
python3 - "$work/big.json" "$work/big-racks.txt" <<'PY'
import json, sys
brokers = list(range(1, 101)); rack = {b: f"r{(b - 1) % 10}" for b in brokers}
parts = []
for p in range(100000):
    t, n = f"t{p // 1000}", p % 1000
    first = p % 100
    reps = [brokers[first], brokers[(first + 1) % 100], brokers[(first + 2) % 100]]
    parts.append({"topic": t, "partition": n, "replicas": reps, "log_dirs": ["any"] * 3})
json.dump({"version": 1, "partitions": parts}, open(sys.argv[1], "w"))
open(sys.argv[2], "w").write(",".join(f"{b}:{rack[b]}" for b in brokers))
PY
bigracks=$(cat "$work/big-racks.txt")
floor=$(python3 -c "import json;print(sum(100 in p['replicas'] for p in json.load(open('$work/big.json'))['partitions']))")
"$kzk" reassign plan --current "$work/big.json" --broker-racks "$bigracks" --remove-brokers 100 --out "$work/big-plan.json" >/dev/null 2>"$work/big.err"
score "kzk: 100,000 partitions, remove broker 100 (floor: $floor moves)" "$work/big.json" "$work/big-plan.json" "$bigracks" >> "$out"
hyperfine --warmup 1 --runs 3 --export-json "$work/big-time.json" \
  "$kzk reassign plan --current $work/big.json --broker-racks $bigracks --remove-brokers 100 --out $work/big-plan.json" >/dev/null
time=$(python3 -c "import json,statistics;print('%.2f' % statistics.median(json.load(open('$work/big-time.json'))['results'][0]['times']))")
{ cat "$out"; echo; cat "$work/kafka-exec.txt"; echo "Planning 100,000 partitions (whole kzk process, median of 3): ${time} s"; } | tee bench/results/reassign.md
