#!/usr/bin/env bash
# Spelling variants in the recogniser (session 19, helper V): main's analysis beside this
# branch's on the TUNING half (never --split test), every quote batch (all spent), tune's
# named speakers, and the figures of the development pages; only generator/ differs.
#   bash benchmarks/entity_effect_s19.sh BASE_WORKTREE > benchmarks/logs/entity_effect_s19.log 2>&1
exec "$(dirname "$0")/analysis_effect.sh" "entity variants" "$1"
