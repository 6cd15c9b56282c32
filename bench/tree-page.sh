#!/usr/bin/env bash
# Benchmark: server time of the framework tree pages (issue #3, goal <= 300 ms).
# Needs a running Vakwijzer (./mvnw -Prun package); talks to loopback only.
# Usage: bench/tree-page.sh [base-url] [requests per page]
set -euo pipefail
BASE="${1:-http://127.0.0.1:8080}"
N="${2:-100}"
case "$BASE" in http://127.0.0.1:*|http://localhost:*) ;; *) echo "loopback only" >&2; exit 2;; esac
jar=$(mktemp)
trap 'rm -f "$jar"' EXIT
for page in "kaders/kader.xhtml?code=DIVOSA" "kaders/kader.xhtml?code=SV" "kaders/kader.xhtml?code=PICOMPANY" "kaders/index.xhtml"; do
  for _ in 1 2 3 4 5; do curl -s -o /dev/null -b "$jar" -c "$jar" "$BASE/$page"; done   # warm-up, one session
  for _ in $(seq "$N"); do
    curl -s -o /dev/null -b "$jar" -c "$jar" -w '%{time_starttransfer}\n' "$BASE/$page"
  done | sort -n | awk -v page="$page" '{ v[NR] = $1 * 1000 }
    END { printf "%-40s n=%d  p50 %.0f ms  p95 %.0f ms  p99 %.0f ms  max %.0f ms\n", page, NR,
          v[int(NR*0.50+0.999)], v[int(NR*0.95+0.999)], v[int(NR*0.99+0.999)], v[NR] }'
done
echo "machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(nproc) cores"
