#!/usr/bin/env bash
# Session 25 (helper C5): a branch's cleaning beside BASE's on spent data only, in one log:
# (1) every spent cleaning set (pages .. heldout20) and tune, set by set and pooled
# (benchmarks/clean_pooled_s25.py); (2) every page of the spent date and grouping sets whose
# headline line or kept lines move (eval/clean_dump_sets.py); (3) `briefing eval --split
# tune` with each generator/. Never the test half, never heldout21 (clean_pages.UNREAD).
#   bash benchmarks/clean_checks_s25.sh BASE_CHECKOUT > benchmarks/logs/clean_checks_s25.log
set -uo pipefail
base=$(cd "$1" && pwd)
here=$(cd "$(dirname "$0")/.." && pwd)
python=${PYTHON:-$here/.venv/bin/python}
out=$(mktemp -d)
echo "# cleaning checks, base $(git -C "$base" rev-parse --short HEAD) vs branch" \
  "$(git -C "$here" rev-parse --short HEAD), $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "## (1) python benchmarks/clean_pooled_s25.py BASE BRANCH"
(cd "$here" && "$python" benchmarks/clean_pooled_s25.py "$base" "$here")
echo "## (2) eval/clean_dump_sets.py, diff base -> branch (no line: no page moves)"
(cd "$here" && PYTHONPATH="$base" "$python" eval/clean_dump_sets.py > "$out/base.txt")
(cd "$here" && PYTHONPATH="$here" "$python" eval/clean_dump_sets.py > "$out/branch.txt")
echo "# pages: base $(wc -l < "$out/base.txt"), branch $(wc -l < "$out/branch.txt")"
diff "$out/base.txt" "$out/branch.txt"
echo "# end of diff"
for checkout in "$base" "$here"; do
  echo "## (3) briefing eval --split tune, generator/ of $(git -C "$checkout" rev-parse --short HEAD)"
  (cd "$checkout" && PYTHONPATH="$checkout" "$python" -m generator eval --split tune --corpus "$here/eval")
done
rm -r "$out"
