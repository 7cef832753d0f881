#!/usr/bin/env bash
# Session 25 (helper C5): clean_points_s22.sh, unchanged (eval/clean_points.py reads the spent
# cleaning sets from clean_pages.SETS, pages .. heldout20; heldout21 is unread and not in it).
#   bash benchmarks/clean_points_s25.sh BASE_CHECKOUT > benchmarks/logs/clean_points_s25.log
exec bash "$(dirname "$0")/clean_points_s22.sh" "$@"
