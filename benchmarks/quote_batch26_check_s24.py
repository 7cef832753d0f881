"""Batch 26's counts and its labeller's name check (session 24, helper QB5): batch 25's script
(quote_batch25_check_s23.py) run for batch 26, read from YAML only: none of our code runs on the
batch. A labelled speaker whose glossary form is not found as written is listed: the page may
spell it otherwise (a shadda, a preposition glued on), which the entry keeps as the page gives it.

    python benchmarks/quote_batch26_check_s24.py > benchmarks/logs/quote_batch26_check_s24.log
"""

import quote_batch25_check_s23 as check

if __name__ == "__main__":
    check.BATCH = 26  # the functions read the module's BATCH when called
    check.main()
