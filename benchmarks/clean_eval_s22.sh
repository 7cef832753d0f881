#!/usr/bin/env bash
# Session 22 (helper C2): `briefing eval --split tune` with BASE's generator/ and with this
# checkout's, the same eval data (this checkout's eval/). Never the test half.
#   bash benchmarks/clean_eval_s22.sh BASE_CHECKOUT > benchmarks/logs/clean_eval_tune_s22.log
set -euo pipefail
base=$(cd "$1" && pwd)
here=$(cd "$(dirname "$0")/.." && pwd)
for checkout in "$base" "$here"; do
    echo "## $(git -C "$checkout" rev-parse --short HEAD) ($checkout), $(date -u +%FT%TZ)"
    (cd "$checkout" && PYTHONPATH="$checkout" python -m generator eval --split tune --corpus "$here/eval")
done
