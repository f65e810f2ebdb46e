#!/usr/bin/env bash
# Where a short kzk run's time goes: one run of each command with -Xlog:class+init (uptime
# decorations: a class is initialised when the run first uses it, archived or not, where
# class+load shows an AOT cache's linked classes all at start), against a sandbox of its own,
# read as milestones: when the JVM reaches kzk's main, picocli, the command, the session (the
# command line parsed), the client made, the first answer (Kafka's ApiVersions; ZooKeeper's to
# the ls, the session's own being initialised early by the warm-up), the last class initialised,
# and the process's end; plus, from a second run with -Xlog:class+load, how many classes came
# from the archive and how many from jars.
#
#   bench/startup-breakdown.sh [LAUNCHER]   (default: the unpacked portable distribution's bin/kzk)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
bench_sandbox_up
[ $# -ge 1 ] && kzk=$(cd "$(dirname "$1")" && pwd -P)/$(basename "$1")
bench_check_archive
log=$work/class-init.log
loads=$work/class-load.log

milestones() { # INIT_LOG LOAD_LOG START_NS END_NS
  python3 - "$@" <<'PY'
import re, sys
log, loads, start, end = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
marks = [("io/kzk/cli/Main", "kzk's main"), ("picocli/CommandLine", "picocli"),
         ("io/kzk/cli/topic/TopicListCommand", "the command"), ("io/kzk/cli/zk/ZkLsCommand", "the command"),
         ("io/kzk/cli/session/KzkSession", "session"),
         ("org/apache/kafka/clients/admin/KafkaAdminClient$AdminClientRunnable", "Admin client made"),
         ("org/apache/kafka/common/requests/ApiVersionsResponse", "first answer"),
         ("org/apache/zookeeper/ClientCnxn$SendThread", "ZooKeeper client made"),
         ("org/apache/zookeeper/proto/GetChildren2Response", "first answer")]
seen, last = {}, 0.0
for line in open(log):
    m = re.match(r"\[(\d+\.\d+)s\]\[\d+\] \d+ Initializing '([^']+)'", line)
    if not m:
        continue
    t, name = float(m.group(1)), m.group(2)
    last = t
    for key, label in marks:
        if name == key and label not in seen:
            seen[label] = t
shared = jars = 0
for line in open(loads):
    if " source: " in line:
        if "shared" in line or "AOT" in line:
            shared += 1
        else:
            jars += 1
order = sorted(seen.items(), key=lambda kv: kv[1])
print("; ".join(f"{label} {t * 1000:.0f} ms" for label, t in order) + f"; last class {last * 1000:.0f} ms;"
      f" exit {(end - start) / 1e6:.0f} ms; classes: {shared} from the archive, {jars} from jars or the JDK")
PY
}

for args in "--version" "topic list" "zk ls /"; do
  for pass in 1 2; do   # the first run warms the page cache; the second is reported
    start=$(date +%s%N)
    KZK_JAVA_OPTS="-Xlog:class+init=info:file=$log:uptime,tid" $kzk $args >/dev/null
    end=$(date +%s%N)
  done
  KZK_JAVA_OPTS="-Xlog:class+load=info:file=$loads" $kzk $args >/dev/null
  echo "kzk $args: $(milestones "$log" "$loads" "$start" "$end")"
done
