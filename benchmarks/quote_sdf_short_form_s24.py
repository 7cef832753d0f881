"""Session 24 (helper Q10): where the words "سوريا الديمقراطية" / "سورية الديمقراطية" stand
outside every glossary name, on the texts ``eval/gazetteer_counts.py`` reads (the TUNING
half, the spent development sets, the read quote batches; never test, never an unread set),
each with the words around it, to judge by hand whether they name the SDF there before the
glossary gains them as a form of ``sdf``.

    python benchmarks/quote_sdf_short_form_s24.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))

from gazetteer_counts import texts  # noqa: E402  (eval/ is not a package)

from generator import arabic, glossary  # noqa: E402
from generator.analyse import entities  # noqa: E402

PHRASES = ("سوريا الديمقراطية", "سورية الديمقراطية")
AROUND = 6  # words either side


def main() -> None:
    names = glossary.load(ROOT / "seeds")
    recogniser = entities.build_recogniser(names.values())
    phrases = [arabic.words(p) for p in PHRASES]
    bare, inside = 0, 0
    for source, doc, line in texts():
        words = arabic.words(line)
        # a name that holds both words ("قوات سوريا الديمقراطية"); "سوريا" alone is Syria
        taken = {i for m in entities.find(recogniser, line) for i in range(m.start, m.end - 1)}
        for i in range(len(words) - 1):
            readings = entities.clitic_readings(words[i])
            if not any(p[0] in readings and words[i + 1] == p[1] for p in phrases):
                continue
            if i in taken:
                inside += 1
                continue
            bare += 1
            around = " ".join(words[max(0, i - AROUND) : i + 2 + AROUND])
            print(f"{source}\t{doc}\t{around}")
    print(f"inside a glossary name: {inside}; outside every name: {bare}")


if __name__ == "__main__":
    main()
