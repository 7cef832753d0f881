"""Quote attribution on the development set of stored news pages (``eval/dev/quotes.yaml``).

    python eval/quote_devset.py [--verbose] [--totals] [--split BATCH] [--hide BATCH ...]
                                [--quotes-at COMMIT] [--unread BATCH ... [--list-unread]]

Each entry is one sentence with a quotation, from a page that is not in the evaluation
corpus (the script refuses an entry whose URL is in ``eval/labels.yaml``), with the
sentences before it as context. It runs ``quotes.find_quotes`` over the context and the
sentence as one article and compares the quotation that starts like the label's
``starts`` with the labelled speaker (a glossary id, or null for none). Misses are
classed: ``not-found`` (no quotation starts so), ``unresolved`` (found, no speaker where
one is labelled), ``wrong`` (another speaker). Batch 2 was collected after the rules
written against batch 1, to check them on other outlets; the last lines count each batch,
the misses by class, and the outlets. ``--hide`` leaves the batches named out of every
line and every count (a count seen while rules are written is already a reading), so
that a batch kept held out is scored once, at the end, with ``--totals`` (counts only, no
miss listed). ``--split`` counts a batch in two parts by outlet
(its outlets in sorted order, alternately ``a`` and ``b``), so that rules may be written
against one part's misses (``--hide 7b``) and checked on the other, unread. ``--quotes-at``
scores ``quotes.py`` as it was at a commit (read with ``git show``; the rest of the package as
checked out), to score a batch on the code that first scored it, or main's beside a branch's.

The batches in ``UNREAD_BATCHES`` were labelled and committed before any of our code ran on them
and are kept for one scoring by the lead (batch 22 until session 21: ``quote_decision_s21.log``;
batch 23 until session 22: ``quote_decision_s22.log``; batch 24 until session 23:
``quote_decision_s23.log``; batch 25 until session 24: ``quote_decision_s24.log``; batch 26
since session 24, batches 27 and 28 since session 25, batch 29 since session 26, each for a later
session). By default they are read by nobody: left out of every line, every count and the outlets,
with no word that they exist.
``--unread N`` scores such a batch alone and prints its totals only (its line per part and its
summary); ``--list-unread`` lists its misses too, once its totals have been taken as the verdict.
The last line counts the named speakers whose name (or a post of theirs) the entry's context and
sentence never give: a miss among them is the entry's, not the rules'.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from collections import Counter
from collections.abc import Collection, Mapping
from pathlib import Path
from types import ModuleType
from typing import Any

from generator import arabic, glossary, segment, yamlfile
from generator.analyse import entities, quotes
from generator.evaluation import report
from generator.glossary import Entry
from generator.model import Article, Paragraph, SeedMeta, Sentence

ROOT = Path(__file__).resolve().parent.parent
# A label's opening matches a found quotation on this many folded characters, as
# ``briefing eval`` matches the corpus labels (``evaluation.report.quote_counts``).
START_CHARS = 12
MISS_KINDS = ("not-found", "unresolved", "wrong")
# Labelled before any code ran on them and scored once, by the lead, with --unread (batch 22
# in session 21: quote_unread22_s21.log; batch 23 in session 22: quote_unread23_s22.log;
# batch 24 in session 23: quote_unread24_s23.log; batch 25 in session 24: quote_unread25_s24.log;
# batch 26 in session 25: quote_unread26_s25.log; batch 27 in session 25 too, for a second set
# of rules: quote_unread27_s25.log; batch 28 (session 25, helper QB7) in session 26:
# quote_unread28_s26.log; all spent since). Batch 29 (session 26, helper QB8) waits for a later
# session's one scoring of its quote rules.
UNREAD_BATCHES: frozenset[int] = frozenset({29})


def _article(number: int, lines: list[str]) -> Article:
    """The context and the sentence as paragraphs 1.., after a placeholder headline; a
    line is a crosshead as ``segment`` would mark it."""
    meta = SeedMeta(id=f"dev{number:03d}", outlet="unknown")
    texts = ["-", *lines]
    paragraphs = tuple(
        Paragraph(
            i, (Sentence(f"{meta.id}-p{i}-s0", i, 0, text),), segment.is_heading(text, [text])
        )
        for i, text in enumerate(texts)
    )
    return Article(meta=meta, paragraphs=paragraphs)


def _verdict(
    entry: dict[str, Any], found: list[quotes.Quote], target: str, names: Mapping[str, Entry]
) -> tuple[str, str]:
    start = arabic.fold(entry["starts"])[:START_CHARS]
    match = [q for q in found if q.sentence == target and arabic.fold(q.text).startswith(start)]
    if not match:
        return "not-found", "<not found>"
    got = match[0].speaker
    if report.same_speaker(got, entry["speaker"], names):  # as briefing eval scores it
        return "ok", str(got)
    return ("unresolved" if got is None else "wrong"), str(got)


def name_given(entry: dict[str, Any], names: Mapping[str, Entry]) -> bool:
    """Whether the entry's context and sentence give its labelled speaker at all: one of
    its glossary names or posts, matched as the recogniser matches names (with the clitics
    Arabic attaches, "للتحالف الدولي", and each name's spelling variants, "البنتاجون").
    When none does, the entry asks for a speaker named on the page above its context,
    which no rule can find from what it is given."""
    text = " ".join([*(entry.get("context") or []), entry["sentence"]])
    # the speaker's entry and any naming the same body ("البنتاغون" for the Department)
    body = names[entry["speaker"]].body if entry["speaker"] in names else entry["speaker"]
    entries = [e for e in names.values() if e.body == body]
    if any(names[m.entity].body == body for m in entities.find(_recogniser(names), text)):
        return True
    posts = [tuple(arabic.words(f)) for e in entries for post in e.posts for f in post.ar]
    return any(_words_at(arabic.words(text), post) for post in posts)


_RECOGNISERS: dict[int, entities.Recogniser] = {}  # by the glossary mapping's id


def _recogniser(names: Mapping[str, Entry]) -> entities.Recogniser:
    if id(names) not in _RECOGNISERS:
        _RECOGNISERS[id(names)] = entities.build_recogniser(names.values())
    return _RECOGNISERS[id(names)]


def _words_at(words: tuple[str, ...], form: tuple[str, ...]) -> bool:
    """Whether ``form`` stands in ``words``, its first word read through its clitics."""
    return any(
        form[0] in entities.clitic_readings(word) and words[i + 1 : i + len(form)] == form[1:]
        for i, word in enumerate(words)
    )


def _parts(entries: list[dict[str, Any]], batches: list[int]) -> dict[str, str]:
    """Part a or b of each outlet of the batches split: sorted outlets, alternately."""
    parts = {}
    for batch in batches:
        outlets = sorted({e["outlet"] for e in entries if e.get("batch", 1) == batch})
        parts.update({outlet: "ab"[i % 2] for i, outlet in enumerate(outlets)})
    return parts


def batch_of(entry: dict[str, Any]) -> int:
    return int(entry.get("batch", 1))


def selected(
    entries: list[dict[str, Any]], unread: Collection[int] = ()
) -> list[tuple[int, dict[str, Any]]]:
    """The entries to score, numbered as in the file: every read batch, or, when ``unread``
    names unread batches, those alone (an unread batch is never scored beside the others,
    so that reading them never shows it)."""
    unknown = set(unread) - UNREAD_BATCHES
    if unknown:
        raise SystemExit(f"--unread: batch {sorted(unknown)} is not unread; use --hide")
    if unread:
        return [(n, e) for n, e in enumerate(entries) if batch_of(e) in set(unread)]
    return [(n, e) for n, e in enumerate(entries) if batch_of(e) not in UNREAD_BATCHES]


def _refuse_corpus_pages(entries: list[dict[str, Any]]) -> None:
    """Every entry, read or not, is checked: a page of the corpus has no place here."""
    labels, _ = yamlfile.read(ROOT / "eval" / "labels.yaml", what="evaluation labels")
    corpus_urls = {item.get("url") for item in labels["articles"]} - {None}
    for number, entry in enumerate(entries):
        if entry["url"] in corpus_urls:
            raise SystemExit(
                f"eval/dev/quotes.yaml: entry {number} is in the corpus "
                f"({entry['url']}): take another page"
            )


def _quotes_at(commit: str) -> ModuleType:
    """``quotes.py`` as it was at a commit (the rest of the package as checked out), so a
    batch can be scored on the code that first scored it, side by side with this one."""
    source = subprocess.run(
        ["git", "show", f"{commit}:generator/analyse/quotes.py"],
        cwd=ROOT, capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    name = f"quotes_at_{commit}"
    module = ModuleType(name)
    sys.modules[name] = module  # dataclasses look their module up
    exec(compile(source, f"{commit}:generator/analyse/quotes.py", "exec"), module.__dict__)
    return module


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--quotes-at", metavar="COMMIT", help="score quotes.py of this commit")
    parser.add_argument("--hide", nargs="*", default=[], metavar="BATCH")
    parser.add_argument("--totals", action="store_true", help="counts only, no miss listed")
    parser.add_argument("--split", type=int, nargs="*", default=[], metavar="BATCH")
    parser.add_argument(
        "--unread", type=int, nargs="+", default=[], metavar="BATCH",
        help="score these unread batches alone, totals only (the lead's one scoring)",
    )  # fmt: skip
    parser.add_argument(
        "--list-unread", action="store_true", help="with --unread: list their misses too"
    )
    args = parser.parse_args()
    if args.list_unread and not args.unread:
        parser.error("--list-unread needs --unread")
    totals_only = args.totals or (bool(args.unread) and not args.list_unread)
    data, _ = yamlfile.read(ROOT / "eval" / "dev" / "quotes.yaml", what="quote development set")
    names = glossary.load(ROOT / "seeds")
    recogniser = entities.build_recogniser(names.values())
    finder = _quotes_at(args.quotes_at) if args.quotes_at else quotes
    tally: Counter[str] = Counter()
    by_batch: Counter[tuple[str, bool]] = Counter()
    classes: Counter[tuple[str, str]] = Counter()
    _refuse_corpus_pages(data["quotes"])
    scored = selected(data["quotes"], args.unread)
    parts = _parts([entry for _, entry in scored], args.split)
    named = [0, 0]
    nameless = Counter[str]()  # named speakers the entry never names, by verdict
    held_out: Counter[str] = Counter()
    for number, entry in scored:
        batch = f"{entry.get('batch', 1)}{parts.get(entry['outlet'], '')}"
        if batch in args.hide or batch.rstrip("ab") in args.hide:
            held_out[batch] += 1  # not scored at all: even a count is a reading
            continue
        article = _article(number, [*(entry.get("context") or []), entry["sentence"]])
        found = finder.find_quotes(article, recogniser, names)
        verdict, got = _verdict(entry, found, article.sentences[-1].id, names)
        tally[verdict] += 1
        by_batch[batch, verdict == "ok"] += 1
        classes[batch, verdict] += 1
        if entry["speaker"]:
            named[0] += verdict == "ok"
            named[1] += 1
            if not name_given(entry, names):
                nameless[verdict] += 1
        if (verdict != "ok" or args.verbose) and not totals_only:
            print(f"{verdict:10} #{number} {entry['outlet']}: want={entry['speaker']} got={got}")
            print(f"           {entry['sentence'][:160]}")
    for batch in sorted({b for b, _ in by_batch}, key=lambda b: (int(b.rstrip("ab")), b)):
        right, count = by_batch[batch, True], by_batch[batch, True] + by_batch[batch, False]
        misses = ", ".join(f"{kind} {classes[batch, kind]}" for kind in MISS_KINDS)
        print(f"batch {batch}: speaker right {right}/{count} ({misses})")
    for batch, count in sorted(held_out.items()):
        print(f"batch {batch}: held out, {count} quotations not scored")
    total = sum(tally.values())
    outlets = len({entry["outlet"] for _, entry in scored})
    print(
        f"speaker right: {tally['ok']}/{total} ({tally['ok'] / total:.3f}); named speakers "
        f"right: {named[0]}/{named[1]}; not found {tally['not-found']}, unresolved "
        f"{tally['unresolved']}, wrong {tally['wrong']}; {outlets} outlets"
    )
    print(
        f"named speakers whose name or post the entry's context and sentence never give: "
        f"{sum(nameless.values())} (right {nameless['ok']}, missed "
        f"{sum(nameless.values()) - nameless['ok']})"
    )


if __name__ == "__main__":
    main()
