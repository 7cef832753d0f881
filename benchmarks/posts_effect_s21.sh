#!/usr/bin/env bash
# Session 21 (helper P1): a post stands for the person who held it on the report's day.
# Main beside this branch (main's glossary has no posts, the branch's has): briefing eval on
# the TUNING half (never --split test; its grouping line shows grouping unmoved), the quote
# batches 1-22 (all spent), tune's labelled quotations, every quotation found on tune and the
# spent development sets whose speaker moved (quote_compare.sh), and quotations of
# speakers outside the glossary (quote_unlisted.py); then every quotation found on tune and the
# spent development sets with each dated page given its recorded publication day
# (quote_pages.py --published: the quote batches and most pages carry no day, and an undated
# report's post stays unresolved), those whose line differs.
#   git worktree add --detach BASE main
#   bash benchmarks/posts_effect_s21.sh BASE > benchmarks/logs/posts_effect_s21.log 2>&1
set -uo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
base=$(cd "$1" && pwd)
python=${PYTHON:-$here/.venv/bin/python}
cp "$here"/eval/*.py "$base/eval/"
out=$(mktemp -d)
echo "# posts, main vs branch: base $(git -C "$base" rev-parse --short HEAD)," \
  "branch $(git -C "$here" rev-parse --short HEAD), $(date -u '+%Y-%m-%d %H:%M UTC')"
for pair in "main:$base" "branch:$here"; do
  label=${pair%%:*} dir=${pair#*:}
  (cd "$dir" && PYTHONPATH="$dir" "$python" -m generator eval --split tune >"$out/$label.eval" 2>&1)
  (cd "$dir" && PYTHONPATH="$dir" "$python" eval/quote_unlisted.py >"$out/$label.unlisted" 2>&1)
  (cd "$dir" && PYTHONPATH="$dir" "$python" eval/quote_pages.py --published >"$out/$label.dated" 2>&1)
done
for name in eval unlisted; do
  echo "==== $name: main"
  cat "$out/main.$name"
  echo "==== $name: diff main -> branch"
  diff "$out/main.$name" "$out/branch.$name" || true
done
echo "==== every quotation found, dated pages with their day: $(wc -l <"$out/main.dated") on main," \
  "$(wc -l <"$out/branch.dated") on the branch; those whose line differs"
diff "$out/main.dated" "$out/branch.dated" | grep '^[<>]'
rm -rf "$out"
bash "$here/benchmarks/quote_compare.sh" "$base"
