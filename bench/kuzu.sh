#!/usr/bin/env bash
# The embedded engine against Kuzu (npm package kuzu, in-process under Node) on the same generated anchor graph:
# load time, six queries warm (median and p95), rows compared, reopen time and peak memory of each engine's process.
# Usage: bash bench/kuzu.sh [S|L]   (S ≈ 2.5k nodes / 21k relationships, the default; L ≈ 127k / 1.08M)
# Set KUZU_BENCH_KEEP=1 to keep the work folder (CSVs, both databases, the JSON results).
set -euo pipefail
cd "$(dirname "$0")/.."
scale="${1:-S}"
case "$scale" in S|L) ;; *) echo "usage: bash bench/kuzu.sh [S|L]" >&2; exit 2 ;; esac

# Kuzu's install script only copies the prebuilt binary that ships in the package (nothing is downloaded);
# if npm refuses to run it, install without scripts and copy the same files with it by hand.
if [ ! -f bench/kuzu/node_modules/kuzu/index.js ]; then
  (cd bench/kuzu && { npm ci --no-audit --no-fund --silent \
    || { npm ci --ignore-scripts --no-audit --no-fund --silent && (cd node_modules/kuzu && node install.js >/dev/null); }; })
fi
dotnet build -c Release bench/Graph.Bench.Kuzu -v q -nologo >/dev/null
bench=(dotnet bench/Graph.Bench.Kuzu/bin/Release/net10.0/Graph.Bench.Kuzu.dll)

work="$(mktemp -d "${TMPDIR:-/tmp}/graph-kuzu-bench.XXXXXX")"
if [ "${KUZU_BENCH_KEEP:-0}" = 1 ]; then echo "work folder: $work"; else trap 'rm -rf "$work"' EXIT; fi

# The machine may be shared: say how busy it was, before and after.
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
"${bench[@]}" generate "$scale" "$work/csv"
# Each engine in its own process, so each peak RSS is that engine's alone; they hand results over as JSON files.
# The embedded process does what Kuzu's does: a bulk load (graph load's code, in the process), then the six queries.
"${bench[@]}" embedded "$work/csv" "$work/embedded-db" "$work/embedded.json"
# The load the service does, Cypher UNWIND batches, in a process of its own (load only).
"${bench[@]}" unwind "$work/csv" "$work/unwind-db" "$work/unwind.json"
# `graph load` as a user runs it (a new process): wall clock with .NET start-up, and the time it reports itself.
dotnet build -c Release src/Graph.Cli -v q -nologo >/dev/null
load_args=()
for label in Source Person Thesis Tool; do load_args+=(--nodes "$label=$work/csv/$label.csv"); done
for type in APPEARS_IN CLAIMS MENTIONS RELATED_TO HOLDS PAIRS_WITH; do load_args+=(--relationships "$type=$work/csv/$type.csv"); done
started=$(date +%s%N)
loaded="$(dotnet src/Graph.Cli/bin/Release/net10.0/graph.dll load --data "$work/bulk-db" "${load_args[@]}")"
wall_ms=$(( ($(date +%s%N) - started) / 1000000 ))
# "Loaded … in 1.23 s."
own_ms="$(sed -E 's/.* in ([0-9.]+) s\.$/\1/' <<<"$loaded" | awk '{ printf "%.0f", $1 * 1000 }')"
echo "{\"loadMs\": $wall_ms, \"inProcessMs\": $own_ms}" > "$work/bulk-load.json"
echo "embedded: graph load in $own_ms ms by its own timing, $wall_ms ms wall clock (new process)"
node bench/kuzu/bench.mjs "$work/csv" "$work/kuzu-db" "$work/kuzu.json"
"${bench[@]}" reopen "$work/csv" "$work/embedded-db" "$work/embedded-reopen.json"
node bench/kuzu/reopen.mjs "$work/csv" "$work/kuzu-db" "$work/kuzu-reopen.json"
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
"${bench[@]}" report "$work"
