#!/usr/bin/env bash
# Session 22 (helper Q8; as quote_misses_s21.sh): every quote miss of one checkout's code, the quote batches (all
# spent; eval/quote_devset.py) and the TUNING half (eval/quote_dev.py, never test), with the
# sentence of each. Its log carries the causes, read by hand, above the raw output.
#   git worktree add --detach BASE main
#   bash benchmarks/quote_misses_s22.sh BASE >> benchmarks/logs/quote_misses_s22.log 2>&1
set -uo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
dir=$(cd "$1" && pwd)
python=${PYTHON:-$here/.venv/bin/python}
[ "$dir" = "$here" ] || cp "$here"/eval/*.py "$dir/eval/"
echo "++++ $(date -u '+%Y-%m-%d %H:%M UTC'); code at $(git -C "$dir" rev-parse --short HEAD) ($dir)"
echo "==== quote batches: python eval/quote_devset.py"
(cd "$dir" && PYTHONPATH="$dir" "$python" eval/quote_devset.py)
echo "==== tune: python eval/quote_dev.py"
(cd "$dir" && PYTHONPATH="$dir" "$python" eval/quote_dev.py)
