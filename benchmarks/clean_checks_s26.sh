#!/usr/bin/env bash
# Session 26 (helper C6): clean_checks_s25.sh on session 26's spent data, in one log: (1)
# every spent cleaning set (pages .. heldout21, clean_compare.SPENT_SETS) and tune, set by set
# and pooled; (2) every page of the spent date and grouping sets whose headline line or kept
# lines move; (3) `briefing eval --split tune` with each generator/. Never the test half,
# never heldout22 (clean_pages.UNREAD).
#   bash benchmarks/clean_checks_s26.sh BASE_CHECKOUT > benchmarks/logs/clean_checks_s26.log
exec bash "$(dirname "$0")/clean_checks_s25.sh" "$1"
