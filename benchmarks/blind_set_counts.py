"""Counts of a cleaning set labelled blind, from its labels and texts only (sessions 23 on).

Imported by each set's script (``heldout19_counts_s23.py``, ``heldout20_counts_s23.py``,
``heldout21_counts_s24.py``, ``heldout22_counts_s25.py``, ``heldout23_counts_s26.py``), which
holds the kind of each labelled chrome line. No code of the pipeline runs (no cleaning, no
analysis) and no line of a page is printed: pages, outlets, domains, chrome lines (non-blank
lines inside a labelled range) in all, by page and by kind, pages with no headline line or no
chrome line, and how many of the set's domains and URLs another set holds, in this checkout
and on every local branch (eval/labels.yaml and eval/dev/*.yaml of each)."""

from __future__ import annotations

import datetime as dt
import subprocess
from collections import Counter
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import yaml

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "eval" / "dev"


def urls_in(node: Any) -> set[str]:
    """Every URL a labels file holds, at any depth."""
    if isinstance(node, dict):
        found = {unquote(str(node["url"]))} if node.get("url") else set()
        return found.union(*(urls_in(value) for value in node.values()))
    if isinstance(node, list):
        return set().union(*(urls_in(value) for value in node))
    return set()


def domain_of(url: str) -> str:
    return unquote(url).split("//", 1)[-1].split("/", 1)[0].lower().removeprefix("www.")


def _chrome(name: str, page: dict[str, Any]) -> list[int]:
    """The non-blank lines inside the page's labelled ranges."""
    lines = (DEV / name / f"{page['id']}.txt").read_text(encoding="utf-8")[:-1].split("\n")
    ranges = page["boilerplate"]
    return [n for a, b in ranges for n in range(a, b + 1) if lines[n - 1].strip()]


def _git(*args: str) -> str:
    return subprocess.run(["git", "-C", str(ROOT), *args], capture_output=True, text=True).stdout


def _labelled_file(name: str, path: str) -> bool:
    """labels.yaml or a dev set's YAML, but this set's."""
    dev_set = path.startswith("eval/dev/") and path.endswith(".yaml") and Path(path).stem != name
    return path == "eval/labels.yaml" or dev_set


def _branch_urls(name: str) -> set[str]:
    """Every URL of labels.yaml and dev/*.yaml, but this set's, on every local branch."""
    urls: set[str] = set()
    for ref in _git("for-each-ref", "--format=%(refname)", "refs/heads").split():
        for path in _git("ls-tree", "-r", "--name-only", ref, "eval/").split():
            if _labelled_file(name, path):
                urls |= urls_in(yaml.safe_load(_git("show", f"{ref}:{path}")))
    return urls


def _checkout_urls(name: str) -> set[str]:
    urls = urls_in(yaml.safe_load((ROOT / "eval" / "labels.yaml").read_text(encoding="utf-8")))
    for path in sorted(DEV.glob("*.yaml")):
        if path.stem != name:
            urls |= urls_in(yaml.safe_load(path.read_text(encoding="utf-8")))
    return urls


def _shared(pages: list[dict[str, Any]], others: set[str], where: str) -> None:
    """Domains and URLs another set holds, and how many pages of each shared domain."""
    domains = {domain_of(page["url"]) for page in pages}
    held = Counter(domain_of(url) for url in others)
    shared = sorted(domains & set(held))
    print(f"{where}: {len(others)} other URLs; domains shared: {len(shared)}")
    print(
        f"{where}: pages other sets hold, by shared domain: "
        + " ".join(f"{domain}={held[domain]}" for domain in shared)
    )
    print(f"{where}: URLs shared: {len({unquote(p['url']) for p in pages} & others)}")


def main(name: str, kinds_of: dict[str, dict[int, str]]) -> None:
    """Print the counts of the blind cleaning set ``name``; ``kinds_of`` is the kind of each
    labelled chrome line, page -> {line: kind}, as the set's header says."""
    commit = _git("rev-parse", "--short", "HEAD").strip()
    print(f"# {dt.datetime.now(dt.UTC):%Y-%m-%dT%H:%M:%SZ} commit {commit}")
    pages = yaml.safe_load((DEV / f"{name}.yaml").read_text(encoding="utf-8"))["pages"]
    chrome = {page["id"]: _chrome(name, page) for page in pages}
    per_page = {k: len(v) for k, v in chrome.items()}
    print(f"pages: {len(pages)}, outlets: {len({p['outlet'] for p in pages})}")
    _shared(pages, _checkout_urls(name), "this checkout")
    _shared(pages, _branch_urls(name), "every local branch")
    print(f"chrome lines: {sum(per_page.values())} (largest page: {max(per_page.values())})")
    print(f"pages with no chrome line: {sum(n == 0 for n in per_page.values())}")
    print(f"pages with no headline line: {sum(p['title_line'] is None for p in pages)}")
    print("chrome lines by page: " + " ".join(f"{k}={v}" for k, v in per_page.items()))
    kinds: Counter[str] = Counter()
    for pid, numbers in chrome.items():
        assert sorted(kinds_of.get(pid, {})) == numbers, pid  # every chrome line has its kind
        kinds.update(kinds_of[pid][n] for n in numbers)
    for kind, count in kinds.most_common():
        print(f"chrome lines, {kind}: {count}")
