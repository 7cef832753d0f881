#!/usr/bin/env bash
# Every quotation whose verdict moved between main and this branch (session 20, helper L):
# the quote batches (all spent; eval/quote_devset.py) and the TUNING half's labelled quotes
# (eval/quote_dev.py, never test), each miss with its sentence, main's lines "<", the
# branch's ">", to judge by hand whether the new speaker is the right person.
#   bash benchmarks/gazetteer_quotes_s20.sh BASE_WORKTREE > benchmarks/logs/gazetteer_quotes_s20.log 2>&1
set -uo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
base=$(cd "$1" && pwd)
python=${PYTHON:-$here/.venv/bin/python}
cp "$here"/eval/*.py "$base/eval/"
out=$(mktemp -d)
echo "# quote verdicts that moved, main vs branch: base $(git -C "$base" rev-parse --short HEAD)," \
  "branch $(git -C "$here" rev-parse --short HEAD), $(date -u '+%Y-%m-%d %H:%M UTC')"
misses() {  # misses FILE: each miss line joined with the sentence line under it
  awk '/^(wrong|unresolved|not-found|MISS) /{line=$0; getline nxt; print line " || " nxt}' "$1"
}
for pair in "main:$base" "branch:$here"; do
  label=${pair%%:*} dir=${pair#*:}
  (cd "$dir" && PYTHONPATH="$dir" "$python" eval/quote_devset.py >"$out/$label.batches" 2>&1)
  (cd "$dir" && PYTHONPATH="$dir" "$python" eval/quote_dev.py >"$out/$label.tune" 2>&1)
done
for name in batches tune; do
  echo "==== $name: totals, main then branch"
  tail -1 "$out/main.$name"
  tail -1 "$out/branch.$name"
  echo "==== $name: misses that differ"
  diff <(misses "$out/main.$name") <(misses "$out/branch.$name") | grep '^[<>]' | cut -c1-400
done
rm -rf "$out"
