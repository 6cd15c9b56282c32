#!/usr/bin/env bash
# Benchmark: the learning-path solvers of the gap search (issue #6): greedy heuristic and exact
# branch and bound on random instances with 25 candidate modules, 12 people, 8 competencies.
# Usage: bench/learning-path.sh [instances] [modules]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -ntp -pl catalogue-module test-compile exec:java \
  -Dexec.classpathScope=test \
  -Dexec.mainClass=nl.vakwijzer.catalogue.gap.ExactSolverBenchmark \
  -Dexec.args="${1:-100} ${2:-25}"
