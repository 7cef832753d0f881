"""Batch 27's pages are in no other set (session 25, helper QB6): batch 26's check
(quote_batch26_domains_s24.py: every URL exactly, then by whole path segments) run for batch 27.
Only URLs are read, never a text.

    python benchmarks/quote_batch27_domains_s25.py > benchmarks/logs/quote_batch27_domains_s25.log
"""

import quote_batch26_domains_s24 as check

BATCH = 27

if __name__ == "__main__":
    check.BATCH = BATCH  # prefix_check reads the module's BATCH when called
    check.main(BATCH)
    check.prefix_check()
