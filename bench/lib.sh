# Shared by the benchmark scripts: a sandbox of their own, the class-data archive, and median tables.
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

# The build makes the unpacked distribution's class-data archive (lib/archive/) for the build's
# java; kzk never makes one at run time. Say so when it is missing or for another java.
bench_check_archive() {
  made=$(dirname "$kzk")/../lib/archive/made-with
  if [ -r "$made" ]; then
    echo "class-data archive: $(tr '\n' ' ' < "$made")" >&2
  else
    echo "no class-data archive in $(dirname "$made") (build with mvn package): kzk runs without one" >&2
  fi
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
