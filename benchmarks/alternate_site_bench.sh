#!/usr/bin/env bash
# site_bench.py at two commits, alternating, one round each (not a test):
#   bash benchmarks/alternate_site_bench.sh COMMIT_A COMMIT_B ROUNDS ARTICLES
# Run from a worktree of its own (it checks the commits out there; the editable install
# follows). Used for first_addition_drop_partial_ab_2000_s12.log.
set -euo pipefail
a=$1 b=$2 rounds=${3:-3} articles=${4:-2000}
for r in $(seq "$rounds"); do
  for c in "$a" "$b"; do
    git checkout -q --detach "$c"
    echo "== $c round $r $(date +%T) $(cut -d' ' -f1 /proc/loadavg)"
    python benchmarks/site_bench.py --articles "$articles" --rounds 1 | grep "round 1:"
  done
done
