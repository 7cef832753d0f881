"""Each page's cleaning outcome on the spent DATE and GROUPING sets (session 23, helper C3).

    PYTHONPATH=CHECKOUT python eval/clean_dump_sets.py > out.txt

One line per stored page of eval/dev/dates*/ and eval/dev/groups*/ (never an unread set,
``UNREAD``, group_pages.UNREAD_SETS: groups14 until session 26, groups15): the headline line chosen
and the kept lines, or "NO REPORT". Run it with two checkouts' ``generator/`` and diff the
outputs to see which pages a cleaning change moves on sets it was not written on."""

from __future__ import annotations

from pathlib import Path

from group_pages import UNREAD_SETS

from generator import clean
from generator.model import Seed, SeedMeta

DEV = Path(__file__).resolve().parent / "dev"
# The grouping sets nobody may run our code on yet (groups11 and groups12 until session 24,
# groups14 from session 25 on): group_pages.py's list, so that a new one is never read here.
UNREAD: tuple[str, ...] = UNREAD_SETS


def outcome(path: Path) -> str:
    meta = SeedMeta(id=path.stem, outlet="development")
    seed = Seed(path=path, meta=meta, body=path.read_text(encoding="utf-8"), body_line=1)
    if clean.lacks_report(seed):
        return "NO REPORT"
    text = clean.clean(seed)
    return f"{text.headline_line} {[line.number for line in text.paragraphs]}"


def main() -> None:
    for folder in sorted(DEV.iterdir()):
        if folder.is_dir() and folder.name.startswith(("dates", "groups")):
            if folder.name in UNREAD:
                continue
            for path in sorted(folder.glob("*.txt")):
                print(folder.name, path.name, outcome(path))


if __name__ == "__main__":
    main()
