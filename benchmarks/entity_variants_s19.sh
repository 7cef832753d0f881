#!/usr/bin/env bash
# Glossary names in spellings the recogniser misses, by variant class (session 19, helper V):
# tune (selected by labels.yaml's split; never test) and every eval/dev/ set, without
# variants (main's recogniser, every missed hit with its words) and with the shipped classes.
#   bash benchmarks/entity_variants_s19.sh >> benchmarks/logs/entity_variants_s19.log 2>&1
set -euo pipefail
cd "$(dirname "$0")/.."
run() { echo "++++ $*"; "$@"; }
echo "++++ date -u: $(date -u); branch $(git rev-parse --short HEAD)"
run python eval/entity_variants.py --contexts
run python eval/entity_variants.py --shipped
