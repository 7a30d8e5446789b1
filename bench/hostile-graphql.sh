#!/usr/bin/env bash
# Hostile GraphQL probe (issue 14): normal queries' p99 alone vs while other clients send ruinous documents.
# Usage: bash bench/hostile-graphql.sh [seconds per phase, default 10] [normal clients, default 4] [hostile clients, default 4]
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet run -c Release --project bench/Graph.Bench.Hostile -- "$@"
