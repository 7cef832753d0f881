"""Evidence grades of outlet and date in front matter: form, contradictions, drafts, pages."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from generator import build, consistency, seeds
from generator.build import Project
from generator.intake import seed as intake
from tests import sitecheck
from tests.conftest import FOUNDING_SEEDS, REPO, copy_project, write_seed

PAGES = Path(__file__).parent / "fixtures" / "pages"
RENDER_DAY = dt.date(2026, 2, 18)

# What seeds/SOURCES.md states for each founding seed (outlet, date); 000's outlet is an
# identical copy on a domain not confirmed to be El Fagr's, 002's outlet is SOHR's title
# prefix (Al-Modon's sign-off establishes only the original outlet).
FOUNDING_GRADES = {
    "000-c686a2356659b105": ("inferred", "inferred"),
    "001-ff836673c3ad9cab": ("established", "inferred"),
    "002-40bb1f72279c452c": ("inferred", "inferred"),
    "003-0ded79b54724b48b": ("unknown", "established"),
    "004-334fa7ff5cf8f53b": ("established", "inferred"),
}


@pytest.mark.parametrize("seeds_dir", [FOUNDING_SEEDS, REPO / "seeds"], ids=["fixture", "live"])
def test_founding_seeds_carry_the_grades_sources_md_states(seeds_dir: Path) -> None:
    graded = {
        seed.meta.id: (seed.meta.outlet_evidence, seed.meta.published_evidence)
        for seed in seeds.load_seeds(seeds_dir)
        if seed.meta.id in FOUNDING_GRADES
    }
    assert graded == FOUNDING_GRADES


def test_a_grade_outside_the_three_is_refused_with_its_line(tmp_path: Path) -> None:
    path = write_seed(tmp_path, "a", "نص.\n", published="2022-01-01", published_evidence="high")
    seed, problems = seeds.read_seed(path)
    assert seed is None
    assert [(p.line, p.key) for p in problems] == [(6, "published_evidence")]
    assert "established, inferred, unknown" in problems[0].message


@pytest.mark.parametrize(
    ("meta", "key"),
    [
        ({"published_evidence": "established"}, "published_evidence"),
        ({"published_evidence": "inferred"}, "published_evidence"),
        ({"published": "2022-01-01", "published_evidence": "unknown"}, "published_evidence"),
        ({"outlet": "unknown", "outlet_evidence": "established"}, "outlet_evidence"),
        ({"outlet": "unknown", "outlet_evidence": "inferred"}, "outlet_evidence"),
        ({"outlet": "rudaw", "outlet_evidence": "unknown"}, "outlet_evidence"),
    ],
)
def test_a_grade_that_contradicts_the_data_is_a_problem(
    tmp_path: Path, meta: dict[str, str], key: str
) -> None:
    path = write_seed(tmp_path, "a", "نص.\n", **meta)
    seed, problems = seeds.read_seed(path)
    line = next(n for n, text in enumerate(path.read_text("utf-8").splitlines(), 1) if key in text)
    assert seed is None and [(p.line, p.key) for p in problems] == [(line, key)]


@pytest.mark.parametrize(
    "meta",
    [
        {"published": "2022-01-01", "published_evidence": "established"},
        {"published_evidence": "unknown"},
        {"outlet": "unknown", "outlet_evidence": "unknown"},
        {"outlet": "rudaw", "outlet_evidence": "inferred"},
        {},
    ],
)
def test_grades_that_fit_the_data_are_accepted(tmp_path: Path, meta: dict[str, str]) -> None:
    seed, problems = seeds.read_seed(write_seed(tmp_path, "a", "نص.\n", **meta))
    assert seed is not None and problems == []


def test_briefing_check_reports_a_contradiction_with_file_and_line(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    path = project.seeds_dir / "003-0ded79b54724b48b.md"
    text = path.read_text("utf-8").replace("outlet_evidence: unknown", "outlet_evidence: inferred")
    path.write_text(text, encoding="utf-8")
    _, problems = consistency.check_project(project)
    assert [(p.path, p.line, p.key) for p in problems] == [(path, 4, "outlet_evidence")]


def _header(path: Path) -> dict[str, object]:
    loaded = yaml.safe_load(path.read_text("utf-8").split("---")[1])
    assert isinstance(loaded, dict)
    return loaded


def test_a_text_seed_with_an_unknown_outlet_is_graded_unknown(tmp_path: Path) -> None:
    raw = tmp_path / "a.txt"
    raw.write_text("عنوان الخبر\nنص الخبر.\n", encoding="utf-8")
    unknown = _header(seeds.new_seed(tmp_path / "s", raw, outlet="unknown"))
    assert unknown["outlet_evidence"] == "unknown" and "published_evidence" not in unknown
    raw.write_text("عنوان آخر\nنص آخر.\n", encoding="utf-8")
    named = _header(seeds.new_seed(tmp_path / "s", raw, outlet="rudaw", published="2022-01-01"))
    assert "outlet_evidence" not in named and "published_evidence" not in named  # a person's call


@pytest.mark.parametrize(
    ("page", "date_grade"),
    [
        ("p01_wordpress_alhal.html", "inferred"),  # meta article:published_time
        ("p02_wordpress_yoast_weather.html", "inferred"),  # JSON-LD datePublished
        ("p03_drupal_time.html", None),  # <time>: left to the contributor
        ("p05_custom_url_date.html", None),  # URL path
        ("p06_custom_indic_dateline.html", None),  # a visible dateline
        ("p07_custom_no_date.html", None),
        ("p10_unknown_outlet.html", "inferred"),
    ],
)
def test_briefing_new_drafts_only_conservative_grades(
    tmp_path: Path, page: str, date_grade: str | None
) -> None:
    seeds_dir = copy_project(tmp_path / "project").seeds_dir
    path, _ = intake.new_from_page(seeds_dir, PAGES / page, today=RENDER_DAY)
    header = _header(path)
    assert header.get("published_evidence") == date_grade
    # An outlet not in the glossary is unknown by definition; a named one is a person's call.
    outlet_grade = "unknown" if header["outlet"] == "unknown" else None
    assert header.get("outlet_evidence") == outlet_grade
    assert page != "p01_wordpress_alhal.html" or header["outlet"] == "al-hal-net"
    assert page != "p10_unknown_outlet.html" or header["outlet"] == "unknown"
    assert seeds.read_seed(path)[1] == []


def test_a_date_given_on_the_command_line_is_not_graded(tmp_path: Path) -> None:
    seeds_dir = copy_project(tmp_path / "project").seeds_dir
    source = PAGES / "p01_wordpress_alhal.html"
    path, _ = intake.new_from_page(seeds_dir, source, published="2021-08-02", today=RENDER_DAY)
    assert "published_evidence" not in _header(path)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Project:
    project = copy_project(tmp_path_factory.mktemp("evidence") / "project")
    build.generate(project)
    build.publish(project, strict=True)
    return project


@pytest.mark.parametrize(
    ("lang_dir", "published", "outlet"),
    [
        ("", "Published 2 December 2022 (inferred)", "Human Rights (inferred)"),
        ("ar/", "تاريخ النشر 2 كانون الأول/ديسمبر 2022 (مستنتَج)", "(مستنتَج)"),
    ],
)
def test_the_source_page_shows_both_grades(
    site: Project, lang_dir: str, published: str, outlet: str
) -> None:
    text = sitecheck.text_of(site.site_dir / f"{lang_dir}sources/002-40bb1f72279c452c/index.html")
    assert published in text and outlet in text


def test_an_established_date_and_an_unknown_outlet_say_so(site: Project) -> None:
    text = sitecheck.text_of(site.site_dir / "sources/003-0ded79b54724b48b/index.html")
    assert "Published 3 December 2022 (established)" in text
    assert "Outlet not established (unknown)" not in text and "(unknown)" not in text


def test_the_event_source_list_marks_inferred_dates_only(site: Project) -> None:
    events = sorted(site.site_dir.glob("events/*/index.html"))
    text = "\n".join(sitecheck.text_of(page) for page in events)
    assert "2 December 2022 (inferred)" in text
    assert "3 December 2022 (established)" not in text and "3 December 2022" in text
    root = site.site_dir
    arabic = [sitecheck.text_of(root / "ar" / page.relative_to(root)) for page in events]
    assert any("2 كانون الأول/ديسمبر 2022 (مستنتَج)" in page for page in arabic)
