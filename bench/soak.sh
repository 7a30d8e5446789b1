#!/usr/bin/env bash
# Soak: `graph serve --watch` over a copy of the sample wiki for a while, its pages edited every second (so it
# re-imports all along) while GraphQL queries keep arriving. Every 30 s it samples the service's resident memory,
# threads and open file handles; at the end it compares the second (after warm-up) and last quarters and counts failed
# answers. Usage: bash bench/soak.sh [minutes, default 30] [port, default 5099]
set -euo pipefail
cd "$(dirname "$0")/.."
minutes="${1:-30}"
port="${2:-5099}"
url="http://127.0.0.1:$port"
work="$(mktemp -d /tmp/graph-soak.XXXXXX)"
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT

dotnet build src/Graph.Cli -c Release -v quiet -nologo >/dev/null
mkdir -p "$work/wiki"
cp samples/wiki/*.md "$work/wiki/"
cp samples/vocabulary.yaml "$work/wiki/"
src/Graph.Cli/bin/Release/net10.0/graph serve --data "$work/data" --import "$work/wiki" --watch --urls "$url" >"$work/serve.log" 2>&1 &
pid=$!
for _ in $(seq 1 120); do curl -fs "$url/health/ready" >/dev/null 2>&1 && break; sleep 1; done
curl -fs "$url/health/ready" >/dev/null || { echo "the service did not become ready; its log:" >&2; cat "$work/serve.log" >&2; exit 1; }

queries=(
  '{"query":"{ pairsWith(thesis: \"taste is the bottleneck\") { thesis { name } heldBy { name } evidence } }"}'
  '{"query":"{ sources(first: 20) { totalCount nodes { title people { name holds { name } } mentions { name } } } }"}'
  '{"query":"{ people(first: 20) { nodes { name relationships { type evidence } } } }"}'
)
pages=("$work"/wiki/*.md)
sample() {
  local rss threads fds
  rss=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
  threads=$(awk '/Threads/ {print $2}' "/proc/$pid/status")
  fds=$(ls "/proc/$pid/fd" | wc -l)
  echo "$1 $rss $threads $fds"
}

end=$(( $(date +%s) + minutes * 60 ))
next_sample=0
answers=0
failed=0
edits=0
samples="$work/samples"
: >"$samples"
printf '%8s %10s %8s %6s %8s %8s\n' seconds rss_kib threads fds answers failed
start=$(date +%s)
while [ "$(date +%s)" -lt "$end" ]; do
  # Edit one page: add a takeaway, or take the one added before away; the watcher re-imports it.
  page="${pages[$(( edits % ${#pages[@]} ))]}"
  if grep -q '^- \*\*Soak edit' "$page"; then
    sed -i '/^- \*\*Soak edit/d' "$page"
  else
    printf -- '- **Soak edit %d keeps the watcher busy.** A line added and removed again.\n' "$edits" >>"$page"
  fi
  edits=$((edits + 1))
  for query in "${queries[@]}"; do
    body=$(curl -s -m 30 -H 'Content-Type: application/json' -d "$query" "$url/graphql" || echo "curl failed")
    answers=$((answers + 1))
    case "$body" in *'"errors"'*|'curl failed'|'') failed=$((failed + 1));; esac
  done
  now=$(( $(date +%s) - start ))
  if [ "$now" -ge "$next_sample" ]; then
    line=$(sample "$now")
    echo "$line" >>"$samples"
    read -r s r t f <<<"$line"
    printf '%8s %10s %8s %6s %8s %8s\n' "$s" "$r" "$t" "$f" "$answers" "$failed"
    next_sample=$((next_sample + 30))
  fi
  sleep 1
done

# First quarter against last quarter of the samples: memory, threads and handles should not climb.
awk -v answers="$answers" -v failed="$failed" -v edits="$edits" '
  { s[NR] = $1; r[NR] = $2; t[NR] = $3; f[NR] = $4 }
  END {
    q = int(NR / 4); if (q < 1) q = 1
    # The first quarter is warm-up (JIT, caches, the heap finding its size): the second is the baseline.
    for (i = 1; i <= q; i++) { r0 += r[i] }
    for (i = q + 1; i <= 2 * q; i++) { r1 += r[i]; t1 += t[i]; f1 += f[i] }
    for (i = NR - q + 1; i <= NR; i++) { r2 += r[i]; t2 += t[i]; f2 += f[i] }
    printf "\n%d edits, %d answers, %d failed, %d samples over %d s\n", edits, answers, failed, NR, s[NR]
    printf "rss: warm-up quarter %.0f KiB; second quarter → last quarter: rss %.0f → %.0f KiB (%+.1f%%), threads %.1f → %.1f, fds %.1f → %.1f\n",
      r0 / q, r1 / q, r2 / q, (r2 - r1) / r1 * 100, t1 / q, t2 / q, f1 / q, f2 / q
  }' "$samples"
echo "re-imports logged by the service: $(grep -c 'Imported ' "$work/serve.log" || true), failed: $(grep -c 'Import failed' "$work/serve.log" || true)"
