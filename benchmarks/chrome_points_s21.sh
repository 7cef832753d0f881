#!/usr/bin/env bash
# Key points from a labelled chrome line (the totals line of clean_dev.py and of
# clean_pages.py --quiet, each set grouped by the pipeline), a checkout's generator (BASE)
# then this branch's. Counts only.
#   bash benchmarks/chrome_points_s21.sh BASE > benchmarks/logs/chrome_title_points_s21.log
set -euo pipefail
base=$1
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here/eval"
sets=$(python -c "import clean_pages; print(' '.join(clean_pages.SETS))")
count() { grep -o 'key points from a chrome line: [0-9]*/[0-9]*' | tail -1; }
echo "# key points from a labelled chrome line, generator of $base ($(git -C "$base" rev-parse --short HEAD)) -> this branch ($(git rev-parse --short HEAD)), $(date -u +%F)"
echo "tune: $(PYTHONPATH="$base" python clean_dev.py | count) -> $(python clean_dev.py | count)"
for s in $sets; do
    echo "$s: $(PYTHONPATH="$base" python clean_pages.py --set "$s" --quiet | count) -> $(python clean_pages.py --set "$s" --quiet | count)"
done
