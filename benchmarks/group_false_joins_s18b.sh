#!/usr/bin/env bash
# Grouping (issue 9, session 18, helper G5): the false joins of the refit in
# generator/analyse/data (the candidate under test) on the SPENT sets' parts the refits
# lose, without the accord gate (as main groups) and with it, and where the gate fires
# (eval/group_effect.py: the tuning half and every spent part). Never the test half.
#
#   benchmarks/group_false_joins_s18b.sh > benchmarks/logs/group_false_joins_s18.log
set -euo pipefail
cd "$(dirname "$0")/.."
python=${PYTHON:-.venv/bin/python}
echo "# commit $(git rev-parse --short HEAD), $(date -u '+%Y-%m-%d %H:%M UTC');" \
  "model $(grep -o '"fitted_at": "[^"]*"' generator/analyse/data/grouping_model.json)," \
  "join $(tr -d '\n ' < generator/analyse/data/grouping_model.json | grep -o '"join":{[^}]*}')"
wanted='^(groups-dev|groups3-dev|groups5-dev) FALSE'
for gate in --no-effect-gate ""; do
  echo "## eval/group_causes.py $gate: false joins on groups-dev, groups3-dev, groups5-dev"
  # shellcheck disable=SC2086
  "$python" eval/group_causes.py $gate | grep -E -A2 "$wanted" | grep -v '^--$' || true
  echo "## eval/group_causes.py --totals $gate"
  # shellcheck disable=SC2086
  "$python" eval/group_causes.py --totals $gate
done
echo "## eval/group_effect.py"
"$python" eval/group_effect.py
