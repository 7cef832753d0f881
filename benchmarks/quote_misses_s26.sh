#!/usr/bin/env bash
# Session 26 (helper Q13): every quote miss of one checkout's code (quote batches 1-27, all
# spent, and the TUNING half; never test, never unread batch 28), as quote_misses_s21.sh. Its
# log carries the causes, read by hand, above the raw output.
#   bash benchmarks/quote_misses_s26.sh DIR >> benchmarks/logs/quote_misses_s26.log 2>&1
exec bash "$(dirname "$0")/quote_misses_s21.sh" "$@"
