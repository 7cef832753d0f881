#!/usr/bin/env bash
# Session 23 (helper Q9): every quote miss of one checkout's code (quote batches 1-23, all
# spent, and the TUNING half; never test, never unread batch 24), as quote_misses_s21.sh.
#   bash benchmarks/quote_misses_s23.sh . >> benchmarks/logs/quote_misses_s23.log 2>&1
exec bash "$(dirname "$0")/quote_misses_s21.sh" "$@"
