#!/usr/bin/env bash
# Session 26 (helper Q13): before/after proof for a change of quotes.py: main's checkout beside
# this branch on the read quote batches (1-27; eval/quote_devset.py leaves unread batch 28 out),
# tune's labelled quotations, every quotation found on tune and the spent development sets, dated
# pages and tune's speakers outside the glossary (quote_effect_s22.sh), then `python -m
# generator eval` on the TUNING split (quote_tune_eval_s22.sh). Never test; never batch 28.
#   git worktree add --detach BASE main
#   PYTHON=/work/main/.venv/bin/python bash benchmarks/quote_refactor_s26.sh BASE > LOG 2>&1
set -uo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
echo "# $(date -u '+%Y-%m-%d %H:%M UTC'): base $(git -C "$1" rev-parse --short HEAD)," \
  "branch $(git -C "$here" rev-parse --short HEAD): bash benchmarks/quote_refactor_s26.sh $1"
bash "$here/benchmarks/quote_effect_s22.sh" "$@"
bash "$here/benchmarks/quote_tune_eval_s22.sh" "$@"
