"""Batch 22's pages are in no other set (session 21, helper QB): each URL, percent-decoded and
without scheme or "www.", is looked for among every URL of eval/labels.yaml, every eval/dev/*.yaml
and the other batches of eval/dev/quotes.yaml, and each host's base name among their hosts, so a
reused domain is named (allowed for a new page); then every URL of the sibling checkouts' (other
helpers' worktrees beside this one) labels and dev sets. Only URLs are read, never a text.

    python benchmarks/quote_batch22_domains_s21.py > benchmarks/logs/quote_batch22_domains_s21.log
"""

import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

import yaml
from quote_batch21_domains_s19 import base_name  # the outlet's name in its host

ROOT = Path(__file__).resolve().parent.parent
BATCH = 22
URL_PATTERN = re.compile(r"https?://[^\s'\"<>]+")


def key(url: str) -> str:
    """A URL compared without scheme, "www." or "m.", case or percent-encoding."""
    parts = urlsplit(unquote(url.strip()).lower())
    host = re.sub(r"^(www|m)\.", "", parts.hostname or "")
    query = f"?{parts.query}" if parts.query else ""
    return f"{host}{parts.path.rstrip('/')}{query}"


def other_urls(batch: int = BATCH) -> list[str]:
    """Every URL of the corpus labels, the other development sets and the other batches."""
    files = [ROOT / "eval" / "labels.yaml"]
    files += [p for p in sorted((ROOT / "eval" / "dev").glob("*.yaml")) if p.name != "quotes.yaml"]
    urls = [u for f in files for u in URL_PATTERN.findall(f.read_text(encoding="utf-8"))]
    entries = yaml.safe_load((ROOT / "eval" / "dev" / "quotes.yaml").read_text(encoding="utf-8"))
    urls += [e["url"] for e in entries["quotes"] if e.get("batch") != batch]
    return urls


def sibling_urls() -> list[str]:
    """URLs of the other checkouts beside this one (other helpers' sets gathered in parallel)."""
    files = [*ROOT.parent.glob("*/eval/dev/*.yaml"), *ROOT.parent.glob("*/eval/labels.yaml")]
    files = [f for f in files if not f.is_relative_to(ROOT)]
    return [u for f in files for u in URL_PATTERN.findall(f.read_text(encoding="utf-8"))]


def main(batch: int = BATCH) -> None:
    """One line per page of ``batch``: whether its page or its domain is in another set."""
    others = other_urls(batch)
    other_keys = {key(u) for u in others}
    other_bases = {base_name(urlsplit(u).hostname or "x.x") for u in others}
    entries = yaml.safe_load((ROOT / "eval" / "dev" / "quotes.yaml").read_text(encoding="utf-8"))
    urls = sorted({e["url"] for e in entries["quotes"] if e.get("batch") == batch})
    print(f"# {len(others)} URLs of other sets; {len(urls)} pages in batch {batch}")
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
