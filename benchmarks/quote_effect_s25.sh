#!/usr/bin/env bash
# Session 25 (helper Q11): this branch's quote rules beside main, as quote_effect_s22.sh
# (quote_compare.sh: batches 1-25, tune's labelled quotations, every quotation found on tune
# and the spent development sets; then dated pages and tune's speakers outside the glossary).
# Never test; never an unread batch (26).
#   git worktree add --detach BASE main
#   PYTHON=/work/main/.venv/bin/python bash benchmarks/quote_effect_s25.sh BASE \
#     > benchmarks/logs/quote_devset_s25.log 2>&1
exec bash "$(dirname "$0")/quote_effect_s22.sh" "$@"
