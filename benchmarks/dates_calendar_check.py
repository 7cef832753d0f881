"""Session 11 replaced dateparser in ``analyse/dates.py`` by calendar arithmetic. This
script checks that the two give the same mentions, span for span, on every form our rules
read, at many publication dates.

    python benchmarks/dates_calendar_check.py [--base COMMIT]

It loads ``analyse/dates.py`` as it was at ``--base`` (the last commit that used
dateparser, 5a5d243 by default; read with ``git show``, the rest of the package as checked
out) beside the current one, and runs both ``find_dates`` and ``yearless_days`` over (a)
synthetic sentences, one per form and qualifier, at every third day of 2016-2025 and on
the days around month and year ends and 29 February, and (b) every line of the founding
seeds, the tuning half of the corpus and the development pages, at their labelled
publication date and at a fixed one. The test half, the unread grouping sets
(``group_pages.UNREAD_SETS``) and the unread cleaning sets (``clean_pages.UNREAD``) are not
read. Prints the counts and any difference; exits 1 if there is one.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.analyse import dates  # noqa: E402

sys.path.insert(0, str(ROOT / "eval"))
from clean_pages import UNREAD as UNREAD_CLEANING  # noqa: E402  (nor an unread cleaning set)
from group_pages import UNREAD_SETS  # noqa: E402  (an unread grouping set is never read here)

FORMS = (
    "في 15 مارس", "في 29 شباط", "في 31 نيسان", "في 1 كانون الثاني", "الخميس 27 أكتوبر",
    "في 3 تشرين الأول من العام الماضي", "في أيلول الماضي", "في أيلول الجاري", "في آب المقبل",
    "في 9 أكتوبر المقبل", "في 9 أكتوبر الماضي", "في 9 أكتوبر الجاري", "مطلع آذار المقبل",
    "في 29 فبراير المقبل", "في 29 فبراير الماضي", "أكتوبر 2019", "في 29 فبراير 2019",
    "عام 2019", "منذ 2014", "الجمعة", "يوم الأحد", "الأحد الماضي", "يوم الاثنين المقبل",
    "أمس", "اليوم", "أمس الجمعة", "اليوم الأربعاء", "أول أمس", "الشهر الماضي",
    "الشهر المقبل", "هذا الشهر", "20 من الشهر الماضي", "31 من الشهر المقبل",
    "منتصف الشهر الجاري", "نهاية الشهر الماضي", "الأسبوع الماضي", "الأسبوع المقبل",
    "العام الماضي", "العام المقبل", "هذا العام", "السنة الحالية", "قبل ثلاثة أيام",
    "في 12/10/2019", "الخميس الماضي 14 آذار", "ليلة الجمعة",
)  # fmt: skip


def _load_at(commit: str) -> ModuleType:
    source = subprocess.run(
        ["git", "-C", str(ROOT), "show", f"{commit}:generator/analyse/dates.py"],
        check=True, capture_output=True, text=True,
    ).stdout  # fmt: skip
    path = Path(tempfile.mkdtemp()) / "dates_before.py"
    path.write_text(source, encoding="utf-8")
    spec = importlib.util.spec_from_file_location("generator.analyse.dates_before", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while it loads
    spec.loader.exec_module(module)
    return module


def _publication_days() -> Iterator[dt.date]:
    day = dt.date(2016, 1, 1)
    while day <= dt.date(2025, 12, 31):
        yield day
        day += dt.timedelta(days=3)
    for year in range(2016, 2026):
        for month in range(1, 13):
            first = dt.date(year, month, 1)
            yield from (first, first - dt.timedelta(days=1), first + dt.timedelta(days=27))
    yield from (dt.date(2020, 2, 29), dt.date(2024, 2, 29), dt.date(2021, 2, 28))


def _real_lines() -> Iterator[tuple[str, dt.date | None]]:
    """Lines of the seeds, the tuning half and the development pages, with their dates."""
    labels = yaml.safe_load((ROOT / "eval" / "labels.yaml").read_text(encoding="utf-8"))
    for item in labels["articles"]:
        if item.get("split") != "tune":
            continue
        text = (ROOT / "eval" / "corpus" / f"{item['id']}.txt").read_text(encoding="utf-8")
        yield from ((line, item.get("published")) for line in text.splitlines())
    for path in sorted((ROOT / "eval" / "dev").rglob("*.txt")):
        if path.parent.name in {*UNREAD_SETS, *UNREAD_CLEANING}:
            continue
        yield from ((line, None) for line in path.read_text(encoding="utf-8").splitlines())
    for path in sorted((ROOT / "seeds").glob("*.md")):
        yield from ((line, None) for line in path.read_text(encoding="utf-8").splitlines())


def _same(before: ModuleType, text: str, published: dt.date | None) -> str | None:
    old = [tuple(vars(m).values()) for m in before.find_dates(text, published)]
    new = [tuple(vars(m).values()) for m in dates.find_dates(text, published)]
    if old != new:
        return f"{published} {text[:80]!r}: before {old} now {new}"
    old_days = [tuple(vars(d).values()) for d in before.yearless_days(text)]
    if old_days != [tuple(vars(d).values()) for d in dates.yearless_days(text)]:
        return f"yearless {text[:80]!r}"
    return None


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", default="5a5d243")
    args = parser.parse_args()
    before = _load_at(args.base)
    checked, differences = 0, []
    for published in sorted(set(_publication_days())):
        for form in FORMS:
            checked += 1
            if found := _same(before, f"قال مسؤول {form} إن القوات انسحبت.", published):
                differences.append(found)
    fixed = dt.date(2023, 9, 27)
    for line, published in _real_lines():
        for day in {published, fixed}:
            checked += 1
            if line.strip() and (found := _same(before, line, day)):
                differences.append(found)
    print(f"base {args.base}: {checked} sentence-date pairs checked, {len(differences)} differ")
    for line in differences[:50]:
        print("DIFF", line)
    sys.exit(1 if differences else 0)


if __name__ == "__main__":
    main()
