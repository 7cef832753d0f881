#!/usr/bin/env bash
# Undated reports (issue 9): main's analysis and this branch's side by side, on the TUNING
# half only (never --split test), by halves, and on the development pages.
#
#   benchmarks/undated_compare.sh BASE_WORKTREE PART... > benchmarks/logs/undated_<name>.log
#
# BASE_WORKTREE is a checkout of the base commit (git worktree add /tmp/base <commit>); this
# branch's eval/ scripts and development data are copied into it (untracked) so that both
# sides run the same scripts, and only generator/ differs. PART: tune (briefing eval, date
# and grouping by tuning halves), dev (the dev parts of eval/dev/groups*.yaml and the visible
# dates pages) or hidden (the hidden part of eval/dev/groups2.yaml: totals only, run ONCE).
set -euo pipefail
base=$(cd "$1" && pwd)
shift
here=$(cd "$(dirname "$0")/.." && pwd)
python=${PYTHON:-$here/.venv/bin/python}
cp "$here"/eval/*.py "$base/eval/"
cp -r "$here/eval/dev/groups2" "$here/eval/dev/groups2.yaml" "$base/eval/dev/"

echo "# undated reports, main vs branch: base $(git -C "$base" rev-parse --short HEAD)," \
  "branch $(git -C "$here" rev-parse --short HEAD) $(git -C "$here" status --porcelain -- generator | wc -l) files changed since," \
  "$(date -u '+%Y-%m-%d %H:%M UTC'); $0 $*; load $(cut -d' ' -f1-3 /proc/loadavg)"

side() {  # side LABEL DIR PATTERN COMMAND...: COMMAND in DIR with DIR's generator/, the
  # lines matching PATTERN (grep -E)
  local label=$1 dir=$2 pattern=$3
  shift 3
  echo "## $label: $*"
  (cd "$dir" && PYTHONPATH="$dir" "$python" "$@" 2>&1) | grep -E "$pattern"
}

for part in "$@"; do
  for pair in "main:$base" "branch:$here"; do
    label=${pair%%:*} dir=${pair#*:}
    case $part in
    tune)
      side "$label" "$dir" "grouping:|event dates|_f1=" -m generator eval --split tune
      for half in a b; do side "$label" "$dir" "^date exact" eval/date_dev.py --half "$half"; done
      side "$label" "$dir" "^shipped->.: P" eval/group_dev.py --shipped
      ;;
    dev)
      side "$label" "$dir" "." eval/group_pages.py --part dev
      side "$label" "$dir" "." eval/group_pages.py --set groups2 --part dev
      side "$label" "$dir" "^[^ ]" eval/date_pages.py
      ;;
    hidden)
      side "$label" "$dir" "." eval/group_pages.py --set groups2 --part hidden
      ;;
    esac
  done
done
