"""Counts of the unread cleaning set heldout20, from its labels and texts only (session 23).

    python benchmarks/heldout20_counts_s23.py > benchmarks/logs/heldout20_counts_s23.log

No code of the pipeline runs (no cleaning, no analysis) and no line of a page is printed:
pages, outlets, domains, chrome lines (non-blank lines inside a labelled range) in all, by page
and by kind (the kind of each line as labelled, `KINDS`), pages with no headline line or no
chrome line, and how many of the set's domains and URLs another set holds, in this checkout
and on every local branch (eval/labels.yaml and eval/dev/*.yaml of each)."""

from __future__ import annotations

from blind_set_counts import main

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

if __name__ == "__main__":
    main("heldout20", KINDS)
