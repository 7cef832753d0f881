"""Counts of the unread cleaning set heldout21, from its labels and texts only (session 24).

    python benchmarks/heldout21_counts_s24.py > benchmarks/logs/heldout21_counts_s24.log

No code of the pipeline runs (no cleaning, no analysis) and no line of a page is printed:
pages, outlets, domains, chrome lines (non-blank lines inside a labelled range) in all, by page
and by kind (the kind of each line as labelled, `KINDS`), pages with no headline line or no
chrome line, and how many of the set's domains and URLs another set holds, in this checkout
and on every local branch (eval/labels.yaml and eval/dev/*.yaml of each)."""

from __future__ import annotations

from blind_set_counts import main

# The kind of each labelled chrome line, page -> {line: kind}, as the header says.
KINDS: dict[str, dict[int, str]] = {
    "a01": {1: "breadcrumb, tags or section label", 12: "caption", 14: "related item"},
    "a02": {1: "ticker or its label", 3: "ticker or its label"},
    "a03": {1: "date or relative time"},
    "a04": {1: "date or relative time"},
    "a05": {1: "byline, or outlet and agency"},
    "a06": {2: "share or comment widget"},
    "a07": {1: "byline, or outlet and agency"},
    "a08": {1: "breadcrumb, tags or section label", 5: "headline repeated"},
    "a09": {2: "date or relative time"},
    "a10": {1: "date or relative time"},
    "a11": {1: "caption"},
    "a12": {1: "ticker or its label", 5: "counter"},
    "a13": {3: "byline, or outlet and agency", 13: "credit or signature alone"},
    "a14": {3: "headline repeated", 5: "date or relative time", 6: "caption",
            7: "text-size widget"},
    "a15": {1: "byline, or outlet and agency"},
    "a16": {1: "byline, or outlet and agency"},
    "a17": {5: "breadcrumb, tags or section label"},
    "a18": {3: "headline repeated", 5: "related item", 6: "date or relative time",
            7: "caption"},
    "a19": {1: "date or relative time"},
    "a20": {1: "caption", 2: "caption", 3: "date or relative time"},
    "a21": {16: "credit or signature alone"},
    "a23": {1: "site banner", 11: "related item"},
}  # fmt: skip

if __name__ == "__main__":
    main("heldout21", KINDS)
