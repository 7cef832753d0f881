#!/usr/bin/env bash
# Session 24 (helper Q10): this branch's quote rules beside main, as session 22's
# quote_effect_s22.sh (quote_compare.sh: batches 1-24, tune's labelled quotations, every
# quotation found on tune and the spent development sets; then dated pages and tune's
# speakers outside the glossary). Never test; never an unread batch (25).
#   git worktree add --detach BASE main
#   PYTHON=/work/main/.venv/bin/python bash benchmarks/quote_effect_s24.sh BASE \
#     > benchmarks/logs/quote_devset_s24.log 2>&1
exec bash "$(dirname "$0")/quote_effect_s22.sh" "$@"
