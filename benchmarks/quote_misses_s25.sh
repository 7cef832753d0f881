#!/usr/bin/env bash
# Session 25 (helper Q11): every quote miss of one checkout's code (quote batches 1-25, all
# spent, and the TUNING half; never test, never unread batch 26), as quote_misses_s21.sh.
#   bash benchmarks/quote_misses_s25.sh DIR >> benchmarks/logs/quote_misses_s25.log 2>&1
exec bash "$(dirname "$0")/quote_misses_s21.sh" "$@"
