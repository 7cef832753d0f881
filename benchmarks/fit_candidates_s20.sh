#!/usr/bin/env bash
# Grouping (issue 9, session 20, helper G9): cross-validate the candidate features lead_rare
# and weekday_same with eval/fit_grouping.py --with-dev (tune's fixed halves; every spent set,
# groups6 and groups7 included), each alone, both, and neither (main's features, for the
# spent sets' held-out figures beside them). Models go to benchmarks/models_s20/NAME, never
# over the shipped files. Logs: benchmarks/logs/fit_grouping_s20_NAME.log. The features were
# taken out of generator/ after the decision (group_decision_s20.log): run it at 19728fd.
set -euo pipefail
cd "$(dirname "$0")/.."
run() {  # run NAME [fit_grouping options...]
  local name=$1 log=benchmarks/logs/fit_grouping_s20_$1.log
  shift
  {
    echo "# python eval/fit_grouping.py --with-dev --model-out benchmarks/models_s20/$name $*;" \
      "commit $(git rev-parse --short HEAD), started $(date -u '+%Y-%m-%d %H:%M UTC')"
    python eval/fit_grouping.py --with-dev --model-out "benchmarks/models_s20/$name" "$@"
    echo "# finished $(date -u '+%H:%M UTC')"
  } > "$log" 2>&1
}
names=("$@")
[ $# -gt 0 ] || names=(both rare weekday main)
for name in "${names[@]}"; do
  case $name in
  both) run both ;;
  rare) run rare --drop weekday_same ;;
  weekday) run weekday --drop lead_rare ;;
  main) run main --drop lead_rare weekday_same ;;
  esac
done
