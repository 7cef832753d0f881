"""Batch 25's counts and its labeller's name check (session 23, helper QB4), read from YAML only:
none of our code runs on the batch. Prints its entries, pages and outlets, the speakers by kind
(glossary id of a person or a body, or null), and, for each labelled speaker, whether one of the
glossary's Arabic forms or posts for that id stands, as written, in the entry's context or
sentence (a plain substring test, stricter than the recogniser: no clitics, no variants).

    python benchmarks/quote_batch25_check_s23.py > benchmarks/logs/quote_batch25_check_s23.log
"""

from collections import Counter
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
BATCH = 25


def glossary_forms() -> tuple[dict[str, list[str]], dict[str, str]]:
    """Each glossary id's Arabic forms and posts, and its type (person, organisation...)."""
    entries = yaml.safe_load((ROOT / "seeds" / "glossary.yaml").read_text(encoding="utf-8"))
    forms = {
        e["id"]: [*(e.get("ar_forms") or []), *(p["ar"] for p in e.get("posts") or [])]
        for e in entries
    }
    return forms, {e["id"]: e["type"] for e in entries}


def batch_entries() -> list[dict[str, Any]]:
    data = yaml.safe_load((ROOT / "eval" / "dev" / "quotes.yaml").read_text(encoding="utf-8"))
    return [e for e in data["quotes"] if e.get("batch") == BATCH]


def main() -> None:
    forms, kinds = glossary_forms()
    entries = batch_entries()
    print(
        f"batch {BATCH}: {len(entries)} entries, {len({e['url'] for e in entries})} pages,"
        f" {len({e['outlet'] for e in entries})} outlets"
    )
    kind = Counter(kinds[e["speaker"]] if e["speaker"] else "null" for e in entries)
    print("speakers by kind:", dict(sorted(kind.items())))
    unnamed = 0
    for number, entry in enumerate(entries):
        if entry["speaker"] is None:
            continue
        text = " ".join([*(entry.get("context") or []), entry["sentence"]])
        if not any(form in text for form in forms[entry["speaker"]]):
            unnamed += 1
            print(f"  entry {number} of the batch: no form of {entry['speaker']} in its text")
    print(f"labelled speakers whose glossary form is not in their context or sentence: {unnamed}")


if __name__ == "__main__":
    main()
