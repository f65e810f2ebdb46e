#!/usr/bin/env bash
# kzk shell against the one-shot CLI: 'topic list' a command inside one shell (script mode,
# LINES lines through one JVM and one set of connections) beside whole one-shot processes, and
# the shell's completion answering (its hidden '__complete' line, the code TAB runs) for topic
# names and znode paths, and the 'kzk __complete' process bash/zsh/fish start a TAB. One sandbox of its own (3 brokers, ZooKeeper), 20 topics.
#
#   bench/shell.sh [LINES] [RUNS]     (default 500 lines; 10 one-shot runs)
#
# A per-command figure is (time of LINES lines - time of 1 line) / (LINES - 1): the shell's own
# start-up (JVM, JLine, the first connections) taken out. Prints a table, also written to
# bench/results/shell.md.
set -euo pipefail
cd "$(dirname "$0")/.."
lines=${1:-500}
runs=${2:-10}

. bench/lib.sh
bench_sandbox_up
bench_check_archive
for i in $(seq -w 1 20); do "$kzk" topic create "bench-$i" --partitions 6 >/dev/null; done

ms() { echo $(( ($2 - $1) / 1000000 )); }
now() { date +%s%N; }

# Whole processes, the median of RUNS.
oneshot=()
for _ in $(seq 1 "$runs"); do
  s=$(now); "$kzk" topic list >/dev/null; e=$(now)
  oneshot+=("$(ms "$s" "$e")")
done
oneshot_median=$(printf '%s\n' "${oneshot[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')

# LINES copies of a line through one shell; prints the per-line milliseconds (as a decimal).
per_line() {
  local line=$1
  printf '%s\n' "$line" > "$work/one.kzk"
  for _ in $(seq 1 "$lines"); do printf '%s\n' "$line"; done > "$work/many.kzk"
  "$kzk" shell < "$work/one.kzk" >/dev/null # warm: the CDS archive, the page cache
  local s e s1 e1
  s1=$(now); "$kzk" shell < "$work/one.kzk" >/dev/null; e1=$(now)
  s=$(now); "$kzk" shell < "$work/many.kzk" >/dev/null; e=$(now)
  python3 -c "print(f'{(($e - $s) - ($e1 - $s1)) / 1e6 / ($lines - 1):.2f}')"
}

in_shell=$(per_line "topic list")
in_shell_json=$(per_line "topic list -o json")
complete_topic=$(per_line "__complete topic describe bench-1")
complete_znode=$(per_line "__complete zk ls /brokers/topics/bench-0")

# bash/zsh/fish: a whole 'kzk __complete' process a TAB, answering from its file cache (warmed first).
"$kzk" __complete topic describe "" >/dev/null
sleep 5 # the background refresh a cold cache starts
oneshot_complete=()
for _ in $(seq 1 "$runs"); do
  s=$(now); "$kzk" __complete topic describe bench-1 >/dev/null; e=$(now)
  oneshot_complete+=("$(ms "$s" "$e")")
done
oneshot_complete_median=$(printf '%s\n' "${oneshot_complete[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')

mkdir -p bench/results
{
  echo "| what | time |"
  echo "|---|---:|"
  echo "| kzk topic list, one-shot process (median of $runs) | ${oneshot_median} ms |"
  echo "| topic list inside kzk shell (per line, $lines lines) | ${in_shell} ms |"
  echo "| topic list -o json inside kzk shell (per line) | ${in_shell_json} ms |"
  echo "| completion of a topic name in the shell (per TAB) | ${complete_topic} ms |"
  echo "| completion of a znode path in the shell (per TAB) | ${complete_znode} ms |"
  echo "| kzk __complete of a topic name, one process a TAB as bash runs it (median of $runs) | ${oneshot_complete_median} ms |"
} | tee bench/results/shell.md
