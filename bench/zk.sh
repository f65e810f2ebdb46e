#!/usr/bin/env bash
# ZooKeeper tree walks at scale: 20,000 znodes (200 parents x 100 children, small JSON data,
# plus the parents) in the sandbox's ZooKeeper; kzk beside ZooKeeper's own CLI (ZooKeeperMain
# 'ls -R' from the 3.8 jar), whole processes, one hyperfine run, one sandbox. Installs
# hyperfine from Debian if it is missing.
#
#   bench/zk.sh [PARENTS] [CHILDREN] [RUNS]     (default 200 100 5)
#
# The znodes are made with 'kzk zk import' from a generated export file (timed once, printed).
# Prints hyperfine's report and a table of medians, also written to bench/results/zk.md.
set -euo pipefail
cd "$(dirname "$0")/.."
parents=${1:-200}
children=${2:-100}
runs=${3:-5}

command -v hyperfine >/dev/null || { apt-get update -qq && apt-get install -y -qq hyperfine >/dev/null; }

. bench/lib.sh
bench_sandbox_up
zookeeper=$("$kzk" sandbox status -o plain | awk -F'\t' '$1=="field" && $2=="ZooKeeper"{print $3}')

python3 - "$parents" "$children" > "$work/bench.json" <<'PY'
import json, sys
parents, children = int(sys.argv[1]), int(sys.argv[2])
print('{"format": "kzk-zk-export", "version": 1, "root": "/bench", "nodes": [')
print(json.dumps({"path": "", "data": ""}))
for p in range(parents):
    print("," + json.dumps({"path": f"/parent-{p:03d}", "data": json.dumps({"parent": p})}))
    for c in range(children):
        print("," + json.dumps({"path": f"/parent-{p:03d}/child-{c:03d}",
                                "data": json.dumps({"parent": p, "child": c, "state": "active", "weight": c * 7 % 13})}))
print("]}")
PY
start=$(date +%s%N)
"$kzk" zk import "$work/bench.json" --to /bench
end=$(date +%s%N)
echo "kzk zk import: $(( (end - start) / 1000000 )) ms"
count=$("$kzk" zk find /bench -o plain | wc -l)
echo "znodes under /bench: $count"

bench_check_archive

zkcli="java -cp '$(pwd)/sandbox-runtime/target/lib/*' org.apache.zookeeper.ZooKeeperMain -server $zookeeper"
mkdir -p bench/results
hyperfine --warmup 1 --runs "$runs" --export-json bench/results/zk.json \
  -n 'kzk zk find /bench (names)' "$kzk zk find /bench -o plain > /dev/null" \
  -n 'zkCli ls -R /bench (names)' "$zkcli ls -R /bench > /dev/null 2>&1" \
  -n 'kzk zk export /bench (data, ACLs)' "$kzk zk export /bench > /dev/null 2>&1" \
  -n 'kzk zk export /bench --no-acl (data)' "$kzk zk export /bench --no-acl > /dev/null 2>&1" \
  -n 'kzk zk grep /bench (data)' "$kzk zk grep '\"child\": 99,' /bench > /dev/null" \
  -n 'kzk zk du /bench' "$kzk zk du /bench > /dev/null" \
  -n 'kzk zk ls / (start-up floor)' "$kzk zk ls / > /dev/null"

bench_medians bench/results/zk.json bench/results/zk.md
