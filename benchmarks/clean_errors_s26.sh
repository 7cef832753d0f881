#!/usr/bin/env bash
# Session 26 (helper C6): clean_errors_s22.sh over the spent sets of session 26 (pages ..
# heldout21; heldout21 is listed by cause for the first time). Never the test half, never
# heldout22 (clean_pages.UNREAD).
#   bash benchmarks/clean_errors_s26.sh CHECKOUT
exec bash "$(dirname "$0")/clean_errors_s22.sh" "${1:-.}" 21
