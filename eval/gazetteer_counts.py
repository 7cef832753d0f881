"""Which actors, bodies and places recur on the tuning half and the spent development
pages without a glossary entry, and what the entries added since a base glossary match.

    python eval/gazetteer_counts.py cues [--top N]
    python eval/gazetteer_counts.py words [--top N]
    python eval/gazetteer_counts.py probe PHRASE...
    python eval/gazetteer_counts.py forms [--base REV] [--contexts]

Texts: the tuning half (selected by ``labels.yaml``'s split, never ``test``), every page of
the spent sets under ``eval/dev/`` (``SPENT``, named one by one), and the quote batches'
sentences.

``cues``: the one and two words after a cue word of a kind of name ("مدينة", "وزير",
"حزب"...), counted by how many documents have them, with spans the glossary already
recognises left out; a list to read by hand for entries, not a list of entries.

``words``: every word (of three letters or more) and pair of words left unrecognised, by
documents; most are ordinary words, read by hand for the names among them.

``probe``: the documents each phrase given occurs in (a clitic allowed on its first word),
with or without a glossary name around it.

``forms``: for every entry of the glossary that the glossary at ``--base`` (a git revision,
``main`` by default) lacks, the documents and hits of each form as matched in text by the
recogniser (the whole glossary competing, longest match first), by set; ``--contexts``
prints every hit of a one-word form with its words around, to judge false matches by hand.
"""

from __future__ import annotations

import argparse
import subprocess
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

from quote_devset import UNREAD_BATCHES as UNREAD_QUOTE_BATCHES  # scored once, by the lead

from generator import arabic, glossary, yamlfile
from generator.analyse import entities
from generator.evaluation import corpus

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "eval" / "dev"
# The development sets read here: only spent ones, named one by one, so that a set added
# later (an unread grouping set: groups8 and groups9 in session 20, groups10 and groups11 in
# session 21, groups12 in session 22) is never read.
SPENT = frozenset(
    [
        "pages",
        "groups",
        *(f"groups{n}" for n in range(2, 8)),
        "dates",
        *(f"dates{n}" for n in range(2, 7)),
        "heldout",
        *(f"heldout{n}" for n in range(2, 18)),
    ]
)
CONTEXT_WORDS = 6
MIN_LETTERS = 3  # shorter words are particles
# Terms too: a framing term ("الجيش الوطني") is a name already listed.
ALL_TYPES = (*entities.RECOGNISED_TYPES, "term")
TOP = 40

# Cue words before a name, by the kind of name they announce (folded like the text).
CUES: dict[str, tuple[str, ...]] = {
    "place": ("مدينة", "بلدة", "ناحية", "قرية", "منطقة", "مخيم", "معبر", "سد", "محافظة", "ريف"),
    "person": ("الرئيس", "وزير", "القائد", "المتحدث", "الناطق", "الجنرال", "رئيس"),
    "body": ("حزب", "هيئة", "وحدات", "مجلس", "فصيل", "جبهة", "لواء", "فرقة", "حركة", "قوات"),
}


def texts() -> Iterator[tuple[str, str, str]]:
    """(set, document, text) for the tuning half, every spent dev page and the quote batches."""
    for item in corpus.load(ROOT / "eval", split="tune"):
        yield "tune", item.id, item.text
    for folder in sorted(p for p in DEV.iterdir() if p.is_dir()):
        if folder.name not in SPENT:
            continue
        for page in sorted(folder.glob("*.txt")):
            yield folder.name, page.stem, page.read_text(encoding="utf-8")
    data, _ = yamlfile.read(DEV / "quotes.yaml", what="quote development set")
    for number, quote in enumerate(data["quotes"], 1):
        if quote.get("batch", 1) in UNREAD_QUOTE_BATCHES:
            continue
        for sentence in [*(quote.get("context") or ()), quote["sentence"]]:
            yield "quotes", f"#{number}", sentence


def unrecognised_words(recogniser: entities.Recogniser, line: str) -> list[str | None]:
    """The line's folded words, None where the glossary recognises a name."""
    tokens: list[str | None] = list(arabic.words(line))
    for mention in entities.find(recogniser, line):
        for position in range(mention.start, mention.end):
            tokens[position] = None
    return tokens


def cue_counts(recogniser: entities.Recogniser) -> dict[str, Counter[str]]:
    """Per kind, the documents each 'cue + one or two words' occurs in (once a document)."""
    cue_kind = {arabic.fold(c): kind for kind, cues in CUES.items() for c in cues}
    found: dict[str, Counter[str]] = defaultdict(Counter)
    for _, _, text in texts():
        seen: set[tuple[str, str]] = set()
        for line in text.split("\n"):
            tokens = unrecognised_words(recogniser, line)
            for position, word in enumerate(tokens[:-1]):
                kind = cue_kind.get(word or "")
                if kind is None or tokens[position + 1] is None:
                    continue
                one = f"{word} {tokens[position + 1]}"
                seen.add((kind, one))
                nxt = tokens[position + 2] if position + 2 < len(tokens) else None
                if nxt is not None:
                    seen.add((kind, f"{one} {nxt}"))
        for kind, phrase in seen:
            found[kind][phrase] += 1
    return found


def word_counts(recogniser: entities.Recogniser) -> dict[str, Counter[str]]:
    """Documents each unrecognised word and pair of words occurs in (once a document)."""
    found: dict[str, Counter[str]] = {"word": Counter(), "pair": Counter()}
    for _, _, text in texts():
        seen: set[tuple[str, str]] = set()
        for line in text.split("\n"):
            tokens = unrecognised_words(recogniser, line)
            for first, second in zip(tokens, [*tokens[1:], None], strict=False):
                if first is None or len(first) < MIN_LETTERS:
                    continue
                seen.add(("word", first))
                if second is not None:
                    seen.add(("pair", f"{first} {second}"))
        for kind, phrase in seen:
            found[kind][phrase] += 1
    return found


def probe_counts(phrases: list[str]) -> Counter[str]:
    """Documents each phrase occurs in, word by word, a clitic (و ف ب ل ك) allowed on its
    first word."""
    wanted = [tuple(arabic.words(p)) for p in phrases]
    found: Counter[str] = Counter()
    for _, _, text in texts():
        tokens = arabic.words(text)
        seen = set()
        for position, token in enumerate(tokens):
            readings = entities.clitic_readings(token)
            for words in wanted:
                end = position + len(words)
                if words[0] in readings and tuple(tokens[position + 1 : end]) == words[1:]:
                    seen.add(" ".join(words))
        found.update(seen)
    return found


def base_glossary(revision: str) -> dict[str, glossary.Entry]:
    """The glossary as committed at ``revision``."""
    shown = subprocess.run(
        ["git", "-C", str(ROOT), "show", f"{revision}:seeds/glossary.yaml"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "glossary.yaml").write_text(shown, encoding="utf-8")
        return glossary.load(Path(folder))


def form_hits(entries: dict[str, glossary.Entry], added: set[str], contexts: bool) -> None:
    """Documents and hits by set of each added entry's forms as matched in text."""
    recogniser = entities.build_recogniser(entries.values(), ALL_TYPES, prefer="term")
    docs: dict[tuple[str, str], set[str]] = defaultdict(set)
    hits: Counter[tuple[str, str]] = Counter()
    sets: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for set_name, document, text in texts():
        for line in text.split("\n"):
            tokens = arabic.words(line)
            for mention in entities.find(recogniser, line):
                if mention.entity not in added:
                    continue
                form = " ".join(tokens[mention.start : mention.end])
                key = (mention.entity, form)
                docs[key].add(f"{set_name}/{document}")
                hits[key] += 1
                sets[key][set_name] += 1
                if contexts and mention.end - mention.start == 1:
                    left = max(0, mention.start - CONTEXT_WORDS)
                    window = " ".join(tokens[left : mention.end + CONTEXT_WORDS])
                    print(f"HIT {mention.entity} «{form}» {set_name}/{document}: {window}")
    by_entity: Counter[str] = Counter()
    for (entity, _), names in docs.items():
        by_entity[entity] += len(names)
    print(f"\nadded entries: {len(added)}; matched in text: {len(by_entity)}")
    for entity in sorted(added, key=lambda e: (-by_entity[e], e)):
        print(f"{entity:34} {entries[entity].type:12} docs {by_entity[entity]:4}")
        for (owner, form), names in sorted(docs.items(), key=lambda i: -len(i[1])):
            if owner == entity:
                spread = " ".join(f"{s}={n}" for s, n in sorted(sets[owner, form].items()))
                print(f"    «{form}» docs {len(names)} hits {hits[owner, form]}  {spread}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=("cues", "words", "probe", "forms"))
    parser.add_argument("phrases", nargs="*", help="probe: the phrases to count")
    parser.add_argument("--top", type=int, default=TOP, help="phrases shown per kind")
    parser.add_argument("--base", default="main", help="git revision of the base glossary")
    parser.add_argument("--contexts", action="store_true", help="every one-word form's hits")
    args = parser.parse_args()
    entries = glossary.load(ROOT / "seeds")
    if args.mode in ("cues", "words"):
        recogniser = entities.build_recogniser(entries.values(), ALL_TYPES, prefer="term")
        counts = cue_counts if args.mode == "cues" else word_counts
        for kind, counted in counts(recogniser).items():
            print(f"\n== {kind}: cue + words, documents (glossary names left out)")
            for phrase, n in counted.most_common(args.top):
                print(f"  {n:4}  {phrase}")
        return
    if args.mode == "probe":
        counted = probe_counts(args.phrases)
        for phrase in args.phrases:
            folded = " ".join(arabic.words(phrase))
            print(f"  {counted[folded]:4}  {phrase}")
        return
    added = set(entries) - set(base_glossary(args.base))
    form_hits(entries, added, args.contexts)


if __name__ == "__main__":
    main()
