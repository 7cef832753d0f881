#!/usr/bin/env bash
# Session 22 (helper Q8): `briefing eval` on the TUNING half (its default split; never test),
# main's checkout beside this branch's, for the quote lines.
#   git worktree add --detach BASE main
#   bash benchmarks/quote_tune_eval_s22.sh BASE > benchmarks/logs/quote_tune_eval_s22.log 2>&1
set -uo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
base=$(cd "$1" && pwd)
python=${PYTHON:-$here/.venv/bin/python}
for pair in "main:$base" "branch:$here"; do
  label=${pair%%:*} dir=${pair#*:}
  echo "==== $label $(git -C "$dir" rev-parse --short HEAD), $(date -u '+%Y-%m-%d %H:%M UTC'):" \
    "python -m generator eval (split tune)"
  (cd "$dir" && PYTHONPATH="$dir" "$python" -m generator eval)
done
