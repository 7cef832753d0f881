"""Counts of the unread cleaning set heldout18, from its labels and texts only (session 22).

    python benchmarks/heldout18_counts_s22.py > benchmarks/logs/heldout18_counts_s22.log

No code of the pipeline runs (no cleaning, no analysis) and no line of a page is printed:
pages, outlets, domains, chrome lines (non-blank lines inside a labelled range), pages with no
headline line or no chrome line, and how many of the set's domains and URLs any other set in
this checkout (eval/labels.yaml, eval/dev/*.yaml) also holds."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import yaml
from blind_set_counts import domain_of, urls_in

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "eval" / "dev"
NAME = "heldout18"


def _chrome_lines(page: dict[str, Any]) -> int:
    lines = (DEV / NAME / f"{page['id']}.txt").read_text(encoding="utf-8")[:-1].split("\n")
    ranges = page["boilerplate"]
    return sum(1 for a, b in ranges for n in range(a, b + 1) if lines[n - 1].strip())


def _others() -> set[str]:
    urls = urls_in(yaml.safe_load((ROOT / "eval" / "labels.yaml").read_text(encoding="utf-8")))
    for path in sorted(DEV.glob("*.yaml")):
        if path.stem != NAME:
            urls |= urls_in(yaml.safe_load(path.read_text(encoding="utf-8")))
    return urls


def main() -> None:
    commit = subprocess.run(
        ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True, text=True
    ).stdout.strip()
    print(f"# {dt.datetime.now(dt.UTC):%Y-%m-%dT%H:%M:%SZ} commit {commit}")
    pages = yaml.safe_load((DEV / f"{NAME}.yaml").read_text(encoding="utf-8"))["pages"]
    chrome = {page["id"]: _chrome_lines(page) for page in pages}
    others = _others()
    domains = {domain_of(page["url"]) for page in pages}
    print(f"pages: {len(pages)}, outlets: {len({p['outlet'] for p in pages})}")
    shared = domains & {domain_of(url) for url in others}
    print(f"domains: {len(domains)}, shared with another set: {len(shared)}")
    print(f"URLs shared with another set: {len({unquote(p['url']) for p in pages} & others)}")
    print(f"chrome lines: {sum(chrome.values())} (largest page: {max(chrome.values())})")
    print(f"pages with no chrome line: {sum(n == 0 for n in chrome.values())}")
    print(f"pages with no headline line: {sum(p['title_line'] is None for p in pages)}")
    print("chrome lines by page: " + " ".join(f"{k}={v}" for k, v in chrome.items()))


if __name__ == "__main__":
    main()
