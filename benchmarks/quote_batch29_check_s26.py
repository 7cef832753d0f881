"""Batch 29's counts and its labeller's name check (session 26, helper QB8): batch 25's script
(quote_batch25_check_s23.py) run for batch 29, read from YAML only: none of our code runs on the
batch. A labelled speaker whose glossary form is not found as written is listed and read again
against its page.

    python benchmarks/quote_batch29_check_s26.py > benchmarks/logs/quote_batch29_check_s26.log
"""

import quote_batch25_check_s23 as check

if __name__ == "__main__":
    check.BATCH = 29  # the functions read the module's BATCH when called
    check.main()
