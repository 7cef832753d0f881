#!/usr/bin/env bash
# Session 23 (helper C3): clean_points_s22.sh, unchanged (eval/clean_points.py reads the spent
# cleaning sets from clean_pages.SETS, so heldout18 is in and no unread set is).
#   bash benchmarks/clean_points_s23.sh BASE_CHECKOUT > benchmarks/logs/clean_points_s23.log
exec bash "$(dirname "$0")/clean_points_s22.sh" "$@"
