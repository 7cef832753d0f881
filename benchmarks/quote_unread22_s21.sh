#!/usr/bin/env bash
# Quote batch 22, scored ONCE in session 21 (benchmarks/logs/quote_decision_s21.log): main
# before helper Q7's quote rules beside main after them, totals only; see quote_unread.sh.
#   benchmarks/quote_unread22_s21.sh BEFORE > benchmarks/logs/quote_unread22_s21.log
exec bash "$(dirname "$0")/quote_unread.sh" 22 "$@"
