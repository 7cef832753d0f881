"""How often a glossary name occurs in a spelling the recogniser misses, by variant class,
on the tuning half and every development set (never `test`).

    python eval/entity_variants.py [--shipped] [--contexts]

For each glossary form of the recognised types, the variants of every class of
``generator.analyse.variants.CLASSES`` (one change each) are searched for, word by word with
the recogniser's clitic readings, in every line of the tuning half's texts (selected by
``labels.yaml``'s split), of every page under ``eval/dev/`` and of the quote batches'
sentences. A hit is MISSED when the recogniser (without variants, or with the shipped ones
with ``--shipped``) finds no mention of the same body over those words. A variant that is
another entry's form is a collision and is not searched for. ``--contexts`` prints each
missed hit with its line, to judge by hand whether it is the name.
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

from clean_pages import UNREAD as UNREAD_CLEANING  # an unread cleaning set, likewise
from group_pages import UNREAD_SETS  # never read before their one scoring
from quote_devset import UNREAD_BATCHES as UNREAD_QUOTE_BATCHES  # scored once, by the lead

from generator import arabic, glossary, yamlfile
from generator.analyse import entities, variants
from generator.evaluation import corpus

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "eval" / "dev"
CONTEXT_WORDS = 6


def texts() -> Iterator[tuple[str, str, str]]:
    """(set, document, text) for the tuning half, every dev page and every quote batch."""
    for item in corpus.load(ROOT / "eval", split="tune"):
        yield "tune", item.id, item.text
    unread = {*UNREAD_SETS, *UNREAD_CLEANING}
    for folder in sorted(p for p in DEV.iterdir() if p.is_dir() and p.name not in unread):
        for page in sorted(folder.glob("*.txt")):
            yield folder.name, page.stem, page.read_text(encoding="utf-8")
    data, _ = yamlfile.read(DEV / "quotes.yaml", what="quote development set")
    seen: set[str] = set()
    for number, quote in enumerate(data["quotes"], 1):
        if quote.get("batch", 1) in UNREAD_QUOTE_BATCHES:
            continue
        for sentence in [*(quote.get("context") or ()), quote["sentence"]]:
            if sentence not in seen:
                seen.add(sentence)
                yield "quotes", f"#{number}", sentence


def variant_recogniser(
    entries: dict[str, glossary.Entry],
) -> tuple[entities.Recogniser, list[str]]:
    """Every class's variants, labelled body|class|variant; and the collisions."""
    taken = {tuple(arabic.words(f)): e.id for e in entries.values() for f in e.ar_forms}
    index: dict[str, list[tuple[tuple[str, ...], str]]] = defaultdict(list)
    collisions = []
    for entry in sorted(entries.values(), key=lambda e: e.id):
        if entry.type not in entities.RECOGNISED_TYPES:
            continue
        for form in entry.ar_forms:
            words = tuple(arabic.words(form))
            for variant, name in variants.variants(words, tuple(variants.CLASSES)).items():
                owner = taken.get(variant)
                if owner is not None:
                    if glossary_body(entries, owner) != entry.body:
                        collisions.append(f"{name}: {' '.join(variant)} ({entry.id}) = {owner}")
                    continue
                index[variant[0]].append((variant, f"{entry.body}|{name}|{' '.join(variant)}"))
    ordered = {k: tuple(sorted(set(v), key=lambda i: (-len(i[0]), i[1]))) for k, v in index.items()}
    return entities.Recogniser(index=ordered), collisions


def glossary_body(entries: dict[str, glossary.Entry], entry_id: str) -> str:
    return entries[entry_id].body


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--shipped", action="store_true", help="the recogniser with variants")
    parser.add_argument("--contexts", action="store_true", help="print each missed hit")
    args = parser.parse_args()
    entries = glossary.load(ROOT / "seeds")
    classes = variants.SHIPPED_CLASSES if args.shipped else ()
    plain = entities.build_recogniser(entries.values(), classes=classes)
    shipped = entities.build_recogniser(entries.values())
    listed = entities.build_recogniser(entries.values(), classes=())
    added = sum(map(len, shipped.index.values())) - sum(map(len, listed.index.values()))
    print(f"forms in the recogniser: {sum(map(len, listed.index.values()))} listed, {added} added")
    searched, collisions = variant_recogniser(entries)
    print(f"collisions with another entry's form: {len(collisions)}")
    for line in collisions:
        print(f"  COLLIDES {line}")
    hits: Counter[tuple[str, str]] = Counter()
    missed: Counter[tuple[str, str]] = Counter()
    by_variant: Counter[tuple[str, str, str]] = Counter()
    sets: dict[str, set[str]] = defaultdict(set)
    per_set: Counter[tuple[str, str]] = Counter()
    for set_name, document, text in texts():
        for line in text.split("\n"):
            tokens = arabic.words(line)
            found = entities.find(plain, line)
            for hit in entities.find(searched, line):
                body, name, variant = hit.entity.split("|")
                hits[name, body] += 1
                if any(m.entity == body and m.start < hit.end and hit.start < m.end for m in found):
                    continue
                missed[name, body] += 1
                by_variant[name, body, variant] += 1
                sets[name].add(set_name)
                per_set[set_name, name] += 1
                if args.contexts:
                    left = max(0, hit.start - CONTEXT_WORDS)
                    window = " ".join(tokens[left : hit.end + CONTEXT_WORDS])
                    print(f"MISSED {name} {body} «{variant}» {set_name}/{document}: {window}")
    print("\nmissed hits by class (hits of the class that the recogniser already finds aside)")
    for name in variants.CLASSES:
        total = sum(n for (c, _), n in missed.items() if c == name)
        bodies = sorted({b for (c, b) in missed if c == name})
        print(f"{name:15} missed {total:4}  bodies {len(bodies):3}  sets {len(sets[name]):3}")
    print("\nmissed hits of the shipped classes by set (tune and every dev set)")
    for set_name in sorted({s for s, _ in per_set}):
        counts = {c: per_set[set_name, c] for c in variants.SHIPPED_CLASSES}
        if not any(counts.values()):
            continue
        shown = " ".join(f"{c}={n}" for c, n in counts.items() if n)
        print(f"  {set_name:10} {sum(counts.values()):3}  {shown}")
    print("\nmissed hits by class, body and variant")
    for (name, body, variant), n in sorted(by_variant.items()):
        print(f"  {name:15} {body:28} «{variant}» {n}")


if __name__ == "__main__":
    main()
