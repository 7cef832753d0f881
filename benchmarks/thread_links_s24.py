"""Story threads on the TUNING half (issue 9's corpus, never `test`): the links the shipped
glossary makes, beside the links it would make if no place were marked ``kind: country``
(session 24: two events sharing only a whole country need two main actors in common).

    python benchmarks/thread_links_s24.py > benchmarks/logs/thread_links_s24.log

Prints both link counts and every link only one side makes: the events' days, the first
words of their titles and the main places and actors they share, to be read by hand.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import subprocess
from pathlib import Path

from generator import analyse, glossary
from generator.analyse import threads
from generator.evaluation import report
from generator.model import Event, TranslatedArticle

REPO = Path(__file__).resolve().parent.parent


def _links(events: list[Event], names: dict[str, glossary.Entry]) -> set[tuple[str, str]]:
    linked = threads.links(events, names, {})
    return {(one, link.event) for one, found in linked.items() for link in found if link.later}


def _line(pair: tuple[str, str], by_id: dict[str, Event], names: dict[str, glossary.Entry]) -> str:
    one, other = by_id[pair[0]], by_id[pair[1]]
    places_a, actors_a = threads._main(one, names)
    places_b, actors_b = threads._main(other, names)

    def title(event: Event) -> str:
        return event.title.ar[:45] if event.title else event.id

    return (
        f"{one.date} {title(one)} | {other.date} {title(other)} | places "
        f"{sorted(places_a & places_b)} actors {sorted(actors_a & actors_b)}"
    )


def main() -> None:
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=REPO
    ).stdout.strip()
    print(f"# story threads on tune, {commit}, {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC")
    names = glossary.load(REPO / "seeds")
    plain = {k: dataclasses.replace(e, kind=None) if e.type == "place" else e
             for k, e in names.items()}  # fmt: skip
    prepared = report.prepare_tuning(REPO / "eval", None)
    found = analyse.analyse([TranslatedArticle(article=p.article) for p in prepared], names)
    by_id = {event.id: event for event in found}
    shipped, without = _links(found, names), _links(found, plain)
    countries = sorted(k for k, e in names.items() if e.type == "place" and e.kind == "country")
    print(f"{len(found)} events; places marked kind: country: {', '.join(countries)}")
    print(f"thread links: {len(shipped)} shipped, {len(without)} with no place marked a country")
    for label, pairs in (("only without", without - shipped), ("only shipped", shipped - without)):
        print(f"## {label} ({len(pairs)})")
        for pair in sorted(pairs, key=lambda p: (str(by_id[p[0]].date), p)):
            print(_line(pair, by_id, names))


if __name__ == "__main__":
    main()
