#!/usr/bin/env bash
# Session 22 (helper C2): every cleaning error a checkout makes on the tuning half (by halves)
# and on every spent cleaning set (pages .. heldout17): MISS, BODY, TITLE and POINT lines and
# the totals (eval/clean_dev.py, eval/clean_pages.py, run in CHECKOUT with its generator/).
# Never the test half, never an unread set. LAST: the last spent heldout set (17 in session 22).
#   bash benchmarks/clean_errors_s22.sh CHECKOUT [LAST]
set -uo pipefail
checkout=$(cd "${1:-.}" && pwd)
last=${2:-17}
python=${PYTHON:-$(cd "$(dirname "$0")/.." && pwd)/.venv/bin/python}
cd "$checkout"
export PYTHONPATH="$checkout"  # its own generator/, not the installed one
echo "# cleaning errors of $(git rev-parse --short HEAD) ($checkout), $(date -u '+%F %H:%M UTC')"
"$python" -c "import generator; print(\"# generator from\", generator.__file__)"
for half in a b; do
  echo "## python eval/clean_dev.py --half $half"
  "$python" eval/clean_dev.py --half "$half"
done
for set in pages heldout $(seq -f 'heldout%g' 2 "$last"); do
  echo "## python eval/clean_pages.py --set $set"
  "$python" eval/clean_pages.py --set "$set"
done
