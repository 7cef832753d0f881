"""`briefing new PAGE.html`: extraction measured on saved pages we wrote ourselves, dates
only with a basis (never the render date), hostile pages, and the seed it writes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator import build, consistency, glossary, seeds
from generator.errors import InputError
from generator.intake import page, pagedates
from generator.intake import seed as intake
from tests.conftest import copy_project

PAGES = Path(__file__).parent / "fixtures" / "pages"
LABELS: dict[str, dict[str, Any]] = yaml.safe_load((PAGES / "labels.yaml").read_text("utf-8"))
OUTLETS = glossary.load(PAGES)
RENDER_DAY = dt.date(2026, 2, 18)  # the day our test pages were "saved" and rendered


def extract(name: str, today: dt.date = RENDER_DAY) -> page.PageExtract:
    return page.extract_page((PAGES / name).read_bytes(), LABELS[name]["url"], OUTLETS, today)


def mismatches(name: str, found: page.PageExtract) -> list[str]:
    """The labelled fields this extraction gets wrong."""
    label = LABELS[name]
    wrong = []
    if found.title != label["title"]:
        wrong.append("title")
    if found.outlet != label["outlet"]:
        wrong.append("outlet")
    if found.published != label["published"]:
        wrong.append("published")
    missing = [s for s in label["text"] if s not in found.text]
    chrome = [s for s in label["chrome"] if s in found.text]
    if missing or chrome:
        wrong.append("text")
    return wrong


@pytest.mark.parametrize("today", [RENDER_DAY, dt.date(2026, 3, 1)], ids=["same-day", "later"])
def test_at_least_nine_of_ten_pages_match_their_hand_labels(today: dt.date) -> None:
    assert len(LABELS) >= 10
    results = {name: mismatches(name, extract(name, today)) for name in LABELS}
    failing = {name: wrong for name, wrong in results.items() if wrong}
    assert len(LABELS) - len(failing) >= 9, failing


@pytest.mark.parametrize("today", [RENDER_DAY, dt.date(2026, 3, 1)], ids=["same-day", "later"])
def test_no_page_takes_its_render_date(today: dt.date) -> None:
    for name, label in LABELS.items():
        assert extract(name, today).published != label["render_date"], name


def test_the_date_basis_is_named_and_undated_pages_warn() -> None:
    assert extract("p01_wordpress_alhal.html").published_basis == "meta article:published_time"
    assert extract("p02_wordpress_yoast_weather.html").published_basis == "JSON-LD datePublished"
    assert extract("p05_custom_url_date.html").published_basis == "URL path"
    indic = extract("p06_custom_indic_dateline.html")
    assert indic.published_basis == "visible dateline «تل تمر، السبت ١٩ تشرين الأول ٢٠١٩»"
    undated = extract("p07_custom_no_date.html")
    assert undated.published is None and undated.published_basis is None
    assert any(w.startswith("publication date unknown") for w in undated.warnings)


def test_an_unknown_outlet_warns_naming_what_the_page_says() -> None:
    found = extract("p10_unknown_outlet.html")
    assert found.outlet is None
    [warning] = [w for w in found.warnings if w.startswith("outlet unknown")]
    assert "شبكة الخابور الإخبارية" in warning and "khabour-news.example" in warning


def _html(head: str = "", body: str = "", article: str = "") -> bytes:
    paragraphs = "".join(
        f"<p>{text}</p>"
        for text in (
            "قال مسؤول محلي إن الطريق بين القامشلي والحسكة أعيد فتحه أمام حركة السيارات.",
            "وأضاف أن فرق الصيانة أنهت إصلاح الجسر المتضرر بعد أسبوع من العمل المتواصل في الموقع.",
        )
    )
    return (
        f'<html><head><meta charset="utf-8">{head}</head><body>{body}'
        f"<article><h1>فتح الطريق بين القامشلي والحسكة</h1>{article}{paragraphs}</article>"
        "</body></html>"
    ).encode()


def _date(html: bytes, url: str | None = None, today: dt.date = RENDER_DAY) -> str | None:
    found = page.extract_page(html, url, OUTLETS, today)
    return f"{found.published} {found.published_basis}" if found.published else None


def test_dates_need_a_basis_and_are_never_today_from_text_or_urls() -> None:
    modified = '<meta property="article:modified_time" content="2020-05-01">'
    assert _date(_html(head=modified)) is None  # an update is not the publication
    header_time = '<header><time datetime="2020-05-01">1 May</time></header>'
    assert _date(_html(body=header_time)) is None
    assert _date(_html(), "https://x.example/2026/02/18/a") is None  # today, from the URL
    assert _date(_html(), "https://x.example/2020/02/") is None  # a month is not a day
    assert _date(_html(), "https://x.example/news/20200211-a") == "2020-02-11 URL path"
    today_meta = '<meta property="article:published_time" content="2026-02-18T07:00">'
    assert _date(_html(head=today_meta)) == "2026-02-18 meta article:published_time"
    future = '<meta property="article:published_time" content="2026-03-18">'
    assert _date(_html(head=future)) is None
    in_article = '<time class="entry-date published" datetime="2020-05-02">2 May</time>'
    assert _date(_html(article=in_article)) == "2020-05-02 <time datetime> of the article"


def test_disagreeing_bases_are_reported() -> None:
    meta = '<meta property="article:published_time" content="2020-05-01">'
    found = page.extract_page(
        _html(head=meta), "https://x.example/2020/05/03/a", OUTLETS, RENDER_DAY
    )
    assert found.published == dt.date(2020, 5, 1)
    assert "URL path gives 2020-05-03, not 2020-05-01: check which is right" in found.warnings
    canonical = '<link rel="canonical" href="https://x.example/2020/05/01/a">'
    found = page.extract_page(_html(head=canonical), "https://m.x.example/a", OUTLETS, RENDER_DAY)
    assert found.url == "https://x.example/2020/05/01/a"
    assert "the page's canonical address https://x.example/2020/05/01/a is used, not " in (
        " ".join(found.warnings)
    )


def test_outlets_match_by_site_name_or_domain_and_only_outlets() -> None:
    assert page.match_outlet("Rudaw", None, OUTLETS) == "rudaw"
    assert page.match_outlet("روداو", None, OUTLETS) == "rudaw"
    assert page.match_outlet(None, "arabic.rudaw.net", OUTLETS) == "rudaw"
    assert page.match_outlet(None, "notrudaw.net", OUTLETS) is None
    assert page.match_outlet("شخص اختبار", None, OUTLETS) is None  # a person, not an outlet
    assert page.match_outlet("Rudaw", "syria.tv", OUTLETS) is None  # two outlets: unknown


def test_scripts_never_reach_the_text() -> None:
    hostile = "<script>document.write('SCRIPT-TEXT')</script><noscript>NOSCRIPT-TEXT</noscript>"
    found = page.extract_page(_html(article=hostile), None, OUTLETS, RENDER_DAY)
    assert "SCRIPT-TEXT" not in found.text and "NOSCRIPT" not in found.text
    assert "أعيد فتحه" in found.text


def test_broken_encodings_decode_safely_with_a_warning() -> None:
    cp1256 = _html().replace(b"utf-8", b"windows-1256").decode().encode("cp1256")
    found = page.extract_page(cp1256, None, OUTLETS, RENDER_DAY)  # declared correctly
    assert "أعيد فتحه" in found.text
    assert not any("not valid" in w for w in found.warnings)
    lying = _html().replace("القامشلي".encode(), b"\xff\xfe\xfa")  # says UTF-8, is not
    found = page.extract_page(lying, None, OUTLETS, RENDER_DAY)
    assert "\ufffd" in found.text
    assert any("not valid utf-8" in w for w in found.warnings)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"%PDF-1.7 binary", "does not look like an HTML page"),
        (b'{"title": "json"}', "does not look like an HTML page"),
        (b"<html><body><nav>menu</nav></body></html>", "has no article text"),
        (
            b'<html><head><meta http-equiv="refresh" content="0; url=https://x.example/a">'
            b"</head><body></body></html>",
            "only redirects to https://x.example/a",
        ),
        (b"<html>" + b" " * (page.MAX_PAGE_BYTES + 1), "pages over 10 MB are refused"),
    ],
    ids=["pdf", "json", "no-text", "meta-refresh", "too-large"],
)
def test_hostile_pages_give_a_clear_error(data: bytes, message: str) -> None:
    with pytest.raises(page.PageError, match=message):
        page.extract_page(data, None, OUTLETS, RENDER_DAY)


def test_a_meta_refresh_beside_an_article_is_not_followed() -> None:
    refresh = '<meta http-equiv="refresh" content="30">'
    found = page.extract_page(_html(head=refresh), None, OUTLETS, RENDER_DAY)
    assert "أعيد فتحه" in found.text
    assert any("refreshed" in w and "not followed" in w for w in found.warnings)


def test_a_50_mb_page_is_refused_before_it_is_read(tmp_path: Path) -> None:
    huge = tmp_path / "huge.html"
    with huge.open("wb") as handle:
        handle.truncate(50 * 2**20)  # sparse: no 50 MB written to disk
    with pytest.raises(InputError, match="is 50 MB; pages over 10 MB are refused"):
        intake.read_page(huge)


def test_is_page_by_suffix_or_content(tmp_path: Path) -> None:
    saved = tmp_path / "article"
    saved.write_bytes(b"\xef\xbb\xbf<!DOCTYPE html><html></html>")
    text = tmp_path / "raw.txt"
    text.write_text("عنوان\nنص الخبر.\n", encoding="utf-8")
    assert intake.is_page(saved) and intake.is_page(tmp_path / "x.HTM")
    assert not intake.is_page(text)


def test_earliest_and_invalid_dates_are_no_evidence() -> None:
    assert list(pagedates.from_url("https://x.example/2019/02/30/a")) == []
    assert _date(_html(head='<meta name="pubdate" content="1970-01-01">')) is None


def test_a_page_seed_keeps_the_page_and_drafts_its_evidence(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    source = PAGES / "p01_wordpress_alhal.html"
    path, warnings = intake.new_from_page(project.seeds_dir, source, today=RENDER_DAY)
    seed, problems = seeds.read_seed(path)
    assert seed is not None and not problems
    assert (seed.meta.outlet, seed.meta.published) == ("al-hal-net", dt.date(2021, 8, 1))
    assert seed.meta.title == LABELS[source.name]["title"]
    header = yaml.safe_load(path.read_text("utf-8").split("---")[1])
    assert header["extractor"] == page.EXTRACTOR and page.EXTRACTOR.startswith("trafilatura 2.")
    assert header["published_basis"] == "meta article:published_time"
    raw = project.seeds_dir / header["raw"]
    assert raw == project.seeds_dir / "raw" / f"{seed.meta.id}.html"
    assert raw.read_bytes() == source.read_bytes()  # evidence kept byte-identical
    sources_md = (project.seeds_dir / "SOURCES.md").read_text("utf-8")
    assert f"## {seed.meta.id}:" in sources_md
    assert "| published | 2021-08-01, from meta article:published_time (found by" in sources_md
    assert "the page names site name «الحل نت», domain 7al.net" in sources_md
    assert warnings == []  # the header render date is no candidate at all
    count, problems = consistency.check_project(project)
    assert (count, problems) == (6, [])
    article = next(a for a in build.read_articles(project) if a.id == seed.meta.id)
    assert article.sentences[0].ar == LABELS[source.name]["title"]


def test_the_saved_page_is_never_published_or_read_as_a_seed(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    path, _ = intake.new_from_page(
        project.seeds_dir, PAGES / "p07_custom_no_date.html", today=RENDER_DAY
    )
    assert path in seeds.seed_paths(project.seeds_dir)
    assert not any("raw" in p.parts for p in seeds.seed_paths(project.seeds_dir))
    build.generate(project)
    generated = [p for p in (project.root / "site_src").rglob("*") if p.is_file()]
    assert generated and not any(p.suffix == ".html" or "raw" in p.parts for p in generated)
    assert not any("موجة برد جديدة" in p.read_text("utf-8", "replace") for p in generated)
    # The whole way to site/: the page seed has its source page; the saved page is not there.
    build.publish(project)
    assert (project.site_dir / "sources" / path.stem / "index.html").is_file()
    assert not any(p.name == f"{path.stem}.html" for p in project.site_dir.rglob("*"))


def test_check_reports_pages_of_no_seed_and_seeds_missing_their_page(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    path, _ = intake.new_from_page(
        project.seeds_dir, PAGES / "p03_drupal_time.html", today=RENDER_DAY
    )
    (project.seeds_dir / "raw" / "099-gone.html").write_bytes(b"<html></html>")
    _, problems = consistency.check_project(project)
    assert [str(p) for p in problems] == [
        f"{project.seeds_dir}/raw/099-gone.html: is the saved page of no seed: delete it, "
        "or name it <seed id>.html"
    ]
    (project.seeds_dir / "raw" / f"{path.stem}.html").unlink()
    _, problems = consistency.check_project(project)
    assert any(p.key == "raw" and p.path == path for p in problems)


def test_the_same_page_twice_is_refused(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    source = PAGES / "p09_custom_jsonld_modified.html"
    intake.new_from_page(project.seeds_dir, source, today=RENDER_DAY)
    with pytest.raises(InputError, match="is already imported as"):
        intake.new_from_page(project.seeds_dir, source, today=RENDER_DAY)
