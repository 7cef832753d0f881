#!/usr/bin/env bash
# Figures on every spent cleaning page (eval/figure_pages.py --all: no labels, outlets the
# corpus never shows) and on the TUNING half (eval/figure_dev.py: kind and reporter of every
# labelled figure), a base checkout beside this one; the lines that differ are printed, to
# be read by hand. BASE is a worktree of the commit before the change (git worktree add
# --detach DIR <commit>); this checkout's eval/figure_pages.py is run in both.
#   benchmarks/figure_pages_diff.sh BASE > benchmarks/logs/figure_kinds_s26.log
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
base=$(cd "$1" && pwd)
python=${PYTHON:-$here/.venv/bin/python}
echo "# figures, base $(git -C "$base" rev-parse --short HEAD) vs $(git -C "$here" rev-parse --short HEAD)" \
  "+ $(git -C "$here" status --short | wc -l) files changed, $(date -u '+%Y-%m-%d %H:%M UTC')"
for side in base here; do
  dir=${!side}
  (cd "$dir" && PYTHONPATH="$dir" "$python" "$here/eval/figure_pages.py" --all > "/tmp/figure_pages_$side.txt")
  echo "## $side: $(cd "$dir" && PYTHONPATH="$dir" "$python" eval/figure_dev.py | tail -1)"
done
echo "## eval/figure_pages.py --all: $(wc -l < /tmp/figure_pages_here.txt) figures; lines that differ (< base, > this)"
diff /tmp/figure_pages_base.txt /tmp/figure_pages_here.txt || true
