"""Batch 25's pages are in no other set (session 23, helper QB4): batch 22's check
(quote_batch22_domains_s21.py) run for batch 25. Each URL, percent-decoded and without scheme or
"www.", is looked for among every URL of eval/labels.yaml, every eval/dev/*.yaml and the other
batches of eval/dev/quotes.yaml, and each host's base name among their hosts, so a reused domain
is named (allowed for a new page); then every URL of the sibling checkouts (other helpers'
worktrees beside this one). Only URLs are read, never a text.

    python benchmarks/quote_batch25_domains_s23.py > benchmarks/logs/quote_batch25_domains_s23.log
"""

from quote_batch22_domains_s21 import main

if __name__ == "__main__":
    main(25)
