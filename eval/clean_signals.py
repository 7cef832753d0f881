"""Would a general signal tell the chrome that cleaning still keeps? Spent data only.

    python eval/clean_signals.py

Over the tuning half (never the test half: ``report.prepare_tuning``) and the spent
development sets (eval/dev pages, heldout..heldout7; heldout8 is not read), with the build's
cleaning as it is, it prints for the lines cleaning KEEPS how labelled chrome and report
lines spread over three signals named in issue 9's brief, each computed without knowing any
outlet's words:

1. where a kept line stands against the report's run of prose lines (before the first,
   between, after the last);
2. the share of a kept line's content stems that the page's other kept lines also have
   (another story's text, or furniture, would share little);
3. the share of function words ("في", "من", "على", ...) in every line of ten words or more
   (menus and glued headlines have few).

A signal worth a rule puts the kept chrome where few report lines are."""

from __future__ import annotations

import collections
from collections.abc import Iterator
from pathlib import Path

from clean_pages import load

from generator import arabic, clean
from generator.evaluation import report

ROOT = Path(__file__).resolve().parent.parent
SPENT_SETS = ("pages", *(f"heldout{n}" if n > 1 else "heldout" for n in range(1, 8)))
SHARE_MIN_WORDS = 4  # shorter lines have too few stems for a share to mean anything
FUNCTION_MIN_WORDS = 10
_FUNCTION_TEXT = "في من على إلى الى عن أن ان إن مع بعد قبل بين عند حول منذ خلال"
_FUNCTION_WORDS = frozenset(arabic.fold(w) for w in _FUNCTION_TEXT.split(" "))


def _prepared() -> Iterator[report.Prepared]:
    yield from report.prepare_tuning(ROOT / "eval", None)
    for name in SPENT_SETS:
        yield from report.prepare(load(name), ROOT / "eval" / "dev" / name)


def _place(n: int, prose: list[int], is_prose: bool) -> str:
    if n < prose[0]:
        return "before the first prose line"
    if n > prose[-1]:
        return "after the last prose line"
    return "prose line inside" if is_prose else "other line inside"


def main() -> None:
    places: collections.Counter[tuple[str, bool]] = collections.Counter()
    shares: collections.Counter[tuple[int, bool]] = collections.Counter()
    function: collections.Counter[tuple[int, bool]] = collections.Counter()
    for p in _prepared():
        texts = dict(enumerate(p.item.text.split("\n"), 1))
        kept = {line.number: line.text for line in p.text.paragraphs}
        if p.text.headline_line:
            kept[p.text.headline_line] = texts[p.text.headline_line].strip()
        prose = sorted(n for n, text in kept.items() if clean.is_prose(text))
        for n, text in kept.items():
            chrome = n in p.item.boilerplate
            if prose:
                places[(_place(n, prose, clean.is_prose(text)), chrome)] += 1
            rest = " ".join(t for m, t in kept.items() if m != n)
            if len(clean._words(text)) >= SHARE_MIN_WORDS and rest:
                shares[(min(int(clean._shared_share(text, rest) * 10), 9), chrome)] += 1
        for n, text in texts.items():
            words = clean._words(clean._CRAWL_PREFIX.sub("", text))
            if len(words) >= FUNCTION_MIN_WORDS:
                share = sum(arabic.fold(w) in _FUNCTION_WORDS for w in words) / len(words)
                function[(min(int(share * 20), 6), n in p.item.boilerplate)] += 1
    print("1. kept lines by place (labelled chrome / report):")
    for place in sorted({k for k, _ in places}):
        print(f"   {place:28} {places[(place, True)]:5} / {places[(place, False)]}")
    print("2. kept lines of 4+ words by the share of their stems the other kept lines have:")
    for tenth in range(10):
        span = f"{tenth / 10:.1f}-{(tenth + 1) / 10:.1f}"
        print(f"   {span:10} {shares[(tenth, True)]:5} / {shares[(tenth, False)]}")
    print("3. all lines of 10+ words by their share of function words (chrome / report):")
    for twentieth in range(7):
        low = twentieth / 20
        label = f"{low:.2f}-{low + 0.05:.2f}" if twentieth < 6 else f"{low:.2f}+"
        print(f"   {label:10} {function[(twentieth, True)]:5} / {function[(twentieth, False)]}")


if __name__ == "__main__":
    main()
