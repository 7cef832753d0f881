#!/usr/bin/env bash
# Session 25 (helper Q11): `briefing eval` on the TUNING half (never test), main beside this
# branch, for the quote lines.
#   git worktree add --detach BASE main
#   PYTHON=/work/main/.venv/bin/python bash benchmarks/quote_tune_eval_s25.sh BASE \
#     > benchmarks/logs/quote_tune_eval_s25.log 2>&1
exec bash "$(dirname "$0")/quote_tune_eval_s22.sh" "$@"
