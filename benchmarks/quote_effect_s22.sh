#!/usr/bin/env bash
# Session 22 (helper Q8): this branch's quote rules beside main. quote_compare.sh (batches 1-22,
# all spent; tune's labelled quotations; every quotation found on tune and the spent development
# sets, undated), then every quotation found with each dated development page given its recorded
# day (quote_pages.py --published) and the tuning half's speakers outside the glossary
# (quote_unlisted.py), those whose line differs. Never test; never an unread batch.
#   git worktree add --detach BASE main
#   bash benchmarks/quote_effect_s22.sh BASE > benchmarks/logs/quote_devset_s22.log 2>&1
set -uo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
base=$(cd "$1" && pwd)
python=${PYTHON:-$here/.venv/bin/python}
bash "$here/benchmarks/quote_compare.sh" "$base"
out=$(mktemp -d)
for pair in "main:$base" "branch:$here"; do
  label=${pair%%:*} dir=${pair#*:}
  (cd "$dir" && PYTHONPATH="$dir" "$python" eval/quote_pages.py --published >"$out/$label.dated" 2>&1)
  (cd "$dir" && PYTHONPATH="$dir" "$python" eval/quote_unlisted.py >"$out/$label.unlisted" 2>&1)
done
echo "==== every quotation found, dated pages given their day (quote_pages.py --published):" \
  "$(wc -l <"$out/main.dated") on main, $(wc -l <"$out/branch.dated") on the branch; lines that differ"
diff "$out/main.dated" "$out/branch.dated" | grep -a '^[<>]'
echo "==== tune's speakers outside the glossary (quote_unlisted.py): last lines, main then branch;" \
  "lines that differ"
tail -3 "$out/main.unlisted"
tail -3 "$out/branch.unlisted"
diff "$out/main.unlisted" "$out/branch.unlisted" | grep -a '^[<>]'
rm -rf "$out"
