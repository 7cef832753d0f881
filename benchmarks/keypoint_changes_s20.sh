#!/usr/bin/env bash
# Key points that differ between a checkout's generator (BASE, e.g. /work/main) and this
# branch's, on tune (both halves; run it only once the rules are final: half b was held out
# while writing them) and the founding seeds: "<" BASE's points, ">" the branch's.
#   bash benchmarks/keypoint_changes_s20.sh BASE > benchmarks/logs/keypoint_changes_s20.log
set -euo pipefail
base=$1
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here/eval"
points() { grep '^POINT' || true; }
echo "# key points, $base ($(git -C "$base" rev-parse --short HEAD)) against $(git rev-parse --short HEAD), $(date -u +%F)"
PYTHONPATH="$base" python keypoint_quality.py --sources tune founding --examples | points > /tmp/kp_base.$$
python keypoint_quality.py --sources tune founding --examples | points > /tmp/kp_branch.$$
diff /tmp/kp_base.$$ /tmp/kp_branch.$$ || true
rm -f /tmp/kp_base.$$ /tmp/kp_branch.$$
