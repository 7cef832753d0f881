#!/usr/bin/env bash
# The starter gazetteer (session 20, helper L): main's analysis beside this
# branch's on the TUNING half (never --split test), every quote batch (all spent), tune's
# named speakers, and the figures of the development pages; only seeds/glossary.yaml differs.
#   bash benchmarks/gazetteer_effect_s20.sh BASE_WORKTREE > benchmarks/logs/gazetteer_effect_s20.log 2>&1
exec "$(dirname "$0")/analysis_effect.sh" "starter gazetteer" "$1"
