#!/usr/bin/env bash
# Quote speakers, main beside this branch (session 21, helper Q7; session 20's
# gazetteer_quotes_s20.sh calls it too). Every verdict that moved on
# the quote batches (every read one: eval/quote_devset.py leaves its UNREAD_BATCHES, batch 23
# since session 22, out) and on the TUNING half's labelled
# quotations (eval/quote_dev.py, never test), each miss with its sentence (main "<", branch
# ">"); then every quotation found, labelled or not, whose speaker moved on tune and every
# spent development set (eval/quote_pages.py), to read each by hand.
#   git worktree add --detach BASE main
#   bash benchmarks/quote_compare.sh BASE > benchmarks/logs/quote_devset_s21.log 2>&1
set -uo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
base=$(cd "$1" && pwd)
python=${PYTHON:-$here/.venv/bin/python}
cp "$here"/eval/*.py "$base/eval/"
out=$(mktemp -d)
echo "# quote speakers, main vs branch: base $(git -C "$base" rev-parse --short HEAD)," \
  "branch $(git -C "$here" rev-parse --short HEAD), $(date -u '+%Y-%m-%d %H:%M UTC')"
misses() {  # misses FILE: each miss line joined with the sentence line under it
  awk '/^(wrong|unresolved|not-found|MISS) /{line=$0; getline nxt; print line " || " nxt}' "$1"
}
for pair in "main:$base" "branch:$here"; do
  label=${pair%%:*} dir=${pair#*:}
  (cd "$dir" && PYTHONPATH="$dir" "$python" eval/quote_devset.py >"$out/$label.batches" 2>&1)
  (cd "$dir" && PYTHONPATH="$dir" "$python" eval/quote_dev.py >"$out/$label.tune" 2>&1)
  (cd "$dir" && PYTHONPATH="$dir" "$python" eval/quote_pages.py >"$out/$label.pages" 2>&1)
done
for name in batches tune; do
  echo "==== $name: per batch and totals, main then branch"
  grep -a -E '^(batch |speaker right|named speakers)' "$out/main.$name"
  grep -a -E '^(batch |speaker right|named speakers)' "$out/branch.$name"
  echo "==== $name: misses that differ"
  diff <(misses "$out/main.$name") <(misses "$out/branch.$name") | grep -a '^[<>]' | cut -c1-400
done
echo "==== every quotation found (tune and every spent development set): $(wc -l <"$out/main.pages") on main," \
  "$(wc -l <"$out/branch.pages") on the branch; those whose line differs"
diff "$out/main.pages" "$out/branch.pages" | grep -a '^[<>]'
rm -rf "$out"
