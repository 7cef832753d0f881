#!/usr/bin/env bash
# Session 22 (helper Q8): every quote miss of one checkout's code, as quote_misses_s21.sh lists
# them (the quote batches and the TUNING half, never test). Its log carries the causes, read by
# hand, above the raw output.
#   git worktree add --detach BASE main
#   bash benchmarks/quote_misses_s22.sh BASE >> benchmarks/logs/quote_misses_s22.log 2>&1
exec bash "$(dirname "$0")/quote_misses_s21.sh" "$@"
