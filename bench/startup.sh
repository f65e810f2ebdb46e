#!/usr/bin/env bash
# Start-up benchmark: whole-process times of kzk beside Kafka's own TopicCommand, ZooKeeper's CLI
# and kcat, in one hyperfine run against one sandbox. Installs hyperfine and kcat from Debian if
# they are missing.
#
#   bench/startup.sh [RUNS]        (default 15 runs each, after 3 warm-ups)
#
# kzk is run through the unpacked portable distribution's launcher (the build's java and the
# class-data archive the build made for it) and, when it was built (mvn package -Pself-contained),
# through the self-contained one (its jlink'd JDK 25 runtime and the AOT cache made at build time);
# the ./kzk wrapper of a checkout adds its is-the-build-stale check, measured on one row of its own.
# Prints hyperfine's report and a table of medians, also written to bench/results/startup.md.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-15}

if ! command -v hyperfine >/dev/null || ! command -v kcat >/dev/null; then
  apt-get update -qq && apt-get install -y -qq hyperfine kcat >/dev/null
fi

. bench/lib.sh
bench_sandbox_up
bench_check_archive
zookeeper=$("$kzk" sandbox status -o plain | awk -F'\t' '$1=="field" && $2=="ZooKeeper"{print $3}')

rows=(
  -n 'kzk --version' "$kzk --version"
  -n './kzk --version (checkout wrapper)' './kzk --version'
  -n 'kzk topic list' "$kzk topic list"
  -n 'kzk zk ls /' "$kzk zk ls /"
  -n 'kzk topic list (no archive)' "KZK_CDS=off $kzk topic list"
)
for self_contained in dist/target/kzk-*-linux-x64/bin/kzk; do
  [ -x "$self_contained" ] || continue
  self_contained=$(pwd)/$self_contained
  rows+=(
    -n 'kzk --version (self-contained, JDK 25 + AOT cache)' "$self_contained --version"
    -n 'kzk topic list (self-contained)' "$self_contained topic list"
    -n 'kzk zk ls / (self-contained)' "$self_contained zk ls /"
  )
done
kafka_cp="$(pwd)/sandbox-runtime/target/lib/*"
rows+=(
  -n 'kafka-topics --list (TopicCommand 3.9)' "java -cp '$kafka_cp' org.apache.kafka.tools.TopicCommand --bootstrap-server $bootstrap --list"
  -n 'zkCli ls / (ZooKeeperMain 3.8)' "java -cp '$kafka_cp' org.apache.zookeeper.ZooKeeperMain -server $zookeeper ls /"
  -n 'kcat -L' "kcat -L -b $bootstrap"
)
mkdir -p bench/results
hyperfine --warmup 3 --runs "$runs" --export-json bench/results/startup.json "${rows[@]}"

bench_medians bench/results/startup.json bench/results/startup.md
