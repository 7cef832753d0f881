"""Counts of the unread cleaning set heldout20, from its labels and texts only (session 23).

    python benchmarks/heldout20_counts_s23.py > benchmarks/logs/heldout20_counts_s23.log

No code of the pipeline runs (no cleaning, no analysis) and no line of a page is printed:
pages, outlets, domains, chrome lines (non-blank lines inside a labelled range) in all, by page
and by kind (the kind of each line as labelled, `KINDS`), pages with no headline line or no
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
NAME = "heldout20"
# The kind of each labelled chrome line, page -> {line: kind}, as the header says.
KINDS: dict[str, dict[int, str]] = {
    "b01": {1: "program-summary notice"},
    "b02": {1: "crawl date and dateline alone"},
    "b04": {6: "credit or signature alone"},
    "b05": {5: "prompt to the outlet's page"},
    "b06": {1: "breadcrumb, tags or section label"},
    "b07": {1: "byline, or outlet and agency"},
    "b08": {3: "headline repeated"},
    "b09": {1: "breadcrumb, tags or section label"},
    "b10": {15: "credit or signature alone"},
    "b11": {1: "masthead", 2: "date or relative time", 6: "headline repeated",
            8: "credit or signature alone"},
    "b12": {3: "counter"},
    "b13": {6: "related item", 7: "related item"},
    "b14": {1: "masthead"},
    "b15": {1: "breadcrumb, tags or section label"},
    "b16": {5: "credit or signature alone"},
    "b18": {3: "headline repeated", 5: "byline, or outlet and agency"},
    "b19": {1: "masthead", 7: "credit or signature alone", 8: "comment section"},
    "b20": {2: "date or relative time", 3: "counter"},
    "b21": {6: "lone dash before a cut credit"},
}  # fmt: skip


def _urls(node: Any) -> set[str]:
    if isinstance(node, dict):
        found = {unquote(str(node["url"]))} if node.get("url") else set()
        return found.union(*(_urls(value) for value in node.values()))
    if isinstance(node, list):
        return set().union(*(_urls(value) for value in node))
    return set()


def _domain(url: str) -> str:
    return unquote(url).split("//", 1)[-1].split("/", 1)[0].lower().removeprefix("www.")


def _chrome(page: dict[str, Any]) -> list[int]:
    """The non-blank lines inside the page's labelled ranges."""
    lines = (DEV / NAME / f"{page['id']}.txt").read_text(encoding="utf-8")[:-1].split("\n")
    ranges = page["boilerplate"]
    return [n for a, b in ranges for n in range(a, b + 1) if lines[n - 1].strip()]


def _git(*args: str) -> str:
    return subprocess.run(["git", "-C", str(ROOT), *args], capture_output=True, text=True).stdout


def _labelled_file(path: str) -> bool:
    """labels.yaml or a dev set's YAML, but this set's."""
    dev_set = path.startswith("eval/dev/") and path.endswith(".yaml") and Path(path).stem != NAME
    return path == "eval/labels.yaml" or dev_set


def _branch_urls() -> set[str]:
    """Every URL of labels.yaml and dev/*.yaml, but this set's, on every local branch."""
    urls: set[str] = set()
    for ref in _git("for-each-ref", "--format=%(refname)", "refs/heads").split():
        for path in _git("ls-tree", "-r", "--name-only", ref, "eval/").split():
            if _labelled_file(path):
                urls |= _urls(yaml.safe_load(_git("show", f"{ref}:{path}")))
    return urls


def _checkout_urls() -> set[str]:
    urls = _urls(yaml.safe_load((ROOT / "eval" / "labels.yaml").read_text(encoding="utf-8")))
    for path in sorted(DEV.glob("*.yaml")):
        if path.stem != NAME:
            urls |= _urls(yaml.safe_load(path.read_text(encoding="utf-8")))
    return urls


def _shared(pages: list[dict[str, Any]], others: set[str], where: str) -> None:
    """Domains and URLs another set holds, and how many pages of each shared domain."""
    domains = {_domain(page["url"]) for page in pages}
    held = Counter(_domain(url) for url in others)
    shared = sorted(domains & set(held))
    print(f"{where}: {len(others)} other URLs; domains shared: {len(shared)}")
    print(
        f"{where}: pages other sets hold, by shared domain: "
        + " ".join(f"{domain}={held[domain]}" for domain in shared)
    )
    print(f"{where}: URLs shared: {len({unquote(p['url']) for p in pages} & others)}")


def main() -> None:
    commit = _git("rev-parse", "--short", "HEAD").strip()
    print(f"# {dt.datetime.now(dt.UTC):%Y-%m-%dT%H:%M:%SZ} commit {commit}")
    pages = yaml.safe_load((DEV / f"{NAME}.yaml").read_text(encoding="utf-8"))["pages"]
    chrome = {page["id"]: _chrome(page) for page in pages}
    per_page = {k: len(v) for k, v in chrome.items()}
    print(f"pages: {len(pages)}, outlets: {len({p['outlet'] for p in pages})}")
    _shared(pages, _checkout_urls(), "this checkout")
    _shared(pages, _branch_urls(), "every local branch")
    print(f"chrome lines: {sum(per_page.values())} (largest page: {max(per_page.values())})")
    print(f"pages with no chrome line: {sum(n == 0 for n in per_page.values())}")
    print(f"pages with no headline line: {sum(p['title_line'] is None for p in pages)}")
    print("chrome lines by page: " + " ".join(f"{k}={v}" for k, v in per_page.items()))
    kinds: Counter[str] = Counter()
    for pid, numbers in chrome.items():
        assert sorted(KINDS.get(pid, {})) == numbers, pid  # every chrome line has its kind
        kinds.update(KINDS[pid][n] for n in numbers)
    for kind, count in kinds.most_common():
        print(f"chrome lines, {kind}: {count}")


if __name__ == "__main__":
    main()
