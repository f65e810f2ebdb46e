# Shared by the benchmark scripts: a sandbox of their own, the CDS archive, and median tables.
# Source it from a script that has cd'ed to the repository root.

# Starts a sandbox with its own folder, config and CDS cache, taken down when the script exits;
# sets $work, $kzk (the distribution's launcher) and $bootstrap.
bench_sandbox_up() {
  work=$(mktemp -d)
  export KZK_SANDBOX_DIR=$work/sandbox XDG_CONFIG_HOME=$work/config XDG_CACHE_HOME=$work/cache
  trap './kzk sandbox down >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
  ./kzk sandbox up >/dev/null
  kzk=$(ls "$(pwd)"/dist/target/kzk-*/kzk-*/bin/kzk)
  bootstrap=$("$kzk" sandbox status -o plain | awk -F'\t' '$1=="field" && $2=="Bootstrap servers"{print $3}')
}

# The first run without an archive trains one in the background, against the sandbox: wait for it.
bench_await_archive() {
  "$kzk" cluster describe >/dev/null
  for _ in $(seq 1 120); do ls "$work"/cache/kzk/*.jsa >/dev/null 2>&1 && return 0; sleep 0.5; done
  echo "no CDS archive was made" >&2
  return 1
}

# hyperfine's JSON export (argument 1) as a markdown table of medians, written to argument 2 and printed.
bench_medians() {
  python3 - "$1" > "$2" <<'PY'
import json, statistics, sys
results = json.load(open(sys.argv[1]))["results"]
print("| command | median | min | max | runs |")
print("|---|---:|---:|---:|---:|")
for r in results:
    t = r["times"]
    print(f"| {r['command']} | {statistics.median(t):.3f} s | {min(t):.3f} s | {max(t):.3f} s | {len(t)} |")
PY
  cat "$2"
}
