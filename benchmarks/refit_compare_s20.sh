#!/usr/bin/env bash
# Grouping (issue 9, session 20, helper G9): the candidates of benchmarks/models_s20/ beside the
# shipped model on `tune` and every spent part (benchmarks/refit_compare.sh).
#   benchmarks/refit_compare_s20.sh BASE_WORKTREE NAME/VARIANT...
# Logs: benchmarks/logs/group_compare_s20_<NAME>_<VARIANT>.log
REFIT_PARTS="tune spent" exec "$(dirname "$0")/refit_compare.sh" s20 "$@"
