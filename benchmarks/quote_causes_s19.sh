#!/usr/bin/env bash
# Session 19 (helper Q5): every miss of batches 1-21a on main's quotes.py and on the branch's,
# for reading by cause (quote_error_causes_s19.log); 21b stays unread (--hide 21b).
#   bash benchmarks/quote_causes_s19.sh >> benchmarks/logs/quote_error_causes_s19.log 2>&1
set -euo pipefail
cd "$(dirname "$0")/.."
MAIN=bbeca74  # main when this branch started
run() { echo "++++ $*"; "$@"; }
echo "++++ date -u: $(date -u); branch $(git rev-parse --short HEAD), main $MAIN"
echo "==== development set, main's quotes.py"
run python eval/quote_devset.py --split 16 17 18 19 20 21 --hide 21b --quotes-at "$MAIN"
echo "==== development set, the branch's quotes.py"
run python eval/quote_devset.py --split 16 17 18 19 20 21 --hide 21b
echo "==== tune, main's quotes.py"
run python eval/quote_dev.py --quotes-at "$MAIN"
echo "==== tune, the branch's quotes.py"
run python eval/quote_dev.py
