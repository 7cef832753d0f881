#!/usr/bin/env bash
# Figure reporters (issue 9, session 23): main's figures and this branch's side by side on the
# TUNING half (eval/figure_dev.py: kind and reporter of every labelled figure found) and on
# the cleaning development pages, which carry no figure labels (eval/figure_pages.py: every
# figure found, one a line; the lines that differ are printed, to be read by hand).
#
#   benchmarks/figure_compare_s23.sh BASE_WORKTREE > benchmarks/logs/figure_compare_s23.log
# shellcheck source=benchmarks/compare_common.sh
source "$(dirname "$0")/compare_common.sh" "figures" pages -- "$1" tune pages

part() {  # part PART LABEL DIR
  local label=$2 dir=$3
  case $1 in
  tune) side "$label" "$dir" "^figures matched" eval/figure_dev.py ;;
  pages) side "$label" "$dir" "." eval/figure_pages.py > "/tmp/figure_pages_$label.txt" ;;
  esac
}

compare part
echo "## figure_pages.py lines that differ (< main, > branch)"
diff /tmp/figure_pages_main.txt /tmp/figure_pages_branch.txt || true
