#!/usr/bin/env bash
# A variant tried in session 19 (helper Q5) and not kept: the spokesman's post word alone in a
# later sentence ("وأضاف المتحدث") as his body's voice (commit 13cec67, reverted). Batches 1-21a and
# tune, the kept rules (their last commit 0b9fbd3) beside the variant; 21b stays hidden.
#   bash benchmarks/quote_variants_s19.sh > benchmarks/logs/quote_variants_s19.log 2>&1
set -euo pipefail
cd "$(dirname "$0")/.."
KEPT=0b9fbd3
VARIANT=13cec67
run() { echo "++++ $*"; "$@"; }
echo "++++ date -u: $(date -u); branch $(git rev-parse --short HEAD)"
for at in "$KEPT" "$VARIANT"; do
  echo "==== quotes.py at $at"
  run python eval/quote_devset.py --split 16 17 18 19 20 21 --hide 21b --quotes-at "$at"
  python eval/quote_dev.py --quotes-at "$at" | grep -E "^named speakers"
done
