#!/usr/bin/env bash
# Session 23 (helper C3; as clean_points_s22.sh): every title and key point that moves between BASE's cleaning and
# this checkout's, on the tuning half and the spent cleaning sets (eval/clean_points.py, run
# from this checkout with each checkout's generator/). Never the test half, never heldout19 (heldout18 is spent, in clean_pages.SETS).
#   bash benchmarks/clean_points_s23.sh BASE_CHECKOUT > benchmarks/logs/clean_points_s23.log
set -uo pipefail
base=$(cd "$1" && pwd)
here=$(cd "$(dirname "$0")/.." && pwd)
python=${PYTHON:-$here/.venv/bin/python}
out=$(mktemp -d)
echo "# titles and key points, base $(git -C "$base" rev-parse --short HEAD) vs branch" \
  "$(git -C "$here" rev-parse --short HEAD), $(date -u '+%Y-%m-%d %H:%M UTC')"
(cd "$here" && PYTHONPATH="$base:$here/eval" "$python" eval/clean_points.py > "$out/base.txt")
(cd "$here" && PYTHONPATH="$here:$here/eval" "$python" eval/clean_points.py > "$out/branch.txt")
echo "# lines: base $(wc -l < "$out/base.txt"), branch $(wc -l < "$out/branch.txt")"
diff "$out/base.txt" "$out/branch.txt"
echo "# end of diff"
rm -r "$out"
