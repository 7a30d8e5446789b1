#!/usr/bin/env bash
# Load benchmark: GraphQL vs a plain Kestrel endpoint returning the same bytes, on a synthetic 50,000-source graph.
# Usage: bash bench/load.sh [seconds per run, default 10] [connections, default 16] [only queries whose name contains this]. Needs Debian's wrk.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
dotnet run -c Release --project bench/Graph.Bench.Load -- "$@"
