"""Counts of a grouping development set's LABELS, part by part, without running any of our code
on its pages (no text is read but for its byte length and last character).

    python eval/group_set_counts.py groups6 [groups7 ...]

Per part: pages, domains, happenings, happenings with two or more pages, happenings with another
happening within seven days (the candidates for hard negatives; whether they share actors is the
labeller's judgement, written in the file's header), undated pages, the years of the happenings,
and how many texts run to the stored copies' ~2,000 bytes (cut).
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections import Counter
from pathlib import Path
from urllib.parse import unquote

import yaml

DEV = Path(__file__).resolve().parent / "dev"
WEEK = dt.timedelta(days=7)
CUT_BYTES = 1950  # a text this long (before its final newline) is taken to be cut


def _domain(url: str) -> str:
    return unquote(url).split("//", 1)[-1].split("/", 1)[0].lower().removeprefix("www.")


def part_line(name: str, part: str, data: dict) -> str:
    """One line of counts for one part of one set."""
    days = {e["id"]: e["day"] for e in data["events"] if e["part"] == part}
    pages = [p for p in data["pages"] if p["event"] in days]
    per_event = Counter(p["event"] for p in pages)
    near = [
        e for e, d in days.items() if any(o != e and abs(d - d2) < WEEK for o, d2 in days.items())
    ]
    sizes = [len((DEV / name / f"{p['id']}.txt").read_bytes()) - 1 for p in pages]
    years = sorted({d.year for d in days.values()})
    return (
        f"{name}-{part}: {len(pages)} pages, {len({_domain(p['url']) for p in pages})} domains, "
        f"{len(days)} happenings, {sum(n >= 2 for n in per_event.values())} with two or more "
        f"pages, {len(near)} with another happening within 7 days, "
        f"{sum(p['published'] is None for p in pages)} undated, years {years}, "
        f"{sum(s >= CUT_BYTES for s in sizes)} texts of {CUT_BYTES}+ bytes"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("sets", nargs="+")
    for name in parser.parse_args().sets:
        data = yaml.safe_load((DEV / f"{name}.yaml").read_text(encoding="utf-8"))
        for part in sorted({e["part"] for e in data["events"]}):
            print(part_line(name, part, data))


if __name__ == "__main__":
    main()
