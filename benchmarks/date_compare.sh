#!/usr/bin/env bash
# Event dates (issue 9, sessions 11, 17, 18, 19 and 21): main's analysis and this branch's side by side, on
# the TUNING half only (never --split test), by halves, and on the development pages for dates.
#
#   benchmarks/date_compare.sh BASE_WORKTREE PART... > benchmarks/logs/date_<name>.log
#
# BASE_WORKTREE: see compare_common.sh. PART: tune (briefing eval and date_dev.py by tuning
# halves), spent (every part of eval/dev/dates.yaml ... dates5.yaml, spent in sessions 9, 11, 17
# and 18, and of groups.yaml and groups2.yaml, spent in sessions 9-10: totals), visible (the
# read half of eval/dev/dates6.yaml, listed) or hidden (the unread half of eval/dev/dates6.yaml:
# totals only, never a page; run ONCE, at the end). Earlier batches (dates2 in session 11, dates3
# and dates4 in session 17, dates5 in session 18) are now part of `spent`. `misses` (session 21):
# eval/date_misses.py's totals on tune and every spent date and grouping set (dates..dates6,
# groups..groups9, every part), dating alone and with the build's grouping. `groups` (session
# 24): eval/group_pages.py's last line (grouping and event dates) on every part of every spent
# grouping set (group_pages.SPENT_SETS), to see that a date rule leaves grouping alone
# (groups11 and groups12, spent for dating since session 24, added in session 25; groups13,
# spent since session 25, added in session 26).
# shellcheck source=benchmarks/compare_common.sh
source "$(dirname "$0")/compare_common.sh" "event dates" dates2 dates3 dates4 dates5 dates6 -- "$@"

part() {  # part PART LABEL DIR
  local label=$2 dir=$3
  case $1 in
  tune) tune_lines "$label" "$dir" ;;
  spent)
    for set in dates dates2 dates3 dates4 dates5; do
      for p in visible hidden; do
        side "$label" "$dir" "^date exact" eval/date_pages.py --set "$set" --part "$p"
      done
    done
    for set in groups groups2; do
      for p in dev hidden; do
        side "$label" "$dir" "event dates" eval/group_pages.py --set "$set" --part "$p" --quiet
      done
    done
    ;;
  visible) side "$label" "$dir" "." eval/date_pages.py --set dates6 --part visible ;;
  hidden) side "$label" "$dir" "^date exact" eval/date_pages.py --set dates6 --part hidden ;;
  misses) side "$label" "$dir" "^==" eval/date_misses.py ;;
  groups)
    for set in groups groups2 groups3 groups4 groups5; do
      for p in dev hidden; do
        side "$label" "$dir" "event dates" eval/group_pages.py --set "$set" --part "$p" --quiet
      done
    done
    for set in groups6 groups7 groups8 groups9 groups10 groups11 groups12 groups13; do  # all hidden: no dev part
      side "$label" "$dir" "event dates" eval/group_pages.py --set "$set" --part hidden --quiet
    done
    ;;
  esac
}

compare part
