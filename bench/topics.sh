#!/usr/bin/env bash
# Topic listing and describing at scale: 2,000 topics x 6 partitions, kzk beside Kafka's own
# TopicCommand (kafka-topics --list / --describe from the 3.9 jars), whole processes, one
# hyperfine run, one sandbox. Installs hyperfine from Debian if it is missing.
#
#   bench/topics.sh [TOPICS] [RUNS]     (default 2000 topics, 5 runs each after 1 warm-up)
#
# The topics are made with 'kzk topic apply' from a generated file (timed once, printed).
# Prints hyperfine's report and a table of medians, also written to bench/results/topics.md.
set -euo pipefail
cd "$(dirname "$0")/.."
topics=${1:-2000}
runs=${2:-5}

command -v hyperfine >/dev/null || { apt-get update -qq && apt-get install -y -qq hyperfine >/dev/null; }

. bench/lib.sh
bench_sandbox_up

{
  echo "topics:"
  for i in $(seq -w 1 "$topics"); do
    printf '  - name: bench-%s\n    partitions: 6\n    replication_factor: 1\n' "$i"
  done
} > "$work/topics.yaml"
start=$(date +%s%N)
"$kzk" topic apply -f "$work/topics.yaml" --yes --timeout 5m >/dev/null
end=$(date +%s%N)
echo "kzk topic apply: created $topics topics x 6 partitions in $(( (end - start) / 1000000 )) ms"

bench_check_archive

kafka="java -cp '$(pwd)/sandbox-runtime/target/lib/*' org.apache.kafka.tools.TopicCommand --bootstrap-server $bootstrap"
mkdir -p bench/results
hyperfine --warmup 1 --runs "$runs" --export-json bench/results/topics.json \
  -n 'kzk topic list -o plain' "$kzk topic list -o plain > /dev/null" \
  -n 'kafka-topics --list' "$kafka --list > /dev/null" \
  -n 'kzk topic describe --all -o json' "$kzk topic describe --all -o json > /dev/null" \
  -n 'kafka-topics --describe' "$kafka --describe > /dev/null"

bench_medians bench/results/topics.json bench/results/topics.md
