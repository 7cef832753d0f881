#!/usr/bin/env bash
# Session 23 (helper Q9): `briefing eval` on the TUNING half (never test), main beside this
# branch, for quote speakers and entity precision (the glossary gained two forms).
#   git worktree add --detach BASE main
#   bash benchmarks/quote_tune_eval_s23.sh BASE > benchmarks/logs/quote_tune_eval_s23.log 2>&1
exec bash "$(dirname "$0")/quote_tune_eval_s22.sh" "$@"
