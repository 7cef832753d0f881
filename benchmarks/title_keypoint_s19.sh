#!/usr/bin/env bash
# Titles and key points from chrome lines (issue 9, session 19, helper K): main's analysis
# and this branch's, over the TUNING half only (never the test half) and the spent cleaning
# sets, with this branch's eval scripts and data and each checkout's own generator/.
#
#   benchmarks/title_keypoint_s19.sh BASE_WORKTREE signals > benchmarks/logs/title_keypoint_signals_s19.log
#   benchmarks/title_keypoint_s19.sh BASE_WORKTREE changes > benchmarks/logs/keypoint_changes_s19.log
#   benchmarks/title_keypoint_s19.sh BASE_WORKTREE eval > benchmarks/logs/analysis_eval_tune_keypoints_s19.log
#   benchmarks/title_keypoint_s19.sh BASE_WORKTREE heldout17 > benchmarks/logs/chrome_title_points_heldout17_s19.log
#
# signals: every signal on main's chosen key points and headlines (--list), the event titles
# the off-event tie-break (tried, not kept) would move, then the branch's totals.
# changes: every key point main chooses that the branch does not (<) and the reverse (>).
# eval: `briefing eval --split tune` (the tuning half) with each checkout's generator.
# heldout17: the one scoring of a set this work never read: totals only, run ONCE.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
base=$(cd "$1" && pwd)
py="$here/.venv/bin/python"
script="$here/eval/title_keypoint_signals.py"
run() { PYTHONPATH="$1" "$py" "$script" "${@:2}"; }
echo "# $(date -u +%FT%TZ) branch $(git -C "$here" rev-parse --short HEAD)" \
  "(generator/ $(git -C "$here" status --porcelain generator | wc -l) files changed since)," \
  "base $(git -C "$base" rev-parse --short HEAD)"
case $2 in
signals)
  echo "## main's generator ($base): signals on its choices"
  run "$base" --list --title-share 0.25
  echo "## this branch's generator: totals"
  run "$here" | grep -v '^  [A-Za-z]* [a-z0-9]* l'
  ;;
changes)
  echo "## key points main chooses and the branch does not (<), and the reverse (>)"
  diff <(run "$base" --points | grep '^POINT' | sort) \
    <(run "$here" --points | grep '^POINT' | sort) || true
  ;;
eval)
  for dir in "$base" "$here"; do
    echo "## $dir's generator"
    (cd "$dir" && PYTHONPATH="$dir" "$py" -m generator eval --split tune) |
      grep -E 'key point|titles|boilerplate|^grouping_f1'
  done
  ;;
heldout17)
  for dir in "$base" "$here"; do
    echo "## $dir's generator"
    PYTHONPATH="$dir" "$py" "$here/eval/clean_pages.py" --set heldout17 --quiet
    run "$dir" --sets heldout17
  done
  ;;
esac
