#!/usr/bin/env bash
# Session 23 (helper Q9): this branch's quote rules beside main, as session 22's
# quote_effect_s22.sh (quote_compare.sh: batches 1-23, tune's labelled quotations, every
# quotation found on tune and the spent development sets; then dated pages and tune's
# speakers outside the glossary). Never test; never an unread batch (24).
#   git worktree add --detach BASE main
#   bash benchmarks/quote_effect_s23.sh BASE > benchmarks/logs/quote_devset_s23.log 2>&1
exec bash "$(dirname "$0")/quote_effect_s22.sh" "$@"
