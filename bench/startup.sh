#!/usr/bin/env bash
# Start-up benchmark: whole-process times of kzk beside Kafka's own TopicCommand and kcat, in one
# hyperfine run against one sandbox. Installs hyperfine and kcat from Debian if they are missing.
#
#   bench/startup.sh [RUNS]        (default 15 runs each, after 3 warm-ups)
#
# kzk is run through the distribution's launcher (what an installation runs); the ./kzk wrapper of
# a checkout adds its is-the-build-stale check, measured on one row of its own.
# Prints hyperfine's report and a table of medians, also written to bench/results/startup.md.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-15}

if ! command -v hyperfine >/dev/null || ! command -v kcat >/dev/null; then
  apt-get update -qq && apt-get install -y -qq hyperfine kcat >/dev/null
fi

# A sandbox, config and CDS cache of the benchmark's own, gone afterwards.
work=$(mktemp -d)
export KZK_SANDBOX_DIR=$work/sandbox XDG_CONFIG_HOME=$work/config XDG_CACHE_HOME=$work/cache
trap './kzk sandbox down >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

./kzk sandbox up >/dev/null
bootstrap=$(./kzk sandbox status -o json | sed -n 's/.*"bootstrap_servers" : "\([^"]*\)".*/\1/p')

# The first run without an archive trains one in the background; wait for it.
./kzk cluster describe >/dev/null
for _ in $(seq 1 120); do ls "$work"/cache/kzk/*.jsa >/dev/null 2>&1 && break; sleep 0.5; done
ls "$work"/cache/kzk/*.jsa >/dev/null || { echo "no CDS archive was made" >&2; exit 1; }

kzk=$(ls "$(pwd)"/dist/target/kzk-*/kzk-*/bin/kzk)
kafka_cp="$(pwd)/sandbox-runtime/target/lib/*"
mkdir -p bench/results
hyperfine --warmup 3 --runs "$runs" --export-json bench/results/startup.json \
  -n 'kzk --version' "$kzk --version" \
  -n './kzk --version (checkout wrapper)' './kzk --version' \
  -n 'kzk cluster describe' "$kzk cluster describe" \
  -n 'kzk broker list' "$kzk broker list" \
  -n 'kzk cluster health' "$kzk cluster health" \
  -n 'kzk cluster describe (no CDS)' "KZK_CDS=off $kzk cluster describe" \
  -n 'kafka-topics --list (TopicCommand 3.9)' "java -cp '$kafka_cp' org.apache.kafka.tools.TopicCommand --bootstrap-server $bootstrap --list" \
  -n 'kcat -L' "kcat -L -b $bootstrap"

python3 - bench/results/startup.json > bench/results/startup.md <<'PY'
import json, statistics, sys
results = json.load(open(sys.argv[1]))["results"]
print("| command | median | min | max | runs |")
print("|---|---:|---:|---:|---:|")
for r in results:
    t = r["times"]
    print(f"| {r['command']} | {statistics.median(t):.3f} s | {min(t):.3f} s | {max(t):.3f} s | {len(t)} |")
PY
cat bench/results/startup.md
