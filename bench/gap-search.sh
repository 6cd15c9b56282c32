#!/usr/bin/env bash
# Benchmark: gap search and learning path over a synthetic catalogue (issue #6): generates
# providers, accredited modules (about 4 accepted claims each over all shipped frameworks'
# competencies), prices and offerings into an embedded PostgreSQL migrated with the real Flyway
# scripts and loaded with the reference frameworks; then, per size, GapService.search at 1, 4 and
# 16 concurrent clients, the learning path, the catalogue text search, and last (it keeps both cores
# busy for minutes at 100,000) the search's candidate SQL run directly over JDBC at 1, 4 and 16.
# Not part of the test suite (a main class in test sources, like the other benchmarks).
# Usage: bench/gap-search.sh [sizes, comma-separated] [requests per concurrency level] [learning-path runs]
set -euo pipefail
cd "$(dirname "$0")/.."
echo "uptime before: $(uptime)"
./mvnw -B -q -ntp -pl catalogue-module test-compile exec:java \
  -Dexec.classpathScope=test \
  -Dexec.mainClass=nl.vakwijzer.catalogue.application.GapSearchBenchmark \
  -Dexec.args="${1:-10000,100000} ${2:-96} ${3:-10}" 2>&1 \
  | grep --line-buffered -E '^(gap|catalogue|machine|load|postgresql|competencies|frameworks|==|learning-path)'
echo "uptime after: $(uptime)"
