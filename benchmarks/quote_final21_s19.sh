#!/usr/bin/env bash
# The one final scoring of session 19's quote round (helper Q5): batch 21b, kept unread until
# the rules were final, on main's quotes.py beside the branch's, counts only (--totals); every
# other batch and tune's quotations beside it, and tune's quoted names taken for speech (those
# given a speaker are what the site would show as someone's words).
#   bash benchmarks/quote_final21_s19.sh > benchmarks/logs/quote_devset_batch21_final_s19.log 2>&1
set -euo pipefail
cd "$(dirname "$0")/.."
MAIN=bbeca74  # main when this branch started; its quotes.py is the one batch 21a was first scored on
run() { echo "++++ $*"; "$@"; }
echo "++++ date -u: $(date -u); branch $(git rev-parse --short HEAD), main $MAIN"
echo "==== development set, main's quotes.py (21b counted for the first time)"
run python eval/quote_devset.py --split 16 17 18 19 20 21 --totals --quotes-at "$MAIN"
echo "==== development set, the branch's quotes.py"
run python eval/quote_devset.py --split 16 17 18 19 20 21 --totals
echo "==== tune, main's quotes.py"
python eval/quote_dev.py --quotes-at "$MAIN" | grep -E "^NAME-AS-QUOTE|^named speakers"
echo "==== tune, the branch's quotes.py"
python eval/quote_dev.py | grep -E "^NAME-AS-QUOTE|^named speakers"
echo "==== tune, quoted names given a speaker, main's quotes.py"
python eval/quote_names_taken.py --quotes-at "$MAIN" | grep -vE "speaker=None"
echo "==== tune, quoted names given a speaker, the branch's quotes.py"
python eval/quote_names_taken.py | grep -vE "speaker=None"
echo "==== briefing eval (tune), the branch"
briefing eval | grep -E "quote"
