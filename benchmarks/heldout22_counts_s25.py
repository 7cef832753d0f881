"""Counts of the unread cleaning set heldout22, from its labels and texts only (session 25).

    cd benchmarks && python heldout22_counts_s25.py > logs/heldout22_counts_s25.log

No code of the pipeline runs (no cleaning, no analysis) and no line of a page is printed:
pages, outlets, domains, chrome lines (non-blank lines inside a labelled range) in all, by page
and by kind (the kind of each line as labelled, `KINDS`), pages with no headline line or no
chrome line, and how many of the set's domains and URLs another set holds, in this checkout
and on every local branch (eval/labels.yaml and eval/dev/*.yaml of each)."""

from __future__ import annotations

from blind_set_counts import main

BYLINE = "byline, or outlet and agency"
DATE = "date or relative time"
SECTION = "breadcrumb, tags or section label"
REPEAT = "headline repeated"
TICKER = "ticker or its label"
ICON = "icon text"
# The kind of each labelled chrome line, page -> {line: kind}, as the header says.
KINDS: dict[str, dict[int, str]] = {
    "v01": {1: TICKER},
    "v02": {1: SECTION, 5: REPEAT, 7: BYLINE},
    "v03": {1: DATE, 2: TICKER, 3: DATE, 5: BYLINE},
    "v04": {3: REPEAT},
    "v05": {1: BYLINE},
    "v06": {1: SECTION},
    "v07": {1: ICON, 2: "site banner", 6: DATE, 8: SECTION, 9: "caption", 10: BYLINE,
            11: "text-size widget", 12: "text-size widget", 13: "text-size widget",
            15: "summary label"},
    "v08": {5: "credit or signature alone"},
    "v09": {2: DATE, 3: BYLINE, 5: REPEAT, 7: BYLINE, 9: REPEAT, 11: "caption", 12: BYLINE},
    "v10": {1: SECTION},
    "v11": {1: "caption", 21: "related item"},
    "v12": {1: TICKER, 2: TICKER, 6: ICON, 7: BYLINE, 8: ICON, 9: DATE, 11: BYLINE},
    "v13": {2: DATE},
    "v14": {2: BYLINE},
    "v16": {1: BYLINE},
    "v17": {3: "share or comment widget", 5: "aggregator notice", 6: REPEAT},
    "v18": {2: REPEAT},
    "v19": {2: SECTION},
    "v20": {5: "caption", 6: "caption"},
    "v21": {4: "credit or signature alone"},
    "v22": {1: BYLINE},
    "v23": {1: BYLINE},
}  # fmt: skip

if __name__ == "__main__":
    main("heldout22", KINDS)
