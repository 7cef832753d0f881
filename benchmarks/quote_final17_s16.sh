#!/bin/sh
# Batch 17 (held out whole), scored once: main's quotes.py, the branch's at batch 16b's scoring
# (before the rule written after 16b was read) and the branch's now (--totals: counts only).
#   sh benchmarks/quote_final17_s16.sh MAIN_COMMIT BRANCH_AT_16B > benchmarks/logs/quote_devset_batch17_final_s16.log
set -e
MAIN=$1
AT16B=$2
echo "# $(date -u +%F) branch $(git rev-parse --short HEAD), main $MAIN, branch at 16b's scoring $AT16B"
echo "== batch 17, main:";                 python eval/quote_devset.py --quotes-at "$MAIN" --totals | grep "batch 17"
echo "== batch 17, branch at 16b's scoring:"; python eval/quote_devset.py --quotes-at "$AT16B" --totals | grep "batch 17"
echo "== batch 17, branch:";               python eval/quote_devset.py --totals | grep "batch 17"
echo "== every batch, branch:";            python eval/quote_devset.py --totals | tail -1
echo "== every batch, main:";              python eval/quote_devset.py --quotes-at "$MAIN" --totals | tail -1
