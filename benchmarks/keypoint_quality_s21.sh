#!/usr/bin/env bash
# eval/keypoint_quality.py's counts with a checkout's generator (BASE, e.g. the session-start
# code) and with this branch's, on tune (half b counts only unless HIDE=none), every spent
# grouping and cleaning set, and the founding seeds (whose points are printed).
#   bash benchmarks/keypoint_quality_s21.sh BASE > benchmarks/logs/keypoint_quality_s21.log
set -euo pipefail
base=$1
hide=${HIDE:-b}
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here/eval"
args=()
[ "$hide" != none ] && args+=(--hide "$hide")
for side in before after; do
    if [ $side = before ]; then path=$base; else path=$here; fi
    echo "# $side: generator of $path ($(git -C "$path" rev-parse --short HEAD)), scripts at $(git rev-parse --short HEAD), hide=$hide, $(date -u +%F)"
    PYTHONPATH="$path" python keypoint_quality.py "${args[@]}" | grep -v '^POINT\|^RESTATED\|^NEAR\|^DUP\|^    '
    PYTHONPATH="$path" python keypoint_quality.py --sources founding | grep '^POINT\|^founding'
done
