"""Counts of the unread cleaning set heldout19, from its labels and texts only (session 23).

    python benchmarks/heldout19_counts_s23.py > benchmarks/logs/heldout19_counts_s23.log

No code of the pipeline runs (no cleaning, no analysis) and no line of a page is printed:
pages, outlets, domains, chrome lines (non-blank lines inside a labelled range) in all, by page
and by kind (the kind of each line as labelled, `KINDS`), pages with no headline line or no
chrome line, and how many of the set's domains and URLs another set holds, in this checkout
and on every local branch (eval/labels.yaml and eval/dev/*.yaml of each)."""

from __future__ import annotations

from blind_set_counts import main

# The kind of each labelled chrome line, page -> {line: kind}, as the header says.
KINDS: dict[str, dict[int, str]] = {
    "c01": {2: "media file URL"},
    "c02": {3: "date line", 4: "headline repeated", 5: "byline or credit", 7: "share prompt",
            9: "comment prompt or count", 30: "share prompt", 32: "comment prompt or count",
            33: "comment prompt or count", 35: "comment prompt or count", 41: "back to top"},
    "c03": {3: "reading time", 5: "dateline or outlet alone"},
    "c04": {3: "view count"},
    "c05": {1: "section or page label"},
    "c06": {1: "byline or credit"},
    "c07": {1: "dateline or outlet alone"},
    "c08": {1: "masthead", 2: "masthead", 3: "masthead", 4: "masthead", 8: "byline or credit",
            9: "byline or credit", 23: "section or page label"},
    "c09": {3: "mis-encoded line", 5: "mis-encoded line", 17: "layout label", 18: "layout label"},
    "c11": {3: "headline repeated"},
    "c14": {7: "follow prompt"},
    "c15": {3: "section or page label"},
    "c16": {1: "section or page label"},
    "c18": {2: "paragraph printed twice", 3: "comment prompt or count"},
    "c19": {1: "text-size widget", 3: "related link", 4: "related link"},
    "c20": {1: "dateline or outlet alone"},
    "c21": {1: "ticker", 2: "ticker", 3: "ticker", 4: "ticker", 5: "date line",
            9: "headline repeated", 11: "section or page label"},
    "c22": {5: "follow prompt"},
}  # fmt: skip

if __name__ == "__main__":
    main("heldout19", KINDS)
