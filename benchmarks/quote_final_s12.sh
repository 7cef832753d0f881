#!/bin/sh
# Session 12's final quote scoring, run once: main's quotes.py (--quotes-at MAIN) beside this
# checkout's, on tune (eval/quote_dev.py), on the read development batches (15b still hidden)
# and then batch 15b, held out until now (--totals: counts only).
#   sh benchmarks/quote_final_s12.sh MAIN_COMMIT > benchmarks/logs/quote_devset_batch15_final_s12.log
set -e
MAIN=$1
echo "# $(date -u +%F) branch $(git rev-parse --short HEAD), main $MAIN"
echo "== tune, main:";   python eval/quote_dev.py --quotes-at "$MAIN" | tail -1
echo "== tune, branch:"; python eval/quote_dev.py | tail -1
echo "== briefing eval (tune), branch:"; briefing eval | grep -i "quotes:"
echo "== read batches, main (15b hidden):";   python eval/quote_devset.py --quotes-at "$MAIN" --split 15 --hide 15b --totals
echo "== read batches, branch (15b hidden):"; python eval/quote_devset.py --split 15 --hide 15b --totals
echo "== batch 15 by part, main (15b scored once):";   python eval/quote_devset.py --quotes-at "$MAIN" --split 15 --totals | grep "batch 15"
echo "== batch 15 by part, branch (15b scored once):"; python eval/quote_devset.py --split 15 --totals | grep "batch 15"
