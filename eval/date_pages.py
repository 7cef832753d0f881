"""Event dates on the DEVELOPMENT pages for dating (eval/dev/dates.yaml), one page one event.

    python eval/date_pages.py [--set dates|dates2|dates3|dates4|dates5|dates6]
                               [--part visible|hidden|all] [--verbose] [--list]

The pages are stored copies of Arabic reports about north-east Syria from outlets that are
in neither the labelled corpus nor the other development sets, each labelled with the day
its happening took place (or null when the text cannot tell) before anything ran on them.
Each page goes through the stages a build runs (cleaning, segmentation, ``analyse.profiles``)
with its labelled publication date, and is dated as a one-member event
(``events.event_day``), as ``briefing eval`` dates an event.

``--part visible`` (the default) lists every page of the visible half: the labelled day,
the day given, the day the page names itself and its publication date, and its day-precise
mentions when wrong (``--verbose``: always). ``--part hidden`` and ``--part all`` print the
totals only, never a page: the hidden half is the final check, scored once. The last line
gives the share of labelled days dated right, and how many pages whose text cannot tell the
day were given a day other than their publication date (a day the text does not support).
``--list`` lists the pages of any part of a spent set (dates, dates2: both halves scored and
read in sessions 9 and 11; dates3 and dates4: both halves scored in session 17; dates5: both
halves scored in session 18; dates6: both halves scored in session 19, no unread half left).
``--set dates2`` takes the second batch (eval/dev/dates2.yaml, session 11) instead, ``--set
dates3`` the third (session 17, helper D), ``--set dates4`` the fourth (session 17, helper
D2), ``--set dates5`` the fifth (session 18, helper D3), ``--set dates6`` the sixth (session
19, helper D6).
"""

from __future__ import annotations

import argparse
import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from date_dev import archive_span, event_day, show_mentions

from generator import analyse, glossary, yamlfile
from generator.evaluation import corpus, report
from generator.model import TranslatedArticle

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "eval" / "dev"
PARTS = ("visible", "hidden")
SETS = ("dates", "dates2", "dates3", "dates4", "dates5", "dates6")
# Both parts scored: any part of these may be listed (--list).
SPENT = ("dates", "dates2", "dates3", "dates4", "dates5", "dates6")


@dataclass(frozen=True)
class Page:
    item: corpus.Labelled
    day: dt.date | None  # the labelled day of the happening, None when the text cannot tell
    part: str


def _date(value: object) -> dt.date | None:
    return dt.date.fromisoformat(str(value)) if value else None


def load(part: str, name: str = SETS[0]) -> list[Page]:
    """The pages of one part (or of both, ``all``) of a set, as labelled items with dates."""
    data, _ = yamlfile.read(DEV / f"{name}.yaml", what="dating development pages")
    return [
        Page(
            item=corpus.Labelled.development(
                page,
                (DEV / name / f"{page['id']}.txt").read_text(encoding="utf-8"),
                published=_date(page["published"]),
                event_date=_date(page["day"]) or dt.date.min,
            ),
            day=_date(page["day"]),
            part=page["part"],
        )
        for page in data["pages"]
        if part in (page["part"], "all")
    ]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--set", choices=SETS, default=SETS[0], dest="name")
    parser.add_argument("--part", choices=(*PARTS, "all"), default="visible")
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--list", action="store_true", help="list every page of a spent set's part")
    args = parser.parse_args()
    if args.list and args.name not in SPENT:
        parser.error(
            f"--list is for spent sets only ({', '.join(SPENT)}): "
            f"{args.name}'s hidden part is unread"
        )
    pages = load(args.part, args.name)
    prepared = report.prepare([p.item for p in pages], DEV / args.name)
    articles = [TranslatedArticle(article=p.article) for p in prepared]
    profiles = analyse.profiles(articles, glossary.load(ROOT / "seeds"))
    mentions = analyse.find_all_dates(articles)
    listing = args.part == "visible" or args.list
    right = labelled = invented = unlabelled = 0
    archive = archive_span(profiles)  # the pages are one archive, each its own event
    for page, prep, prof in zip(pages, prepared, profiles, strict=True):
        got = event_day([prof], archive)
        published = page.item.published
        if page.day is None:
            unlabelled += 1
            wrong = got is not None and got != published
            invented += wrong
        else:
            labelled += 1
            wrong = got != page.day
            right += not wrong
        if listing:
            mark = "MISS" if wrong else "ok  "
            print(
                f"{mark} {page.item.id} want={page.day} got={got} named={prof.named} "
                f"published={published} ({page.item.outlet})"
            )
            if wrong or args.verbose:
                show_mentions(prep, mentions)
    print(
        f"date exact-day ({args.name} {args.part}): "
        f"{right}/{labelled} = {right / max(labelled, 1):.3f}; "
        f"pages the text cannot date given a day other than publication: "
        f"{invented}/{unlabelled}; pages: {len(pages)} from {len({p.item.outlet for p in pages})} "
        "outlets"
    )


if __name__ == "__main__":
    main()
