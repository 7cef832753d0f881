#!/bin/sh
# Batch 18b (held out, unread while session 17's rules were written), scored once: main's
# quotes.py beside the branch's (--totals: counts only), with batch 18a, every spent batch and
# tune, before (main) and after (branch).
#   sh benchmarks/quote_final18_s17.sh MAIN_COMMIT > benchmarks/logs/quote_devset_batch18_final_s17.log
set -e
MAIN=$1
echo "# $(date -u +%F' '%T) branch $(git rev-parse --short HEAD), main $MAIN"
echo "== batch 18 by part, main:";   python eval/quote_devset.py --quotes-at "$MAIN" --split 18 --totals | grep "batch 18"
echo "== batch 18 by part, branch:"; python eval/quote_devset.py --split 18 --totals | grep "batch 18"
echo "== every batch, main:";        python eval/quote_devset.py --quotes-at "$MAIN" --totals | tail -1
echo "== every batch, branch:";      python eval/quote_devset.py --totals | tail -1
echo "== tune, main:";               python eval/quote_dev.py --quotes-at "$MAIN" | tail -1
echo "== tune, branch:";             python eval/quote_dev.py | tail -1
echo "== tune, briefing eval (branch):"; briefing eval | grep -E "^quotes:|quote_acc"
