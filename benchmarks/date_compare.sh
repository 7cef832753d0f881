#!/usr/bin/env bash
# Event dates (issue 9, session 11): main's analysis and this branch's side by side, on the
# TUNING half only (never --split test), by halves, and on the development pages for dates.
#
#   benchmarks/date_compare.sh BASE_WORKTREE PART... > benchmarks/logs/date_<name>.log
#
# BASE_WORKTREE is a checkout of the base commit (git worktree add --detach DIR <commit>);
# this branch's eval/ scripts and development data are copied into it (untracked) so that
# both sides run the same scripts and only generator/ differs. PART: tune (briefing eval and
# date_dev.py by tuning halves), spent (every part of eval/dev/dates.yaml, groups.yaml and
# groups2.yaml: spent in sessions 9-10, totals), visible (the read half of
# eval/dev/dates2.yaml, listed) or hidden (the unread half of eval/dev/dates2.yaml: totals
# only, never a page; run ONCE, at the end).
set -euo pipefail
base=$(cd "$1" && pwd)
shift
here=$(cd "$(dirname "$0")/.." && pwd)
python=${PYTHON:-$here/.venv/bin/python}
cp "$here"/eval/*.py "$base/eval/"
cp -r "$here/eval/dev/dates2" "$here/eval/dev/dates2.yaml" "$base/eval/dev/"

echo "# event dates, main vs branch: base $(git -C "$base" rev-parse --short HEAD)," \
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
      ;;
    spent)
      for p in visible hidden; do side "$label" "$dir" "^date exact" eval/date_pages.py --part "$p"; done
      for set in groups groups2; do
        for p in dev hidden; do
          side "$label" "$dir" "event dates" eval/group_pages.py --set "$set" --part "$p" --quiet
        done
      done
      ;;
    visible)
      side "$label" "$dir" "." eval/date_pages.py --set dates2 --part visible
      ;;
    hidden)
      side "$label" "$dir" "^date exact" eval/date_pages.py --set dates2 --part hidden
      ;;
    esac
  done
done
