#!/usr/bin/env bash
# Session 26's review fixes (figures, quotes, cleaning, dates) beside the commit before them, on
# read data only: every spent cleaning set pooled and tune (clean_pooled_s25.py), quote
# batches 1-28 (quote_devset.py, totals and the verdicts that differ), event dates and grouping on
# tune and every spent grouping set (date_compare.sh tune groups), figures (figure_pages_diff.sh).
# BEFORE is a worktree of the commit before the fixes (git worktree add --detach DIR <commit>).
#   benchmarks/review_fixes_s26.sh BEFORE > benchmarks/logs/review_fixes_s26.log
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
before=$(cd "$1" && pwd)
python=${PYTHON:-$here/.venv/bin/python}
echo "# review fixes vs the commit before them: before $(git -C "$before" rev-parse --short HEAD)," \
  "after $(git -C "$here" rev-parse --short HEAD), $(date -u '+%Y-%m-%d %H:%M UTC'); load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "## (1) benchmarks/clean_pooled_s25.py BEFORE AFTER"
"$python" "$here/benchmarks/clean_pooled_s25.py" "$before" "$here"
echo "## (2) eval/quote_devset.py (batches 1-28): totals, then the lines that differ (< before, > after)"
for side in before here; do
  (cd "${!side}" && PYTHONPATH="${!side}" "$python" "$here/eval/quote_devset.py" > "/tmp/review_quotes_$side.txt")
  tail -2 "/tmp/review_quotes_$side.txt" | head -1
done
diff /tmp/review_quotes_before.txt /tmp/review_quotes_here.txt || true
echo "## (3) benchmarks/date_compare.sh BEFORE tune groups"
PYTHON="$python" bash "$here/benchmarks/date_compare.sh" "$before" tune groups
echo "## (4) benchmarks/figure_pages_diff.sh BEFORE"
PYTHON="$python" bash "$here/benchmarks/figure_pages_diff.sh" "$before"
