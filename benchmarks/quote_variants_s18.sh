#!/usr/bin/env bash
# Variants of this round's quote rules tried and not kept (session 18, helper Q3), each scored on
# tune and every read batch beside the branch's code; batch 19b stays hidden.
#   bash benchmarks/quote_variants_s18.sh > benchmarks/logs/quote_variants_s18.log 2>&1
# A variant edits generator/analyse/quotes.py in place for its run; the file is restored from git
# afterwards (also on failure), so run it on a clean checkout.
set -euo pipefail
cd "$(dirname "$0")/.."
FILE=generator/analyse/quotes.py
git diff --quiet -- "$FILE" || { echo "uncommitted changes in $FILE: commit first" >&2; exit 1; }
trap 'git checkout -- "$FILE"' EXIT

score() {
  echo "++++ python eval/quote_dev.py (tail)"
  python eval/quote_dev.py | grep -E "^NAME-AS-QUOTE|^named speakers"
  echo "++++ python eval/quote_devset.py --split 16 17 18 19 --hide 19b --totals"
  python eval/quote_devset.py --split 16 17 18 19 --hide 19b --totals
}

echo "++++ date -u: $(date -u); commit $(git rev-parse --short HEAD)"
echo "==== branch as committed"
score
echo "==== variant 1: two quoted words after a preposition inside reported content are speech"
echo "     (AFTER_PREPOSITION_MIN_WORDS 3 -> 2; for #486 'في «أضرار خطيرة»', #11 'إلى «الأزمات الإنسانية»')"
sed -i 's/^AFTER_PREPOSITION_MIN_WORDS = 3/AFTER_PREPOSITION_MIN_WORDS = 2/' "$FILE"
score
git checkout -- "$FILE"
