#!/usr/bin/env bash
# Session 26 (helper C6): clean_points_s22.sh, unchanged (eval/clean_points.py reads tune and
# the spent cleaning sets from clean_pages.SETS, pages .. heldout21; heldout22 is unread).
#   bash benchmarks/clean_points_s26.sh BASE_CHECKOUT > benchmarks/logs/clean_points_s26.log
exec bash "$(dirname "$0")/clean_points_s22.sh" "$@"
