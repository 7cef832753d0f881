"""Batch 29's pages are in no other set (session 26, helper QB8): batch 26's check
(quote_batch26_domains_s24.py: every URL exactly, then by whole path segments) run for batch 29.
Only URLs are read, never a text.

    python benchmarks/quote_batch29_domains_s26.py > benchmarks/logs/quote_batch29_domains_s26.log
"""

import quote_batch26_domains_s24 as check

BATCH = 29

if __name__ == "__main__":
    check.BATCH = BATCH  # prefix_check reads the module's BATCH when called
    check.main(BATCH)
    check.prefix_check()
