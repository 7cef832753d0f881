#!/usr/bin/env bash
# Grouping (issue 9, session 20, helper G9; refit_compare_s17b.sh for models_s20): each refitted candidate model, written by
# `eval/fit_grouping.py ... --model-out benchmarks/models_s20/NAME` (logs
# benchmarks/logs/fit_grouping_s17b_NAME.log), grouped beside the shipped model on `tune` and
# every spent set with benchmarks/group_compare.sh. The candidate's two files are copied over
# the shipped ones in this worktree for the run (the header counts them as changed files)
# and put back afterwards; nothing is committed by this script. Every candidate's reference
# frequencies came out byte-identical (founding + tuning half, as the fit writes them on this
# code), so one copy is kept: benchmarks/models_s20/reference_frequencies.json (a candidate's
# own copy, when it differs, is kept beside its model and used instead).
#
#   benchmarks/refit_compare_s20.sh BASE_WORKTREE NAME/VARIANT...
#   e.g. benchmarks/refit_compare_s20.sh /work/wt-base f1/tune_only with_dev/tune_dev
# Logs: benchmarks/logs/group_compare_s20_<NAME>_<VARIANT>.log
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
base=$1
shift
data=$here/generator/analyse/data
restore() { git -C "$here" checkout -- generator/analyse/data; }
trap restore EXIT
for candidate in "$@"; do
  from=$here/benchmarks/models_s20/$candidate
  log=$here/benchmarks/logs/group_compare_s20_${candidate//\//_}.log
  frequencies=$from/reference_frequencies.json  # the candidate's own when it is kept
  [ -f "$frequencies" ] || frequencies=$here/benchmarks/models_s20/reference_frequencies.json
  cp "$from/grouping_model.json" "$frequencies" "$data/"
  {
    echo "# candidate benchmarks/models_s20/$candidate in place of the shipped model; made_by:" \
      "$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(d["made_by"], "fitted_at", d["fitted_at"], "C", d["strength"], "join", d["join"])' "$data/grouping_model.json")"
    "$here/benchmarks/group_compare.sh" "$base" tune spent
  } > "$log" 2>&1
  restore
done
