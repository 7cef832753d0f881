#!/usr/bin/env bash
# Session 24 (helper Q10): `briefing eval` on the TUNING half (never test), main beside this
# branch, for quote speakers and entity precision (the glossary gained one sdf form).
#   git worktree add --detach BASE main
#   PYTHON=/work/main/.venv/bin/python bash benchmarks/quote_tune_eval_s24.sh BASE \
#     > benchmarks/logs/quote_tune_eval_s24.log 2>&1
exec bash "$(dirname "$0")/quote_tune_eval_s22.sh" "$@"
