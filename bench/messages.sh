#!/usr/bin/env bash
# Produce and consume throughput: 1,000,000 lines of 100 bytes from a file into a 6-partition,
# RF-3 topic with acks=all and idempotence (kzk's default; kcat is given the same), no
# compression, and read back from the beginning to the end; kzk beside kcat (Debian package)
# and Kafka's console producer/consumer (3.9 jars), whole processes, one sandbox, one run of
# this script. Installs kcat and hyperfine from Debian if missing.
#
#   bench/messages.sh [LINES] [RUNS]     (default 1000000 lines, 3 runs each for kzk and kcat)
#
# Kafka's console tools are far slower: they get one run each. Also checks that kzk consumes the
# whole topic under -Xmx64m, and that a 1 GB topic (1,050,000 messages of 1,000 bytes) goes in
# and comes back whole under -Xmx128m (same lines, compared sorted; BIG_GB=0 skips it).
# Tables of medians go to bench/results/messages-*.md.
set -euo pipefail
cd "$(dirname "$0")/.."
lines=${1:-1000000}
runs=${2:-3}

for tool in kcat hyperfine; do
  command -v "$tool" >/dev/null || { apt-get update -qq && apt-get install -y -qq "$tool" >/dev/null; }
done

. bench/lib.sh
bench_sandbox_up

python3 - "$lines" > "$work/lines.txt" <<'PY'
import sys
n = int(sys.argv[1])
pad = "x" * 100
out = sys.stdout
for i in range(n):
    s = str(i)
    out.write(s + pad[: 100 - len(s)] + "\n")
PY
ls -l "$work/lines.txt"

for t in p-kzk p-kzk-kp p-kcat p-console c; do
  "$kzk" topic create "bench-$t" --partitions 6 --replication-factor 3 >/dev/null
done
"$kzk" produce bench-c -l "$work/lines.txt"
bench_check_archive

lib="$(pwd)/sandbox-runtime/target/lib/*"
mkdir -p bench/results
# The self-contained build (mvn package -Pself-contained: Temurin 25 runtime, AOT cache) beside
# the portable one, when it was built.
selfcontained=()
sc=$(ls "$(pwd)"/dist/target/kzk-*-linux-x64/bin/kzk 2>/dev/null | head -1 || true)
if [ -n "$sc" ]; then
  "$kzk" topic create bench-p-kzk-sc --partitions 6 --replication-factor 3 >/dev/null
  selfcontained=(-n 'kzk produce, self-contained (acks=all, idempotent)' "$sc produce bench-p-kzk-sc -l $work/lines.txt 2>/dev/null")
fi
# sync before every run: the brokers' dirty pages from the runs before are written out then, not
# in the middle of whichever command runs next (runs of the same command came in at 0.9 and 1.9 s)
hyperfine --prepare sync --warmup 1 --runs "$runs" --export-json bench/results/messages-fast.json \
  -n 'kzk produce (acks=all, idempotent)' "$kzk produce bench-p-kzk -l $work/lines.txt 2>/dev/null" \
  "${selfcontained[@]}" \
  -n "kzk produce through Kafka's producer (KZK_PRODUCER=kafka)" "KZK_PRODUCER=kafka $kzk produce bench-p-kzk-kp -l $work/lines.txt 2>/dev/null" \
  -n 'kcat -P (acks=all, idempotent)' "kcat -b $bootstrap -P -t bench-p-kcat -X acks=all -X enable.idempotence=true < $work/lines.txt" \
  -n 'kzk consume -e' "$kzk consume bench-c -e -q > /dev/null" \
  -n 'kcat -C -e' "kcat -b $bootstrap -C -t bench-c -o beginning -e -q > /dev/null"
bench_medians bench/results/messages-fast.json bench/results/messages-fast.md

hyperfine --runs 1 --export-json bench/results/messages-console.json \
  -n 'kafka-console-producer (acks=all)' "java -cp '$lib' kafka.tools.ConsoleProducer --bootstrap-server $bootstrap --topic bench-p-console --producer-property acks=all < $work/lines.txt" \
  -n 'kafka-console-consumer' "java -cp '$lib' org.apache.kafka.tools.consumer.ConsoleConsumer --bootstrap-server $bootstrap --topic bench-c --from-beginning --max-messages $lines > /dev/null 2>&1"
bench_medians bench/results/messages-console.json bench/results/messages-console.md

echo "kzk consume under -Xmx64m:"
KZK_JAVA_OPTS=-Xmx64m /usr/bin/time -f '%e s, max RSS %M KB' "$kzk" consume bench-c -e -q | wc -l

if [ "${BIG_GB:-1}" != 0 ]; then
  python3 - > "$work/big.txt" <<'PY'
import sys
pad = "y" * 1000
out = sys.stdout
for i in range(1050000):
    s = str(i)
    out.write(s + pad[: 1000 - len(s)] + "\n")
PY
  "$kzk" topic create bench-big --partitions 6 --replication-factor 3 >/dev/null
  sync # the 1 GB file just written, not the brokers' disk, is what this run would wait on otherwise
  echo "kzk produce of 1 GB under -Xmx128m:"
  KZK_JAVA_OPTS=-Xmx128m /usr/bin/time -f '%e s, max RSS %M KB' "$kzk" produce bench-big -l "$work/big.txt"
  sync
  echo "kzk consume of 1 GB under -Xmx128m:"
  KZK_JAVA_OPTS=-Xmx128m /usr/bin/time -f '%e s, max RSS %M KB' "$kzk" consume bench-big -e -q > "$work/big-back.txt"
  "$kzk" topic create bench-big-kp --partitions 6 --replication-factor 3 >/dev/null
  sync
  echo "kzk produce of 1 GB through Kafka's producer (KZK_PRODUCER=kafka) under -Xmx128m, for comparison:"
  KZK_PRODUCER=kafka KZK_JAVA_OPTS=-Xmx128m /usr/bin/time -f '%e s, max RSS %M KB' "$kzk" produce bench-big-kp -l "$work/big.txt"
  sent=$(LC_ALL=C sort -S 2G "$work/big.txt" | md5sum)
  back=$(LC_ALL=C sort -S 2G "$work/big-back.txt" | md5sum)
  rm -f "$work/big.txt" "$work/big-back.txt"
  [ "$sent" = "$back" ] && echo "1 GB read back: the same lines" || { echo "1 GB read back: the lines DIFFER" >&2; exit 1; }
fi
