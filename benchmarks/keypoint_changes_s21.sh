#!/usr/bin/env bash
# Key points that differ between a checkout's generator (BASE, e.g. the session-start code)
# and this branch's: "<" BASE's points, ">" the branch's, on tune, the founding seeds and
# every spent grouping set. HIDE=b (the default) leaves tune half b out; HIDE=none shows it
# (once the rules are final).
#   bash benchmarks/keypoint_changes_s21.sh BASE > benchmarks/logs/keypoint_changes_s21.log
set -euo pipefail
base=$1
hide=${HIDE:-b}
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here/eval"
args=(--sources tune founding groups groups2 groups3 groups4 groups5 groups6 groups7 groups8
      groups9 --examples --points)
[ "$hide" != none ] && args+=(--hide "$hide")
points() { grep '^POINT' || true; }
echo "# key points, $base ($(git -C "$base" rev-parse --short HEAD)) against $(git rev-parse --short HEAD), hide=$hide, $(date -u +%F)"
PYTHONPATH="$base" python keypoint_quality.py "${args[@]}" | points > /tmp/kp_base.$$
python keypoint_quality.py "${args[@]}" | points > /tmp/kp_branch.$$
diff /tmp/kp_base.$$ /tmp/kp_branch.$$ || true
rm -f /tmp/kp_base.$$ /tmp/kp_branch.$$
