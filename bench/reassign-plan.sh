#!/usr/bin/env bash
# Reassignment planner speed inside one JVM, no cluster: 100,000 partitions (RF 3) on 100
# brokers in 10 racks; no-op, remove a broker, add a broker, RF 3 -> 4 with the minimal
# strategy, and a removal with rendezvous. Prints best-of-RUNS wall and CPU time per plan and the
# plan's replica moves, leader changes and remaining violations.
#
#   bench/reassign-plan.sh [RUNS]     (default 5)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
mvn -B -q -pl admin-ops -am test-compile
mvn -B -q -pl admin-ops dependency:build-classpath -Dmdep.outputFile=target/reassign-plan.cp >/dev/null
java -cp "admin-ops/target/classes:admin-ops/target/test-classes:$(cat admin-ops/target/reassign-plan.cp)" \
  io.kzk.admin.reassign.ScaleTest "$runs"
