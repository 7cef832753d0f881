"""Counts of the unread cleaning set heldout23, from its labels and texts only (session 26).

    cd benchmarks && python heldout23_counts_s26.py > logs/heldout23_counts_s26.log

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
CREDIT = "credit or signature alone"
CAPTION = "caption"
AD = "advertisement label"
RELATED = "related label or item"
BUTTON = "button or comment widget"
REMNANT = "HTML remnant"
# The kind of each labelled chrome line, page -> {line: kind}, as the header says.
KINDS: dict[str, dict[int, str]] = {
    "m01": {1: "site banner"},
    "m02": {7: BUTTON, 8: BUTTON},
    "m03": {1: SECTION, 6: CREDIT},
    "m04": {1: AD, 5: BYLINE, 7: DATE, 9: CAPTION, 11: BYLINE},
    "m05": {1: BYLINE},
    "m06": {3: BYLINE},
    "m08": {1: REMNANT, 4: REMNANT, 6: REMNANT},
    "m09": {1: BYLINE, 5: BUTTON},
    "m10": {3: "counter"},
    "m11": {3: REPEAT, 4: DATE, 8: BYLINE},
    "m12": {15: RELATED},
    "m13": {10: BUTTON, 12: BUTTON},
    "m14": {1: SECTION, 5: CAPTION, 13: RELATED},
    "m15": {15: "widget shortcode"},
    "m16": {1: BYLINE},
    "m17": {5: AD},
    "m18": {4: CREDIT},
    "m19": {1: CAPTION},
    "m21": {1: BYLINE},
    "m22": {1: "browser title", 2: SECTION, 11: RELATED, 13: RELATED, 15: RELATED,
            17: RELATED, 19: RELATED, 21: RELATED, 23: RELATED},
    "m23": {1: BYLINE},
}  # fmt: skip

if __name__ == "__main__":
    main("heldout23", KINDS)
