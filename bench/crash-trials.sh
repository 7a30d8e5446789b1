#!/usr/bin/env bash
# Crash trials: `graph import` killed with SIGKILL at a random moment, again and again, on one data directory,
# alternating between two versions of a generated wiki (so most trials are re-imports that replace pages).
# After each kill the store must reopen, and every page it holds must be whole: its relationships exactly those a
# clean import of that page's version gives (matched by the page's content hash). At the end an import run to
# completion must give the same graph as a clean import into a fresh directory.
# Usage: bash bench/crash-trials.sh [trials, default 40] [pages per wiki, default 1500]
set -euo pipefail
cd "$(dirname "$0")/.."
trials="${1:-40}"
pages="${2:-1500}"
work="$(mktemp -d /tmp/graph-crash.XXXXXX)"
trap 'rm -rf "$work"' EXIT
graph=src/Graph.Cli/bin/Release/net10.0/graph

dotnet build src/Graph.Cli -c Release -v quiet -nologo >/dev/null
dotnet run -c Release --project bench/Graph.Bench.Import -- generate --pages "$pages" --seed 1 --out "$work/a" >/dev/null
dotnet run -c Release --project bench/Graph.Bench.Import -- generate --pages "$pages" --seed 2 --out "$work/b" >/dev/null

# Each page version's facts, as a clean import stores them: path, content hash, relationships stated on it.
facts='MATCH (p:Page) OPTIONAL MATCH ()-[r]->() WHERE r.page = p.path
       RETURN p.path AS path, p.contentHash AS hash, count(r) AS relationships ORDER BY path'
for version in a b; do
  "$graph" import "$work/$version" --data "$work/clean-$version" >/dev/null
  "$graph" cypher --data "$work/clean-$version" --format csv "$facts" | tail -n +2 >"$work/facts-$version"
done
sort -u "$work/facts-a" "$work/facts-b" >"$work/facts-known"
clean_seconds=$( { /usr/bin/time -f %e "$graph" import "$work/b" --data "$work/timing" >/dev/null; } 2>&1 | tail -1)

killed=0; finished=0; torn=0
for trial in $(seq 1 "$trials"); do
  version=$([ $((trial % 2)) -eq 1 ] && echo a || echo b)
  delay=$(awk -v seed="$trial" -v max="$clean_seconds" 'BEGIN { srand(seed); printf "%.2f", 0.3 + rand() * max * 0.7 }')
  "$graph" import "$work/$version" --data "$work/data" >/dev/null 2>&1 &
  pid=$!
  sleep "$delay"
  if kill -9 "$pid" 2>/dev/null; then killed=$((killed + 1)); outcome=killed; else finished=$((finished + 1)); outcome=finished; fi
  wait "$pid" 2>/dev/null || true
  # Reopen; every page held must be a whole version of itself.
  "$graph" cypher --data "$work/data" --format csv "$facts" | tail -n +2 >"$work/facts-now" \
    || { echo "trial $trial: the store did not reopen after the kill" >&2; exit 1; }
  if ! bad=$(comm -23 <(sort "$work/facts-now") "$work/facts-known") || [ -n "$bad" ]; then
    torn=$((torn + 1))
    echo "trial $trial: pages that are not a whole version:" >&2
    echo "$bad" | head -5 >&2
  fi
  printf 'trial %3d: import of %s %s at %5.2f s; reopened with %s whole pages\n' "$trial" "$version" "$outcome" "$delay" "$(wc -l <"$work/facts-now")"
done

# Converge: the last version imported to completion equals a clean import of it.
"$graph" import "$work/b" --data "$work/data" >/dev/null
"$graph" cypher --data "$work/data" --format csv "$facts" | tail -n +2 >"$work/facts-final"
converged=$(cmp -s "$work/facts-final" "$work/facts-b" && echo yes || echo no)
stats_same=$(cmp -s <("$graph" stats --data "$work/data") <("$graph" stats --data "$work/clean-b") && echo yes || echo no)
echo
echo "$trials trials on $pages-page wikis (clean import $clean_seconds s): $killed killed mid-import, $finished finished before the kill, $torn with a torn page"
echo "converged to a clean import: pages and relationships $converged, node and relationship counts $stats_same"
[ "$torn" -eq 0 ] && [ "$converged" = yes ] && [ "$stats_same" = yes ]
