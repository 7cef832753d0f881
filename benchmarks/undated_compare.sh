#!/usr/bin/env bash
# Undated reports (issue 9): main's analysis and this branch's side by side, on the TUNING
# half only (never --split test), by halves, and on the development pages.
#
#   benchmarks/undated_compare.sh BASE_WORKTREE PART... > benchmarks/logs/undated_<name>.log
#
# BASE_WORKTREE: see compare_common.sh. PART: tune (briefing eval, date and grouping by
# tuning halves), dev (the dev parts of eval/dev/groups*.yaml and the visible dates pages) or
# hidden (the hidden part of eval/dev/groups2.yaml: totals only, run ONCE).
# shellcheck source=benchmarks/compare_common.sh
source "$(dirname "$0")/compare_common.sh" "undated reports" groups2 -- "$@"

part() {  # part PART LABEL DIR
  local label=$2 dir=$3
  case $1 in
  tune)
    tune_lines "$label" "$dir"
    side "$label" "$dir" "^shipped->.: P" eval/group_dev.py --shipped
    ;;
  dev)
    side "$label" "$dir" "." eval/group_pages.py --part dev
    side "$label" "$dir" "." eval/group_pages.py --set groups2 --part dev
    side "$label" "$dir" "^[^ ]" eval/date_pages.py
    ;;
  hidden) side "$label" "$dir" "." eval/group_pages.py --set groups2 --part hidden ;;
  esac
}

compare part
