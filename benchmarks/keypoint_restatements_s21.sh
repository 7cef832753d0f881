#!/usr/bin/env bash
# Restated pairs of key points (eval/keypoint_quality.py's test for a restatement in other
# words) on tune half a and every spent grouping set, with a checkout's generator (BASE, e.g.
# the session-start code), numbered for a hand reading (near misses left out); half b is
# counted, never shown.
#   bash benchmarks/keypoint_restatements_s21.sh BASE > benchmarks/logs/keypoint_restatements_s21.log
set -euo pipefail
base=$1
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here/eval"
echo "# restated key-point pairs, generator of $base ($(git -C "$base" rev-parse --short HEAD)), scripts at $(git rev-parse --short HEAD), $(date -u +%F)"
PYTHONPATH="$base" python keypoint_quality.py --sources tune groups groups2 groups3 groups4 \
    groups5 groups6 groups7 groups8 groups9 --hide b --pairs |
    awk '/^RESTATED~/ {skip = 2; next}
         skip > 0 {skip--; next}
         /^RESTATED / {n++; print "[" n "] " $0; next}
         {print}'
