#!/usr/bin/env bash
# Grouping (issue 9, session 17, helper G2): the candidates of benchmarks/models_s17b/ beside
# the shipped model on `tune`, every spent part and groups5's two parts
# (benchmarks/refit_compare.sh).
#   benchmarks/refit_compare_s17b.sh BASE_WORKTREE NAME/VARIANT...
# Logs: benchmarks/logs/group_compare_s17b_<NAME>_<VARIANT>.log
REFIT_PARTS="tune spent dev hidden" exec "$(dirname "$0")/refit_compare.sh" s17b "$@"
