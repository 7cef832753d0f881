#!/usr/bin/env bash
# Session 24 (helper Q10): every quote miss of one checkout's code (quote batches 1-24, all
# spent, and the TUNING half; never test, never unread batch 25), as quote_misses_s21.sh. Its
# log classes by hand the misses of batches 22-24 (the newest, most like new pages) and tune.
#   git worktree add --detach BASE main
#   bash benchmarks/quote_misses_s24.sh BASE >> benchmarks/logs/quote_misses_s24.log 2>&1
exec bash "$(dirname "$0")/quote_misses_s21.sh" "$@"
