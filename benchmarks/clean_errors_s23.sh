#!/usr/bin/env bash
# Session 23 (helper C3): clean_errors_s22.sh over the spent sets of session 23 (pages ..
# heldout18). Never the test half, never heldout19.
#   bash benchmarks/clean_errors_s23.sh CHECKOUT
exec bash "$(dirname "$0")/clean_errors_s22.sh" "${1:-.}" 18
