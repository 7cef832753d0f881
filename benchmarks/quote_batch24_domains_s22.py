"""Batch 24's pages are in no other set (session 22, helper QB3): batch 23's check
(quote_batch23_domains_s22.py) run for batch 24. Each URL, percent-decoded and without scheme or
"www.", is looked for among every URL of eval/labels.yaml, every eval/dev/*.yaml and the other
batches of eval/dev/quotes.yaml, and each host's base name among their hosts, so a reused domain
is named (allowed for a new page); then every URL of the sibling checkouts (other helpers'
worktrees beside this one). Only URLs are read, never a text.

    python benchmarks/quote_batch24_domains_s22.py > benchmarks/logs/quote_batch24_domains_s22.log
"""

from pathlib import Path
from urllib.parse import urlsplit

import yaml
from quote_batch21_domains_s19 import base_name  # the outlet's name in its host
from quote_batch22_domains_s21 import URL_PATTERN, key, sibling_urls

ROOT = Path(__file__).resolve().parent.parent
BATCH = 24


def quote_entries() -> list[dict[str, object]]:
    text = (ROOT / "eval" / "dev" / "quotes.yaml").read_text(encoding="utf-8")
    entries: list[dict[str, object]] = yaml.safe_load(text)["quotes"]
    return entries


def other_urls() -> list[str]:
    """Every URL of the corpus labels, the other development sets and the other batches."""
    files = [ROOT / "eval" / "labels.yaml"]
    files += [p for p in sorted((ROOT / "eval" / "dev").glob("*.yaml")) if p.name != "quotes.yaml"]
    urls = [u for f in files for u in URL_PATTERN.findall(f.read_text(encoding="utf-8"))]
    urls += [str(e["url"]) for e in quote_entries() if e.get("batch") != BATCH]
    return urls


def main() -> None:
    others = other_urls()
    other_keys = {key(u) for u in others}
    other_bases = {base_name(urlsplit(u).hostname or "x.x") for u in others}
    urls = sorted({str(e["url"]) for e in quote_entries() if e.get("batch") == BATCH})
    print(f"# {len(others)} URLs of other sets; {len(urls)} pages in batch {BATCH}")
    for url in urls:
        host = urlsplit(url).hostname or ""
        page = "PAGE IN ANOTHER SET" if key(url) in other_keys else "page new"
        domain = "domain reused" if base_name(host) in other_bases else "domain new"
        print(f"{page:19} {domain:13} {host}")
    siblings = {key(u) for u in sibling_urls()}
    shared = sum(key(url) in siblings for url in urls)
    print(f"# pages also in a sibling checkout's sets ({len(siblings)} URLs): {shared}")


if __name__ == "__main__":
    main()
