#!/usr/bin/env bash
# An analysis change beside main's: briefing eval on the TUNING half (never --split test),
# every read quote batch (quote_devset.py leaves the unread ones out), tune's named speakers, and the figures of the development
# pages, main's side and this branch's. Called by entity_effect_s19.sh and
# gazetteer_effect_s20.sh, which say what differed.
#   bash benchmarks/analysis_effect.sh TITLE BASE_WORKTREE
# BASE_WORKTREE: a checkout of main (git worktree add --detach DIR main); this branch's eval/
# scripts are copied into it. Grouping is benchmarks/group_compare.sh BASE tune spent.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
title=$1
base=$(cd "$2" && pwd)
python=${PYTHON:-$here/.venv/bin/python}
cp "$here"/eval/*.py "$base/eval/"
out=$(mktemp -d)
echo "# $title, main vs branch: base $(git -C "$base" rev-parse --short HEAD)," \
  "branch $(git -C "$here" rev-parse --short HEAD), $(date -u '+%Y-%m-%d %H:%M UTC')"
side() {  # side LABEL DIR NAME COMMAND...: COMMAND in DIR with DIR's generator/, kept as NAME
  local label=$1 dir=$2 name=$3
  shift 3
  (cd "$dir" && PYTHONPATH="$dir" "$python" "$@" >"$out/$label.$name" 2>&1)
}
for pair in "main:$base" "branch:$here"; do
  label=${pair%%:*} dir=${pair#*:}
  side "$label" "$dir" eval -m generator eval --split tune
  side "$label" "$dir" quotes eval/quote_devset.py --totals
  side "$label" "$dir" named eval/quote_dev.py
  side "$label" "$dir" figures eval/figure_pages.py
done
for name in eval quotes named figures; do
  echo "==== $name: main"
  if [ "$name" = figures ]; then wc -l <"$out/main.$name"; else cat "$out/main.$name"; fi
  echo "==== $name: diff main -> branch"
  diff "$out/main.$name" "$out/branch.$name" || true
done
rm -rf "$out"
