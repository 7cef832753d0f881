"""The `briefing` MkDocs plugin: registered as an entry point, regenerating site_src/ on
`mkdocs build`, and never running the model under `mkdocs serve` unless asked."""

from __future__ import annotations

import importlib.metadata
from pathlib import Path

import pytest
from mkdocs.config import load_config
from mkdocs.exceptions import PluginError

from generator.build import Project
from generator.mkdocs_plugin import BriefingPlugin, collapse_whitespace
from generator.translate import argos, tm
from tests.conftest import write_seed

NEW = "عنوان خبر عن الدوريات\n\nقال المتحدث إن الدوريات المشتركة استؤنفت في ريف الحسكة.\n"


def test_the_plugin_is_an_entry_point_of_the_installed_package() -> None:
    found = {e.name: e.value for e in importlib.metadata.entry_points(group="mkdocs.plugins")}
    assert found["briefing"] == "generator.mkdocs_plugin:BriefingPlugin"


def test_whitespace_collapses_outside_pre_textarea_and_script() -> None:
    page = (
        '<div class="a">\n    <p lang="ar" dir="rtl">كلمة\n\n   أخرى</p>\n  </div>\n'
        "<pre>سطر\n    مزاح</pre>\n  <textarea>a\n  b</textarea>\n"
        "<script>var s = `x\n   y`;</script>\n   end"
    )
    assert collapse_whitespace(page) == (
        '<div class="a">\n<p lang="ar" dir="rtl">كلمة\nأخرى</p>\n</div>\n'
        "<pre>سطر\n    مزاح</pre>\n<textarea>a\n  b</textarea>\n"
        "<script>var s = `x\n   y`;</script>\nend"
    )


def test_whitespace_collapse_keeps_unicode_spaces() -> None:
    """Only HTML's own whitespace collapses: a no-break or narrow space is text."""
    page = "<p>12\n\u00a0km</p>\n\u202f<b>x</b>\r\n\t<i>y</i>"
    assert collapse_whitespace(page) == "<p>12\n\u00a0km</p>\n\u202f<b>x</b>\n<i>y</i>"


def _pre_build(project: Project, command: str, translate: str = "auto") -> None:
    config = load_config(config_file=str(project.config_file))
    plugin = config.plugins["briefing"]
    assert isinstance(plugin, BriefingPlugin)
    plugin.config.translate = translate
    plugin.on_startup(command=command, dirty=False)
    plugin.on_pre_build(config)


def _memory(project: Project) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in tm.tm_dir(project.seeds_dir).glob("*.yaml")}


@pytest.fixture
def with_model(project: Project, package_file: Path) -> Project:
    argos.install_from_file(package_file)
    write_seed(project.seeds_dir, "010-new", NEW, published="2023-01-05")
    return project


def test_serve_never_writes_the_translation_memory(with_model: Project) -> None:
    before = _memory(with_model)
    _pre_build(with_model, "serve")
    assert _memory(with_model) == before
    assert (with_model.site_src / "sources" / "010-new.md").is_file()  # still regenerated


def test_build_translates_and_serve_can_be_asked_to(with_model: Project) -> None:
    _pre_build(with_model, "build")
    assert "010-new.yaml" in _memory(with_model)
    (tm.tm_dir(with_model.seeds_dir) / "010-new.yaml").unlink()
    _pre_build(with_model, "serve", translate="always")
    assert "010-new.yaml" in _memory(with_model)


def test_never_means_never(with_model: Project) -> None:
    _pre_build(with_model, "build", translate="never")
    assert "010-new.yaml" not in _memory(with_model)


def test_input_errors_are_plugin_errors_naming_the_file(project: Project) -> None:
    (project.seeds_dir / "010-bad.md").write_text("---\nid: 010-bad\n---\nنص\n", encoding="utf-8")
    with pytest.raises(PluginError, match=r"010-bad.md:\d+: outlet: is required"):
        _pre_build(project, "build")
