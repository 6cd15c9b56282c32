#!/usr/bin/env bash
# Benchmark: load all shipped reference frameworks into an empty database (issue #3, goal <= 5 s).
# Usage: bench/framework-load.sh [warmup runs] [measured runs]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -ntp -pl catalogue-module test-compile exec:java \
  -Dexec.classpathScope=test \
  -Dexec.mainClass=nl.vakwijzer.catalogue.application.FrameworkLoadBenchmark \
  -Dexec.args="${1:-3} ${2:-20}" 2>&1 | grep -E '^(framework-load|machine)'
