#!/usr/bin/env bash
# Grouping (issue 9): each refitted candidate model, written by `eval/fit_grouping.py ...
# --model-out benchmarks/models_TAG/NAME`, grouped beside the shipped model on `tune` and every
# spent set with benchmarks/group_compare.sh (the parts: REFIT_PARTS, default "tune spent").
# The candidate's two files are copied over the shipped ones in this worktree for the run
# (the header counts them as changed files) and put back afterwards; nothing is committed.
# Candidates whose reference frequencies came out byte-identical share one copy,
# benchmarks/models_TAG/reference_frequencies.json (a candidate's own copy, when it differs,
# is kept beside its model and used instead).
#
#   benchmarks/refit_compare.sh TAG BASE_WORKTREE NAME/VARIANT...
# Logs: benchmarks/logs/group_compare_TAG_<NAME>_<VARIANT>.log
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
tag=$1
base=$2
shift 2
data=$here/generator/analyse/data
restore() { git -C "$here" checkout -- generator/analyse/data; }
trap restore EXIT
for candidate in "$@"; do
  from=$here/benchmarks/models_$tag/$candidate
  log=$here/benchmarks/logs/group_compare_${tag}_${candidate//\//_}.log
  frequencies=$from/reference_frequencies.json  # the candidate's own when it is kept
  [ -f "$frequencies" ] || frequencies=$here/benchmarks/models_$tag/reference_frequencies.json
  cp "$from/grouping_model.json" "$frequencies" "$data/"
  {
    echo "# candidate benchmarks/models_$tag/$candidate in place of the shipped model; made_by:" \
      "$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(d["made_by"], "fitted_at", d["fitted_at"], "C", d["strength"], "join", d["join"])' "$data/grouping_model.json")"
    # shellcheck disable=SC2086 # the parts are words
    "$here/benchmarks/group_compare.sh" "$base" ${REFIT_PARTS:-tune spent}
  } > "$log" 2>&1
  restore
done
