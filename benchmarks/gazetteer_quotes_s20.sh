#!/usr/bin/env bash
# Every quotation whose verdict moved between main and this branch (session 20, helper L):
# the quote batches and the TUNING half's labelled quotes, to judge by hand whether the new
# speaker is the right person. Since session 21 the shared benchmarks/quote_compare.sh does
# it (it also prints each batch's line and every found quotation that moved).
#   bash benchmarks/gazetteer_quotes_s20.sh BASE_WORKTREE > benchmarks/logs/gazetteer_quotes_s20.log 2>&1
exec bash "$(dirname "$0")/quote_compare.sh" "$@"
