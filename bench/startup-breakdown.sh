#!/usr/bin/env bash
# Where a short kzk run's time goes: one run of each command with -Xlog:class+load (uptime
# decorations), against a sandbox of its own, read as milestones: when the JVM reaches kzk's main,
# when picocli and the command are loaded, when the Kafka/ZooKeeper client is being created, the
# last class loaded, and the process's end; plus how many classes came from the archive and how
# many from jars.
#
#   bench/startup-breakdown.sh [LAUNCHER]   (default: the unpacked portable distribution's bin/kzk)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
bench_sandbox_up
[ $# -ge 1 ] && kzk=$(cd "$(dirname "$1")" && pwd -P)/$(basename "$1")
bench_check_archive
log=$work/class-load.log

milestones() { # LOG START_NS END_NS
  python3 - "$@" <<'PY'
import re, sys
log, start, end = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
marks = [("io.kzk.cli.Main", "kzk's main"), ("picocli.CommandLine ", "picocli"),
         ("io.kzk.cli.session.KzkSession", "session"),
         ("org.apache.kafka.clients.admin.KafkaAdminClient ", "Kafka Admin client"),
         ("org.apache.zookeeper.ZooKeeper ", "ZooKeeper client")]
seen, shared, jars, last = {}, 0, 0, 0.0
for line in open(log):
    m = re.match(r"\[(\d+\.\d+)s\] (\S+) source: (.*)", line)
    if not m:
        continue
    t, name, source = float(m.group(1)), m.group(2), m.group(3)
    last = t
    if "shared" in source or "AOT" in source:
        shared += 1
    else:
        jars += 1
    for key, label in marks:
        if label not in seen and (name + " ").startswith(key):
            seen[label] = t
parts = [f"{label} {seen[label] * 1000:.0f} ms" for _, label in marks if label in seen]
print("; ".join(parts) + f"; last class {last * 1000:.0f} ms; exit {(end - start) / 1e6:.0f} ms;"
      f" classes: {shared} from the archive, {jars} from jars or the JDK")
PY
}

for args in "--version" "topic list" "zk ls /"; do
  for pass in 1 2; do   # the first run warms the page cache; the second is reported
    start=$(date +%s%N)
    KZK_JAVA_OPTS="-Xlog:class+load=info:file=$log:uptime" $kzk $args >/dev/null
    end=$(date +%s%N)
  done
  echo "kzk $args: $(milestones "$log" "$start" "$end")"
done
