"""Synthetic archives of varied articles, for benchmarks of site size and build time.

``write_archive(project_dir, n_articles, seed=0)`` writes a complete project (mkdocs.yml,
templates, ``seeds/`` with a glossary, seeds and their translation memory) that
``briefing build --no-translate`` builds without pending sentences. Stories differ in
place, people, numbers and wording; each is reported by two to five outlets of the founding
glossary, on dates spread over fourteen years, so year pages, entity pages and per-outlet
lists all grow the way a real archive would. Sentences come from templates written in both
languages (so every sentence has its English in the translation memory, labelled as a
synthetic translation) and from the founding articles' sentences with their reference
English.

Nothing here is published: it is test data for ``benchmarks/``.
"""

from __future__ import annotations

import datetime as dt
import random
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from generator.translate import tm

ROOT = Path(__file__).resolve().parents[1]
FOUNDING_SEEDS = ROOT / "tests" / "fixtures" / "founding" / "seeds"
TRANSLATOR = "synthetic benchmark text"  # the TM's translator field: never presented as real
FIRST_DAY = dt.date(2013, 1, 1)
SPAN_DAYS = 14 * 365  # stories spread over fourteen years: a dozen year pages
ADDED_FROM = dt.date(2026, 1, 1)  # `added:` days, one story after another
OUTLETS_PER_STORY = (2, 5)
PARAGRAPHS_PER_ARTICLE = (4, 8)
FOUNDING_SHARE = 0.25
QUOTING = frozenset('"“”„«»()[]')  # share of sentences taken from the founding articles

PLACES = (
    ("amuda", "Amuda", "عامودا"),
    ("darbasiyah", "Darbasiyah", "الدرباسية"),
    ("tal-tamr", "Tal Tamr", "تل تمر"),
    ("shaddadi", "Shaddadi", "الشدادي"),
    ("ain-issa", "Ain Issa", "عين عيسى"),
    ("tal-abyad", "Tal Abyad", "تل أبيض"),
    ("ras-al-ain", "Ras al-Ain", "رأس العين"),
    ("tabqa", "Tabqa", "الطبقة"),
    ("raqqa", "Raqqa", "الرقة"),
    ("busayrah", "Busayrah", "البصيرة"),
    ("hajin", "Hajin", "هجين"),
    ("dhiban", "Dhiban", "ذيبان"),
    ("markada", "Markada", "مركدة"),
    ("qahtaniyah", "Qahtaniyah", "القحطانية"),
    ("jawadiyah", "Jawadiyah", "الجوادية"),
    ("maabada", "Maabada", "معبدة"),
    ("jarablus", "Jarablus", "جرابلس"),
    ("abu-hamam", "Abu Hamam", "أبو حمام"),
    ("gharanij", "Gharanij", "غرانيج"),
    ("tal-hamis", "Tal Hamis", "تل حميس"),
)
GIVEN = (
    ("Farhad", "فرهاد"),
    ("Azad", "آزاد"),
    ("Rezan", "ريزان"),
    ("Jwan", "جوان"),
    ("Siban", "سيبان"),
    ("Suleiman", "سليمان"),
    ("Khaled", "خالد"),
    ("Youssef", "يوسف"),
    ("Ibrahim", "إبراهيم"),
    ("Nawaf", "نواف"),
)
FAMILY = (
    ("al-Khalil", "الخليلي"),
    ("Darwish", "درويش"),
    ("Haji", "حاجي"),
    ("al-Jarba", "الجربا"),
    ("Ossi", "عوسي"),
    ("Sheikhmous", "شيخموس"),
    ("al-Hafl", "الهفل"),
    ("Temo", "تمو"),
)
WEEKDAYS = (
    ("Monday", "الاثنين"),
    ("Tuesday", "الثلاثاء"),
    ("Wednesday", "الأربعاء"),
    ("Thursday", "الخميس"),
    ("Friday", "الجمعة"),
    ("Saturday", "السبت"),
    ("Sunday", "الأحد"),
)
SAID = (("said", "قال"), ("stated", "صرّح"), ("explained", "أوضح"), ("added", "أضاف"))
# (Arabic, English) with slots {person} {place} {n} {day} {said}: one sentence each.
TEMPLATES = (
    (
        "و{said_ar} {person_ar} إن دورية مشتركة جالت في {place_ar} يوم {day_ar}.",
        "{person_en} {said_en} a joint patrol toured {place_en} on {day_en}.",
    ),
    (
        "وأفادت مصادر محلية بمقتل {n} أشخاص في قصف استهدف أطراف {place_ar}.",
        "Local sources reported that {n} people were killed in shelling on the outskirts "
        "of {place_en}.",
    ),
    (
        "وأعلنت قوات سوريا الديمقراطية اعتقال {n} مشتبهاً بهم في ريف {place_ar}.",
        "The Syrian Democratic Forces announced the arrest of {n} suspects in the "
        "countryside of {place_en}.",
    ),
    (
        "وأكد {person_ar} أن الوضع في {place_ar} بات مستقراً بعد اشتباكات {day_ar}.",
        "{person_en} stressed that the situation in {place_en} had become stable after "
        "{day_en}'s clashes.",
    ),
    (
        "ووصل وفد من التحالف الدولي إلى {place_ar} للقاء {person_ar} وبحث الأوضاع الأمنية.",
        "A delegation of the international coalition arrived in {place_en} to meet "
        "{person_en} and discuss the security situation.",
    ),
    (
        "وأشار {person_ar} إلى أن {n} عائلة نزحت من {place_ar} خلال الأيام الماضية.",
        "{person_en} noted that {n} families had been displaced from {place_en} in recent days.",
    ),
    (
        "ونفى {person_ar} صحة التقارير عن انسحاب القوات من {place_ar}.",
        "{person_en} denied reports that forces had withdrawn from {place_en}.",
    ),
    (
        "وتحدثت تقارير عن انقطاع المياه والكهرباء في {place_ar} منذ {n} أيام.",
        "Reports spoke of water and electricity cuts in {place_en} for {n} days.",
    ),
    (
        "وقالت الإدارة الذاتية إن {n} مدرسة أعيد افتتاحها في {place_ar} هذا الشهر.",
        "The Autonomous Administration said {n} schools had reopened in {place_en} this month.",
    ),
    (
        "وشهدت {place_ar} يوم {day_ar} اجتماعاً بين {person_ar} وممثلين عن العشائر العربية.",
        "{place_en} saw a meeting on {day_en} between {person_en} and representatives of "
        "Arab tribes.",
    ),
    (
        "و{said_ar} {person_ar} في تصريح: «نحن ملتزمون بحماية المدنيين في {place_ar}».",
        '{person_en} {said_en} in a statement: "We are committed to protecting civilians '
        'in {place_en}."',
    ),
)
HEADLINES = (
    ("{person_ar} يزور {place_ar}", "{person_en} visits {place_en}"),
    ("مقتل {n} أشخاص في قصف على {place_ar}", "{n} people killed in shelling on {place_en}"),
    ("دورية مشتركة في {place_ar}", "Joint patrol in {place_en}"),
    ("نزوح عائلات من {place_ar}", "Families flee {place_en}"),
)


@dataclass(frozen=True)
class Story:
    """What several outlets report: one place, one person, one day, one set of numbers."""

    day: dt.date
    slots: dict[str, str]
    sentences: tuple[tuple[str, str], ...]  # (Arabic, English), the story's shared facts
    headline: tuple[str, str]


def _people() -> list[tuple[str, str, str]]:
    """(id, English, Arabic) of every synthetic person."""
    return [
        (f"{g_en}-{f_en}".lower().replace("al-", "al"), f"{g_en} {f_en}", f"{g_ar} {f_ar}")
        for g_en, g_ar in GIVEN
        for f_en, f_ar in FAMILY
    ]


def _glossary_entries() -> list[dict[str, Any]]:
    entries = []
    for ident, en, ar in PLACES:
        entries.append(_entry(f"syn-{ident}", "place", en, ar, "A synthetic place"))
    for ident, en, ar in _people():
        entries.append(_entry(f"syn-{ident}", "person", en, ar, "A synthetic person"))
    return entries


def _entry(ident: str, kind: str, en: str, ar: str, what: str) -> dict[str, Any]:
    return {
        "id": ident,
        "type": kind,
        "name": {"en": en, "ar": ar},
        "ar_forms": [ar],
        "description": {"en": f"{what} of the benchmark archive.", "ar": "اسم تجريبي."},
    }


def _founding_sentences() -> list[tuple[str, str]]:
    """(Arabic, English) of the founding articles' longer sentences, from their TM."""
    pairs = []
    for path in sorted((FOUNDING_SEEDS / "tm").glob("*.yaml")):
        for entry in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).values():
            text = entry["ar"]
            # Whole sentences without quotes or brackets, which would pair up across the
            # sentences of a paragraph and change how it splits.
            if len(text.split()) >= 8 and text.endswith(".") and not QUOTING & set(text):
                pairs.append((entry["ar"], entry["en"]))
    return pairs


def _story(rng: random.Random, people: list[tuple[str, str, str]]) -> Story:
    _, place_en, place_ar = rng.choice(PLACES)
    _, person_en, person_ar = rng.choice(people)
    day_en, day_ar = rng.choice(WEEKDAYS)
    said_en, said_ar = rng.choice(SAID)
    slots = {
        "place_en": place_en,
        "place_ar": place_ar,
        "person_en": person_en,
        "person_ar": person_ar,
        "day_en": day_en,
        "day_ar": day_ar,
        "said_en": said_en,
        "said_ar": said_ar,
        "n": str(rng.randint(2, 90)),
    }
    chosen = rng.sample(TEMPLATES, k=rng.randint(4, 7))
    sentences = tuple((ar.format(**slots), en.format(**slots)) for ar, en in chosen)
    head_ar, head_en = rng.choice(HEADLINES)
    day = FIRST_DAY + dt.timedelta(days=rng.randrange(SPAN_DAYS))
    return Story(day, slots, sentences, (head_ar.format(**slots), head_en.format(**slots)))


def _article(
    rng: random.Random, story: Story, founding: list[tuple[str, str]]
) -> list[list[tuple[str, str]]]:
    """Paragraphs of (Arabic, English) sentences; the first paragraph is the headline."""
    paragraphs: list[list[tuple[str, str]]] = [[story.headline]]
    pool = list(story.sentences)
    rng.shuffle(pool)
    for _ in range(rng.randint(*PARAGRAPHS_PER_ARTICLE)):
        size = rng.randint(1, 3)
        paragraph = []
        for _ in range(size):
            use_founding = rng.random() < FOUNDING_SHARE or not pool
            paragraph.append(rng.choice(founding) if use_founding else pool.pop())
        paragraphs.append(paragraph)
    return paragraphs


def write_archive(project_dir: Path, n_articles: int, seed: int = 0) -> None:
    """A buildable project of ``n_articles`` synthetic seeds at ``project_dir`` (new)."""
    project_dir.mkdir(parents=True)
    shutil.copy(ROOT / "mkdocs.yml", project_dir / "mkdocs.yml")
    shutil.copytree(ROOT / "templates", project_dir / "templates")
    (project_dir / "site_src").mkdir()
    seeds_dir = project_dir / "seeds"
    (seeds_dir / "tm").mkdir(parents=True)
    glossary = yaml.safe_load((FOUNDING_SEEDS / "glossary.yaml").read_text(encoding="utf-8"))
    outlets = sorted(e["id"] for e in glossary if e["type"] == "outlet")
    glossary += _glossary_entries()
    (seeds_dir / "glossary.yaml").write_text(
        yaml.safe_dump(glossary, allow_unicode=True, sort_keys=False), encoding="utf-8"
    )
    rng = random.Random(seed)
    people, founding = _people(), _founding_sentences()
    number = 0
    while number < n_articles:
        story = _story(rng, people)
        reporters = rng.sample(outlets, k=rng.randint(*OUTLETS_PER_STORY))
        for outlet in reporters[: n_articles - number]:
            seed_id = f"{number:06d}-synthetic"
            published = story.day + dt.timedelta(days=rng.randint(0, 2))
            added = ADDED_FROM + dt.timedelta(days=number // 3)
            paragraphs = _article(rng, story, founding)
            _write_seed(seeds_dir, seed_id, outlet, published, added, paragraphs)
            number += 1


def _write_seed(
    seeds_dir: Path,
    seed_id: str,
    outlet: str,
    published: dt.date,
    added: dt.date,
    paragraphs: list[list[tuple[str, str]]],
) -> None:
    body = "\n\n".join(" ".join(ar for ar, _ in p) for p in paragraphs) + "\n"
    header = (
        f"id: {seed_id}\noutlet: {outlet}\nlanguage: ar\npublished: {published}\n"
        f"added: {added}\nurl: https://example.com/{seed_id}\n"
    )
    (seeds_dir / f"{seed_id}.md").write_text(f"---\n{header}---\n{body}", encoding="utf-8")
    memory = {
        tm.sentence_key(ar): {
            "ar": ar,
            "en": en,
            "origin": "human",
            "translator": TRANSLATOR,
            "date": str(added),
        }
        for paragraph in paragraphs
        for ar, en in paragraph
    }
    (seeds_dir / "tm" / f"{seed_id}.yaml").write_text(
        yaml.safe_dump(memory, allow_unicode=True, sort_keys=True, width=100000),
        encoding="utf-8",
    )
