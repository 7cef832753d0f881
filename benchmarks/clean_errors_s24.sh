#!/usr/bin/env bash
# Session 24 (helper C4): clean_errors_s22.sh over the spent sets of session 24 (pages ..
# heldout19). Never the test half, never heldout20.
#   bash benchmarks/clean_errors_s24.sh CHECKOUT
exec bash "$(dirname "$0")/clean_errors_s22.sh" "${1:-.}" 19
