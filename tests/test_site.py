"""End to end: seeds/ → site/ with the real MkDocs build, both languages."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from generator import build
from generator.build import Project
from generator.errors import BriefingError, InputError
from tests import sitecheck
from tests.conftest import copy_project, write_seed

INJECTION = (
    "عنوان فيه </title><script>alert('x')</script> و {{ 7*7 }}\n"
    "نص فيه [رابط](https://evil.example/) و **غامق** و {% raw %} و <img src=x onerror=alert(1)>.\n"
    "سطر فيه {: .admonition } و ![صورة](https://evil.example/i.png) و \u202eمعكوس\u202c.\n"
)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Project:
    """The real seeds plus one hostile seed, generated and built once for this module."""
    project = copy_project(tmp_path_factory.mktemp("built") / "project")
    write_seed(project.seeds_dir, "900-injection", INJECTION, published="2020-01-01")
    build.generate(project)
    build.publish(project, strict=True)
    return project


def _seed_articles(project: Project) -> list:
    return [a for a in build.read_articles(project) if not a.id.startswith("9")]


def test_both_languages_and_data_export_exist(built: Project) -> None:
    site = built.site_dir
    for page in ("index.html", "ar/index.html", "sources/index.html", "data/index.json"):
        assert (site / page).is_file(), page
    for article in _seed_articles(built):
        assert (site / "sources" / article.id / "index.html").is_file()
        assert (site / "ar" / "sources" / article.id / "index.html").is_file()


def test_arabic_pages_are_rtl_and_english_ltr(built: Project) -> None:
    arabic = sitecheck.parse(built.site_dir / "ar" / "index.html")
    english = sitecheck.parse(built.site_dir / "index.html")
    assert arabic.html_attrs["lang"] == "ar" and arabic.body_attrs["dir"] == "rtl"
    assert english.html_attrs["lang"] == "en" and english.body_attrs.get("dir", "ltr") == "ltr"


def test_the_search_index_is_built_with_the_site(built: Project) -> None:
    from tests.test_search import check_bundle

    check_bundle(built.site_dir)


def test_every_internal_link_and_anchor_resolves(built: Project) -> None:
    assert sitecheck.broken_links(built.site_dir) == []


def test_every_sentence_is_on_its_source_page_with_an_anchor(built: Project) -> None:
    for article in _seed_articles(built):
        for lang_dir in ("", "ar/"):
            path = built.site_dir / f"{lang_dir}sources/{article.id}/index.html"
            page = sitecheck.parse(path)
            text = sitecheck.text_of(path)
            for sentence in article.sentences:
                assert sentence.id in page.ids
                assert " ".join(sentence.ar.split()) in text, sentence.id


def test_human_translations_are_labelled_as_such(built: Project) -> None:
    page = built.site_dir / "sources" / "004-334fa7ff5cf8f53b" / "index.html"
    text = sitecheck.text_of(page)
    assert "Human translation (reference)" in text
    assert "Translation pending" not in text
    assert "Machine translation" not in text


def test_articles_json_has_every_sentence_with_provenance(built: Project) -> None:
    by_id = {
        a["id"]: a
        for path in sitecheck.data_files(built.site_dir / "data", "articles.json")
        for a in json.loads(path.read_text(encoding="utf-8"))["articles"]
    }
    for article in _seed_articles(built):
        exported = by_id[article.id]
        assert set(exported) >= {"id", "outlet", "url", "published", "title", "sentences"}
        assert exported["title"]["ar"] == article.headline.ar
        assert [s["id"] for s in exported["sentences"]] == [s.id for s in article.sentences]
        assert {s["origin"] for s in exported["sentences"]} == {"human"}
        assert all(s["en"] and s["model"] is None for s in exported["sentences"])
    hostile = by_id["900-injection"]
    assert {s["origin"] for s in hostile["sentences"]} == {"pending"}
    assert "<script>" in hostile["title"]["ar"]  # data stays data, exactly as received


def test_injection_payloads_render_as_inert_text(built: Project) -> None:
    for lang_dir in ("", "ar/"):
        for kind in ("sources", "events"):
            path = built.site_dir / f"{lang_dir}{kind}/900-injection/index.html"
            page = sitecheck.parse(path)
            text = sitecheck.text_of(path)
            assert not any("alert" in script for script in page.scripts)
            assert not any("evil.example" in link for link in page.links)
            html = path.read_text(encoding="utf-8")
            assert "<script>alert" not in html and "<img src=x" not in html
            assert "\u202e" not in html
            assert "<strong>غامق</strong>" not in html and 'class="admonition"' not in html
            assert "{{ 7*7 }}" in text and "49" not in text
            if kind == "sources":
                assert "[رابط](https://evil.example/)" in text
                assert "⟨U+202E⟩" in text


def test_an_untranslated_headline_is_listed_once_under_sources(built: Project) -> None:
    page = (built.site_dir / "events/900-injection/index.html").read_text(encoding="utf-8")
    sources = page[page.index('id="sources"') :]
    item = sources[: sources.index("</li>")]
    # The link shows the Arabic headline for want of an English one; the line under it
    # says the translation is missing instead of repeating the same Arabic.
    assert item.count("عنوان فيه") == 1
    assert "Not translated yet." in item


def test_the_headline_choice_is_explained_only_where_there_was_a_choice(
    built: Project, project: Project
) -> None:
    """ "the member headline with the fewest loaded terms" says why one of several reports'
    headlines heads the page; an event of one report had nothing to choose from."""
    note = "fewest loaded terms"
    single = (built.site_dir / "events/900-injection/index.html").read_text(encoding="utf-8")
    assert "Headline from" in single and note not in single
    for seed_id, outlet in (("950-one", "outlet-a"), ("951-two", "outlet-b")):
        body = "قسد تعلن مقتل خمسة من عناصرها\nأعلنت قسد مقتل خمسة من عناصرها بهجوم.\n"
        write_seed(project.seeds_dir, seed_id, body, outlet=outlet, event="e-two")
    build.generate(project)
    [page] = (project.root / "site_src").rglob("e-two.md")
    assert "Headline from" in page.read_text(encoding="utf-8")
    assert note in page.read_text(encoding="utf-8")


def test_regenerating_unchanged_input_writes_nothing(built: Project) -> None:
    """What keeps `mkdocs serve` from rebuilding forever on its own output."""
    assert build.generate(built).written == ()


def test_failed_build_leaves_site_and_site_src_untouched(project: Project) -> None:
    build.generate(project)
    build.publish(project)
    index = (project.site_dir / "index.html").read_bytes()
    sources = {p: p.read_bytes() for p in project.site_src.rglob("*") if p.is_file()}
    write_seed(project.seeds_dir, "bad", "نص.\n", colour="red")
    with pytest.raises(InputError):
        build.generate(project)
    assert (project.site_dir / "index.html").read_bytes() == index
    assert {p: p.read_bytes() for p in project.site_src.rglob("*") if p.is_file()} == sources
    # A failure inside MkDocs (here --strict on a broken link) also leaves site/ alone.
    (project.site_src / "broken.md").write_text("[x](missing.md)\n", encoding="utf-8")
    with pytest.raises(BriefingError, match="site/ was left as it was"):
        build.publish(project, strict=True)
    (project.site_src / "broken.md").unlink()
    assert (project.site_dir / "index.html").read_bytes() == index
    assert {p: p.read_bytes() for p in project.site_src.rglob("*") if p.is_file()} == sources
    assert not list(project.root.glob(".site-*"))


def test_plain_mkdocs_build_regenerates_from_edited_seeds(project: Project) -> None:
    seed = next(project.seeds_dir.glob("002-*.md"))
    text = seed.read_text(encoding="utf-8").replace("قاعدة رميلان", "قاعدة رميلان المعدلة")
    seed.write_text(text, encoding="utf-8")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict"],
        cwd=project.root,
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    page = project.site_dir / "sources" / seed.stem / "index.html"
    assert "قاعدة رميلان المعدلة" in sitecheck.text_of(page)
    # The edited sentence lost its human translation, visibly.
    assert "Translation pending" in sitecheck.text_of(page)
    # Plain `mkdocs build` indexes the site for search too.
    assert (project.site_dir / "pagefind" / "periods.json").is_file()
    assert (project.site_dir / "pagefind" / "0" / "pagefind-entry.json").is_file()


def test_a_build_makes_no_network_request(project: Project, monkeypatch) -> None:
    import socket

    def refuse(self: socket.socket, address: object) -> None:
        raise AssertionError(f"network access during the build: {address}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    build.generate(project)
    build.publish(project, strict=True)
    assert (project.site_dir / "ar" / "index.html").is_file()


def test_an_event_id_that_collides_with_another_page_is_an_error(project: Project) -> None:
    write_seed(project.seeds_dir, "010-a", "عنوان أ\nنص أول.\n", published="2020-01-01")
    write_seed(
        project.seeds_dir, "011-b", "عنوان ب\nنص ثان.\n", published="2021-06-01", event="010-a"
    )
    # Caught when the seeds are read, with the line, before any page is rendered.
    with pytest.raises(InputError, match=r"011-b.md:6: event: '010-a' is another seed's id"):
        build.generate(project)


def test_index_is_a_reserved_seed_id(project: Project) -> None:
    write_seed(project.seeds_dir, "index", "عنوان\nنص.\n")
    with pytest.raises(InputError, match="'index' is reserved"):
        build.generate(project)


def test_an_outlet_missing_from_the_glossary_is_a_warning(project: Project) -> None:
    write_seed(project.seeds_dir, "010-a", "عنوان\nنص الخبر.\n", published="2020-01-01")
    warnings = build.generate(project).warnings
    assert warnings == (
        "010-a: outlet 'test-outlet' is not an outlet in seeds/glossary.yaml; add it "
        "(type: outlet, with display names) so both languages name it",
    )


def test_a_speaker_outside_the_glossary_is_named_in_the_reports_words(built: Project) -> None:
    """002 p11 quotes "المصدر العسكري", who is in no glossary: the page names them in
    Arabic, marked as Arabic, instead of "Speaker not named"; the data export too. So do
    p5's three quotations, which AFP relays from "مصدر عسكري كردي" ("ونقلت فرانس برس عن
    مصدر عسكري كردي قوله")."""
    page = (built.site_dir / "events" / "2022-12-coalition-patrols" / "index.html").read_text()
    assert '<figcaption><span lang="ar" dir="rtl">المصدر العسكري</span>' in page
    data = json.loads((built.site_dir / "data" / "2022" / "events.json").read_text())
    found = [q for e in data["events"] for q in e["quotes"] if q["source"]]
    assert [q["source"] for q in found] == [*["مصدر عسكري كردي"] * 3, "المصدر العسكري"]
    assert all(q["speaker"] is None for q in found)
