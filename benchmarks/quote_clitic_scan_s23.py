"""Session 23 (helper Q9): how glossary names stand in the quote batches' texts with letters
joined before them, and whether the entity recogniser reads each occurrence.

For every person and organisation form (and every post) of the glossary, each place in the
texts of quote batches 1-23 (contexts and sentences; ``quote_devset.selected`` leaves the
unread batch out) where a word ends with the form's first word and the form's other words
follow: the letters before it, and whether ``entities.clitic_readings`` of the written word
gives the form's first word (a "لل" for "ل" + "ال" counted as "لل*"). Letters that are no
clitic ("ومصال" + "حنا") must read False: the name is inside another word.

    python benchmarks/quote_clitic_scan_s23.py > benchmarks/logs/quote_clitic_scan_s23.log
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "eval")]

import quote_devset  # noqa: E402

from generator import arabic, glossary, yamlfile  # noqa: E402
from generator.analyse import entities  # noqa: E402

Form = tuple[str, ...]


def _forms(names: dict[str, glossary.Entry]) -> set[Form]:
    found: set[Form] = set()
    for entry in names.values():
        if entry.type not in ("person", "organisation"):
            continue
        found.update(tuple(arabic.words(f)) for f in entry.ar_forms)
        found.update(tuple(arabic.words(a)) for post in entry.posts for a in post.ar)
    return {f for f in found if f}


def _prefix(word: str, first: str) -> str | None:
    """The letters written before a form's first word, or None when it is not there."""
    if word != first and word.endswith(first):
        return word[: len(word) - len(first)]
    bare = first[2:]  # "لل" + the word without its article
    if first.startswith("ال") and word.endswith("لل" + bare):
        return word[: len(word) - len(bare)] + "*"
    return None


def main() -> None:
    data, _ = yamlfile.read(ROOT / "eval" / "dev" / "quotes.yaml", what="quote development set")
    names = glossary.load(ROOT / "seeds")
    texts = {t for _, e in quote_devset.selected(data["quotes"])
             for t in [*(e.get("context") or []), e["sentence"]]}  # fmt: skip
    counts: Counter[tuple[str, bool]] = Counter()
    examples: dict[tuple[str, bool], list[str]] = {}
    for text in sorted(texts):
        words = arabic.words(text)
        for at, word in enumerate(words):
            for form in _forms(names):
                prefix = _prefix(word, form[0])
                if prefix is None or words[at + 1 : at + len(form)] != form[1:]:
                    continue
                key = (prefix, form[0] in entities.clitic_readings(word))
                counts[key] += 1
                shown = " ".join(words[max(0, at - 1) : at + len(form)])
                examples.setdefault(key, []).append(shown)
    print(f"# {len(texts)} texts of quote batches 1-23; (letters before, read) count: examples")
    for key, count in counts.most_common():
        print(key, count, examples[key][:3])


if __name__ == "__main__":
    main()
