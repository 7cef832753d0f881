#!/usr/bin/env bash
# Grouping, session 19 (helper G7): the ONE scoring of the unread sets groups6 and groups7
# (totals only), run after benchmarks/logs/group_decision_s19.log was committed.
#
#   benchmarks/group_unread_s19.sh BASE_WORKTREE > benchmarks/logs/group_devset_s19_unread.log
#
# Main (BASE_WORKTREE) beside this branch (the shipped model with the series gate: what the
# decision proposes), then, for information only, the refused refit C1
# (benchmarks/models_s19/gates/tune_only) on this branch's code. The branch's committed model
# files are put back afterwards.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
python=${PYTHON:-$here/.venv/bin/python}
"$here/benchmarks/group_compare.sh" "$1" unread6 unread7
echo "## refused refit C1 (benchmarks/models_s19/gates/tune_only), for information only"
cp "$here"/benchmarks/models_s19/gates/tune_only/*.json "$here/generator/analyse/data/"
trap 'git -C "$here" checkout -- generator/analyse/data' EXIT
for name in groups6 groups7; do
  (cd "$here" && "$python" eval/group_pages.py --set "$name" --part hidden)
done
