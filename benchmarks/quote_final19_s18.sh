#!/usr/bin/env bash
# The one final scoring of session 18's quote round (helper Q3): batch 19b, kept unread until the
# rules were final, on main's quotes.py beside the branch's, counts only (--totals); every other
# batch and tune's quotations beside it.
#   bash benchmarks/quote_final19_s18.sh > benchmarks/logs/quote_devset_batch19_final_s18.log 2>&1
set -euo pipefail
cd "$(dirname "$0")/.."
MAIN=d9650cd  # main when scored; its quotes.py is 0f8b197's, where this branch started
run() { echo "++++ $*"; "$@"; }
echo "++++ date -u: $(date -u); branch $(git rev-parse --short HEAD), main $MAIN"
echo "==== development set, main's quotes.py (19b counted for the first time)"
run python eval/quote_devset.py --split 16 17 18 19 --totals --quotes-at "$MAIN"
echo "==== development set, the branch's quotes.py"
run python eval/quote_devset.py --split 16 17 18 19 --totals
echo "==== tune, main's quotes.py"
python eval/quote_dev.py --quotes-at "$MAIN" | grep -E "^NAME-AS-QUOTE|^named speakers"
echo "==== tune, the branch's quotes.py"
python eval/quote_dev.py | grep -E "^NAME-AS-QUOTE|^named speakers"
echo "==== briefing eval (tune), the branch"
briefing eval | grep -E "quote"
