#!/usr/bin/env bash
# The cost of grouping with R2 (lead_rare weighted) beside the shipped model, in one run:
# benchmarks/grouping_bench.py from two checkouts, alternately, ROUNDS rounds per size.
#   bash benchmarks/lead_rare_cost_s21.sh BASE_CHECKOUT CANDIDATE_CHECKOUT [ROUNDS]
set -euo pipefail
base=$1 candidate=$2 rounds=${3:-5}
echo "# $(date -u +%FT%TZ) $(nproc) cores; base $(git -C "$base" rev-parse --short HEAD), candidate $(git -C "$candidate" rev-parse --short HEAD)"
for size in 1000 10000; do
  for round in $(seq "$rounds"); do
    for side in base candidate; do
      dir=${!side}
      echo "## size $size round $round $side"
      (cd "$dir" && "${PYTHON:-python}" benchmarks/grouping_bench.py --articles "$size" --undated 0.1)
    done
  done
done
