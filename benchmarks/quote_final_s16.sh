#!/bin/sh
# Session 16's final quote scoring, run once: main's quotes.py (--quotes-at MAIN) beside this
# checkout's, on tune (eval/quote_dev.py), on the read development batches (16b still hidden)
# and then batch 16 by part, 16b held out until now (--totals: counts only).
#   sh benchmarks/quote_final_s16.sh MAIN_COMMIT > benchmarks/logs/quote_devset_batch16_final_s16.log
set -e
MAIN=$1
echo "# $(date -u +%F) branch $(git rev-parse --short HEAD), main $MAIN"
echo "== tune, main:";   python eval/quote_dev.py --quotes-at "$MAIN" | tail -1
echo "== tune, branch:"; python eval/quote_dev.py | tail -1
echo "== briefing eval (tune), branch:"; briefing eval | grep -i "quotes:"
echo "== read batches, main (16b hidden):";   python eval/quote_devset.py --quotes-at "$MAIN" --split 16 --hide 16b --totals
echo "== read batches, branch (16b hidden):"; python eval/quote_devset.py --split 16 --hide 16b --totals
echo "== batch 16 by part, main (16b scored once):";   python eval/quote_devset.py --quotes-at "$MAIN" --split 16 --totals | grep "batch 16"
echo "== batch 16 by part, branch (16b scored once):"; python eval/quote_devset.py --split 16 --totals | grep "batch 16"
