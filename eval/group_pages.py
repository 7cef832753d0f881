"""Grouping on the DEVELOPMENT pages for grouping (eval/dev/groups*.yaml), outside the corpus.

    python eval/group_pages.py [--set groups|groups2|...|groups12] --part dev|hidden [--quiet]

The pages are stored copies of Arabic news pages of seven happenings that are not in the
labelled corpus, labelled before any grouping ran on them (the file's header says how). Each
part is grouped on its own with the shipped model and reference frequencies, as ``briefing
eval`` groups the corpus, and scored pairwise and by B-cubed. ``--part dev`` lists every
false join (``FALSE``) and missed pair (``MISS``) with its features; ``--part hidden`` never
lists a pair of the hidden part, only its totals, so that rules written while looking at
the dev part are checked on pages nobody read errors of. `briefing eval` never reads them.
``--set groups2`` takes the pages of undated reports (eval/dev/groups2.yaml) instead, ``--set
groups3`` those of same-actor, same-week happenings (eval/dev/groups3.yaml), ``--set
groups4`` those of undated reports of one happening in other words (eval/dev/groups4.yaml),
``--set groups5`` those of reports that give counts in their leads (eval/dev/groups5.yaml),
``--set groups6`` and ``--set groups7`` pages of same-week happenings, all hidden
(eval/dev/groups6.yaml, groups7.yaml; spent since session 19), ``--set groups8`` and ``--set
groups9`` two more such sets (eval/dev/groups8.yaml, groups9.yaml; spent since session 20),
``--set groups10`` a fifth (eval/dev/groups10.yaml; spent since session 21), ``--set groups11`` a
sixth and ``--set groups12`` a seventh, all hidden (eval/dev/groups11.yaml, session 21;
groups12.yaml, session 22; spent since session 24). The
last line also gives the event dates as `briefing eval` scores them: pages whose event is
dated on the labelled day of their happening (``--part dev`` lists the others), and
how many would be if grouping were right (each labelled event dated by the build's rule).
``--dates-only`` (session 24) prints those two date figures alone, on one line, and nothing
about grouping or any page, so that a set left unread for grouping can be scored for event
dates once (``benchmarks/date_unread.sh``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
from pathlib import Path

from generator import analyse, glossary, yamlfile
from generator.analyse import events
from generator.evaluation import corpus, metrics, report
from generator.model import TranslatedArticle

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "eval" / "dev"
# Sets whose hidden part has been scored once (spent: may be read and fitted on); groups4's
# was scored in session 17 (benchmarks/logs/group_devset_s17_hidden.log). A new set stays
# out of SPENT_SETS until then; groups5's was scored in session 18
# (benchmarks/logs/group_devset_s18_hidden.log). groups6 and groups7 (session 19, all
# hidden) were scored once at the end of session 19, after the decision on that session's
# refits (group_decision_s19.log, group_devset_s19_unread.log): spent since. groups8 and
# groups9 (session 20, all hidden) were scored once by the lead in session 20, after the
# decision on that session's refits (group_decision_s20.log, group_compare_s20_unread*.log):
# spent since. groups10 (session 21, all hidden) was scored once by the lead in session 21, to
# judge that session's candidate (group_decision_s21.log, group_compare_s21_unread10.log):
# spent since. groups11 (session 21, helper G12) and groups12 (session 22, helper G14), all
# hidden, were scored once in session 24: for event dates only (date_decision_s24.log), then
# for grouping, the shipped model beside the lead-embedding candidate (group_decision_s24.log,
# group_compare_s24_unread.log): spent since. groups13 (session 25, helper GB13) was scored
# once in session 25, for event dates (date_decision_s25.log), then for grouping, the shipped
# model beside the weekday-conflict candidate (group_decision_s25.log,
# group_compare_s25_unread13.log): spent since. groups14 (session 25, helper GB14) was scored
# once in session 26, for event dates (date_decision_s26.log), then for grouping, the shipped
# model beside the precision-floor candidate (group_decision_s26.log,
# group_compare_s26_unread14.log): spent since. groups15 (session 26, helper GB15) was scored
# once in session 26, the shipped model beside the wider-series-gate candidate
# (group_decision_s26b.log, group_compare_s26_unread15.log): spent since. A new set stays in
# UNREAD_SETS until its one scoring: groups16 (session 26, helper GB16, all hidden) waits for a
# later session's.
SPENT_SETS = (
    "groups", "groups2", "groups3", "groups4", "groups5", "groups6", "groups7", "groups8",
    "groups9", "groups10", "groups11", "groups12", "groups13", "groups14", "groups15",
)  # fmt: skip
UNREAD_SETS: tuple[str, ...] = ("groups16",)
SETS = SPENT_SETS + UNREAD_SETS


def _date(value: object) -> dt.date | None:
    return None if value is None else dt.date.fromisoformat(str(value))


def load(part: str, name: str = SETS[0]) -> list[corpus.Labelled]:
    """The pages of one part as labelled items (event and publication date only)."""
    data, _ = yamlfile.read(DEV / f"{name}.yaml", what="grouping development pages")
    days = {e["id"]: e["day"] for e in data["events"] if e["part"] == part}
    return [
        corpus.Labelled.development(
            page,
            (DEV / name / f"{page['id']}.txt").read_text(encoding="utf-8"),
            published=_date(page["published"]),
            event=page["event"],
            event_date=_date(days[page["event"]]) or dt.date.min,
        )
        for page in data["pages"]
        if page["event"] in days
    ]


def _describe(p: events.Profile) -> str:
    headline = p.article.article.sentences[0].ar[:60] if p.article.article.sentences else ""
    return f"{p.id} [{p.start} named={p.named}] | {headline}"


def _dates_only(name: str, part: str) -> None:
    """The event-date figures of the last line alone: pages whose build event falls on the
    labelled day, and pages dated right with the labelled events, out of all pages."""
    prepared = report.prepare(load(part, name), DEV / name)
    if not prepared:
        raise SystemExit(f"eval/dev/{name}.yaml has no pages in part {part}")
    articles = [TranslatedArticle(article=p.article) for p in prepared]
    names = glossary.load(ROOT / "seeds")
    profiles = analyse.profiles(articles, names)
    groups = events.group(profiles, {e.id: e.type for e in names.values()})
    event_day = {m.id: g.start for g in groups for m in g.members}
    right = sum(event_day[p.item.id] == p.item.event_date for p in prepared)
    alone = report.dates_with_labelled_events(prepared, articles, names)
    print(
        f"event dates set={name} part={part}: right {right} of {len(prepared)} pages; "
        f"{len(alone)} of {len(prepared)} with the labelled events"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--set", choices=SETS, default=SETS[0], dest="name")
    parser.add_argument("--part", choices=("dev", "hidden"), required=True)
    parser.add_argument("--quiet", action="store_true", help="totals only")
    parser.add_argument(
        "--dates-only", action="store_true", help="the event-date totals alone, nothing else"
    )
    args = parser.parse_args()
    if args.dates_only:
        _dates_only(args.name, args.part)
        return
    names = glossary.load(ROOT / "seeds")
    prepared = report.prepare(load(args.part, args.name), DEV / args.name)
    if not prepared:  # groups6 to groups9 are all hidden: their dev parts are empty
        raise SystemExit(f"eval/dev/{args.name}.yaml has no pages in part {args.part}")
    articles = [TranslatedArticle(article=p.article) for p in prepared]
    profiles = analyse.profiles(articles, names)
    types = {e.id: e.type for e in names.values()}
    groups = events.group(profiles, types)
    predicted = {m.id: g.id for g in groups for m in g.members}
    event_day = {m.id: g.start for g in groups for m in g.members}
    wanted = {p.item.id: p.item.event_date for p in prepared}
    gold = {p.item.id: p.item.event for p in prepared}
    listed = args.part == "dev" and not args.quiet
    scorer = events.Scorer(profiles, types)
    by_id = {p.id: p for p in profiles}
    for a, b in itertools.combinations(sorted(gold), 2):
        if listed and (gold[a] == gold[b]) != (predicted[a] == predicted[b]):
            kind = "FALSE" if predicted[a] == predicted[b] else "MISS "
            features = scorer.features(by_id[a], by_id[b])
            shown = " ".join(f"{k}={v:.2f}" for k, v in features.items() if v)
            print(f"{kind} p={scorer.pair(by_id[a], by_id[b]):.3f} {shown}")
            print(f"    {_describe(by_id[a])}  <{gold[a]}>")
            print(f"    {_describe(by_id[b])}  <{gold[b]}>")
    for page in sorted(gold):
        if listed and event_day[page] != wanted[page]:
            print(f"DATE  {page} want={wanted[page]} got={event_day[page]} in={predicted[page]}")
    dated = sum(event_day[page] == wanted[page] for page in gold)
    alone = report.dates_with_labelled_events(prepared, articles, names)
    if listed:
        for page in sorted(set(gold) - alone):
            print(f"DATE with labelled events  {page} want={wanted[page]} <{gold[page]}>")
    pairs, cubed = metrics.pairwise(gold, predicted), metrics.bcubed(gold, predicted)
    true_pairs = sum(gold[a] == gold[b] for a, b in itertools.combinations(gold, 2))
    print(
        f"{dt.date.today()} set={args.name} part={args.part}: {len(gold)} pages, "
        f"{len(set(gold.values()))} happenings, {true_pairs} true pairs, {len(groups)} "
        f"predicted events; pairwise "
        f"P={pairs.precision:.3f} R={pairs.recall:.3f} F1={pairs.f1:.3f}; B-cubed "
        f"F1={cubed.f1:.3f}; event dates {dated}/{len(gold)} = {dated / len(gold):.3f}, "
        f"{len(alone)}/{len(gold)} with the labelled events"
    )


if __name__ == "__main__":
    main()
