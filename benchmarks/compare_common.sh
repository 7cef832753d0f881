# Sourced by benchmarks/{date,undated}_compare.sh: main's analysis and this branch's side by
# side. Usage in the sourcing script: `source compare_common.sh TITLE DEV_DATA... -- "$@"`,
# where "$@" is BASE_WORKTREE PART...; sets `parts`, defines `side`, `tune_lines` and
# `compare` (which calls the script's own function for each part and side).
#
# BASE_WORKTREE is a checkout of the base commit (git worktree add --detach DIR <commit>);
# this branch's eval/ scripts and the named development data are copied into it (untracked)
# so that both sides run the same scripts and only generator/ differs.
set -euo pipefail
title=$1
shift
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
while [ "$1" != "--" ]; do
  dev_data+=("$here/eval/dev/$1" "$here/eval/dev/$1.yaml")
  shift
done
shift
base=$(cd "$1" && pwd)
shift
parts=("$@")
python=${PYTHON:-$here/.venv/bin/python}
cp "$here"/eval/*.py "$base/eval/"
cp -r "${dev_data[@]}" "$base/eval/dev/"

echo "# $title, main vs branch: base $(git -C "$base" rev-parse --short HEAD)," \
  "branch $(git -C "$here" rev-parse --short HEAD) $(git -C "$here" status --porcelain -- generator | wc -l) files changed since," \
  "$(date -u '+%Y-%m-%d %H:%M UTC'); $0 $base ${parts[*]}; load $(cut -d' ' -f1-3 /proc/loadavg)"

side() {  # side LABEL DIR PATTERN COMMAND...: COMMAND in DIR with DIR's generator/, the
  # lines matching PATTERN (grep -E)
  local label=$1 dir=$2 pattern=$3
  shift 3
  echo "## $label: $*"
  (cd "$dir" && PYTHONPATH="$dir" "$python" "$@" 2>&1) | grep -E "$pattern"
}

tune_lines() {  # tune_lines LABEL DIR: briefing eval on tune, and dates by tuning halves
  side "$1" "$2" "grouping:|event dates|_f1=" -m generator eval --split tune
  for half in a b; do side "$1" "$2" "^date exact" eval/date_dev.py --half "$half"; done
}

compare() {  # compare FUNCTION: FUNCTION PART LABEL DIR for each part, main's side first
  local part pair
  for part in "${parts[@]}"; do
    for pair in "main:$base" "branch:$here"; do
      "$1" "$part" "${pair%%:*}" "${pair#*:}"
    done
  done
}
