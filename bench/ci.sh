#!/usr/bin/env bash
# The CI-sized benchmark: generates 10,000 posts into a throwaway cluster, then runs every route
# briefly and asserts only what does not depend on the machine: every route answers
# 200 and stays within its statement budget (listings 6, post page 8), counted over requests that each
# render the page (run.sh empties the page cache through the operations port before each). Never a time.
# Last line: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
SCALE="${BENCH_CI_SCALE:-10000}"
export BENCH_T0
BENCH_T0=$(date +%s)
if ! bench/generate.sh "$SCALE"; then
  echo "0 passed, 1 failed"
  exit 1
fi
bench/run.sh "$SCALE" --ci
