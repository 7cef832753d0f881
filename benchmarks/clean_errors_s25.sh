#!/usr/bin/env bash
# Session 25 (helper C5): clean_errors_s22.sh over the spent sets of session 25 (pages ..
# heldout20; heldout20 is listed by cause for the first time). Never the test half, never
# heldout21.
#   bash benchmarks/clean_errors_s25.sh CHECKOUT
exec bash "$(dirname "$0")/clean_errors_s22.sh" "${1:-.}" 20
