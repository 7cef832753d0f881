"""Batch 26's pages are in no other set (session 24, helper QB5): batch 22's check
(quote_batch22_domains_s21.py) run for batch 26, then a stricter look for a URL that only extends
(or is extended by) another set's URL by whole path segments, as "kurdistan24.net/ar/story/290792"
and the same story with its title slug after it. Only URLs are read, never a text.

    python benchmarks/quote_batch26_domains_s24.py > benchmarks/logs/quote_batch26_domains_s24.log
"""

import yaml
from quote_batch22_domains_s21 import ROOT, key, main, other_urls, sibling_urls

BATCH = 26


def extended(url: str, others: set[str]) -> bool:
    """Whether ``url`` and another set's URL name one page, one with more path after it."""
    mine = key(url)
    return any(mine.startswith(f"{o}/") or o.startswith(f"{mine}/") for o in others)


def prefix_check() -> None:
    others = {key(u) for u in [*other_urls(BATCH), *sibling_urls()]}
    entries = yaml.safe_load((ROOT / "eval" / "dev" / "quotes.yaml").read_text(encoding="utf-8"))
    urls = sorted({e["url"] for e in entries["quotes"] if e.get("batch") == BATCH})
    shared = [url for url in urls if extended(url, others)]
    print(f"# pages whose URL extends or is extended by another set's URL: {len(shared)}")


if __name__ == "__main__":
    main(BATCH)
    prefix_check()
