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

. bench/lib.sh
bench_sandbox_up
bench_await_archive

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

bench_medians bench/results/startup.json bench/results/startup.md
