#!/usr/bin/env bash
# Grouping (issue 9, session 17): main's grouping and this branch's side by side, on the
# TUNING half only (never --split test), the spent development sets and eval/dev/groups5.yaml
# (groups4.yaml until session 17; its both parts are spent now and in `spent`).
#
#   benchmarks/group_compare.sh BASE_WORKTREE PART... > benchmarks/logs/group_compare_<name>.log
#
# BASE_WORKTREE: see compare_common.sh. PART: tune (briefing eval's grouping line on tune, the
# shipped model on each tuning half), spent (every part of groups, groups2 and groups3: one
# line each; groups4's too since session 18), dev (groups5's dev part, totals), hidden
# (groups5's hidden part: totals only), unread6 or unread7 (eval/dev/groups6.yaml and
# groups7.yaml, session 19: all hidden and unread, totals only, run ONCE, at the end of the
# session that refits; spent since), unread8 or unread9 (eval/dev/groups8.yaml and
# groups9.yaml, session 20: the same; scored once by the lead in session 20, spent since),
# unread10 (eval/dev/groups10.yaml, session 21: all hidden and unread, totals only, run ONCE,
# by the lead, main's model beside the candidate; spent since), unread11 (eval/dev/groups11.yaml,
# session 21, helper G12: all hidden and unread, totals only, run ONCE, by the lead of a later
# session, main's model beside the candidate), unread12 (eval/dev/groups12.yaml, session 22,
# helper G14: the same, for a later session's one decision), unread13 (eval/dev/groups13.yaml,
# session 25, helper GB13: all hidden and unread, totals only, run ONCE, by the lead of session
# 25, main's model beside the candidate, group_decision_s25.log), unread14
# (eval/dev/groups14.yaml, session 25, helper GB14: the same, for a later session's one
# decision), unread15 (eval/dev/groups15.yaml, session 26, helper GB15: the same), unread16
# (eval/dev/groups16.yaml, session 26, helper GB16: the same).
# shellcheck source=benchmarks/compare_common.sh
source "$(dirname "$0")/compare_common.sh" "grouping" groups5 groups6 groups7 groups8 groups9 groups10 groups11 groups12 groups13 groups14 groups15 groups16 -- "$@"

part() {  # part PART LABEL DIR
  local label=$2 dir=$3
  case $1 in
  tune)
    side "$label" "$dir" "grouping:" -m generator eval --split tune
    side "$label" "$dir" "^shipped->.: P" eval/group_dev.py --shipped
    ;;
  spent) side "$label" "$dir" "pairwise" eval/group_causes.py --totals ;;
  dev) side "$label" "$dir" "." eval/group_pages.py --set groups5 --part dev --quiet ;;
  hidden) side "$label" "$dir" "." eval/group_pages.py --set groups5 --part hidden ;;
  unread6) side "$label" "$dir" "." eval/group_pages.py --set groups6 --part hidden ;;
  unread7) side "$label" "$dir" "." eval/group_pages.py --set groups7 --part hidden ;;
  unread8) side "$label" "$dir" "." eval/group_pages.py --set groups8 --part hidden ;;
  unread9) side "$label" "$dir" "." eval/group_pages.py --set groups9 --part hidden ;;
  unread10) side "$label" "$dir" "." eval/group_pages.py --set groups10 --part hidden ;;
  unread11) side "$label" "$dir" "." eval/group_pages.py --set groups11 --part hidden ;;
  unread12) side "$label" "$dir" "." eval/group_pages.py --set groups12 --part hidden ;;
  unread13) side "$label" "$dir" "." eval/group_pages.py --set groups13 --part hidden ;;
  unread14) side "$label" "$dir" "." eval/group_pages.py --set groups14 --part hidden ;;
  unread15) side "$label" "$dir" "." eval/group_pages.py --set groups15 --part hidden ;;
  unread16) side "$label" "$dir" "." eval/group_pages.py --set groups16 --part hidden ;;
  esac
}

compare part
