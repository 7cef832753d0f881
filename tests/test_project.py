"""A project of one's own: `briefing init`, templates/ over the package's templates,
strings and assets, and a one-line error for every missing piece."""

from __future__ import annotations

import contextlib
import io
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator import build, cache, cli, newproject, render, resources
from generator.errors import BriefingError, InputError
from tests import sitecheck
from tests.conftest import REPO

SKELETON = REPO / "generator" / "skeleton"


def run(
    folder: Path, *args: str, module: str = "generator", models: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """`briefing ARGS` (or `mkdocs ARGS`) in ``folder`` as people run it, with no model
    (``models``: an empty Argos packages folder; by default the test's, see conftest)."""
    env = {
        "NO_MKDOCS_2_WARNING": "1",
        "PATH": "/usr/bin:/bin",
        "ARGOS_PACKAGES_DIR": str(models or os.environ["ARGOS_PACKAGES_DIR"]),
    }
    return subprocess.run(
        [sys.executable, "-m", module, *args],
        cwd=folder, capture_output=True, text=True, check=False, env=env, timeout=300,
    )  # fmt: skip


def briefing(folder: Path, *args: str) -> tuple[int, str]:
    """`briefing ARGS` in ``folder``, in this process (quicker): exit code and stderr."""
    err = io.StringIO()
    with (
        pytest.MonkeyPatch.context() as patch,
        contextlib.redirect_stderr(err),
        contextlib.redirect_stdout(io.StringIO()),
    ):
        patch.chdir(folder)
        patch.setattr(sys, "argv", ["briefing", *args])
        patch.setenv("NO_MKDOCS_2_WARNING", "1")
        try:
            cli.main()
            code = 0
        except SystemExit as exit:
            code = int(exit.code or 0)
    return code, err.getvalue()


def one_line_error(result: tuple[int, str]) -> str:
    code, stderr = result
    assert code != 0
    assert "Traceback" not in stderr, stderr
    lines = [line for line in stderr.splitlines() if line.startswith("Error: ")]
    assert len(lines) == 1, stderr
    return lines[0]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A project made by `briefing init`, built once with plain `mkdocs build --strict`."""
    root = tmp_path_factory.mktemp("init") / "demo"
    models = tmp_path_factory.mktemp("no-argos-model")
    made = run(root.parent, "init", "demo", models=models)
    assert made.returncode == 0, made.stderr
    built = run(root, "build", "--strict", module="mkdocs", models=models)
    assert built.returncode == 0, built.stderr
    return root


def test_init_writes_a_project_that_checks_clean(demo: Path) -> None:
    written = sorted(str(p.relative_to(demo)) for p in demo.rglob("*") if p.is_file())
    expected = [*newproject.skeleton_files(), "requirements.txt", "site_src/.gitignore"]
    generated = ("site/", "site_src/", build.LOCK_NAME, f"{cache.CACHE_DIRNAME}/")
    assert [w for w in written if not w.startswith(generated)] == sorted(
        e for e in expected if not e.startswith("site_src/")
    )
    assert (demo / ".github" / "workflows" / "site.yml").read_bytes() == (
        SKELETON / "workflow.yml"
    ).read_bytes()
    requirement = (demo / "requirements.txt").read_text(encoding="utf-8")
    assert "briefing @ " in requirement  # editable here: a line to fill in, never "briefing"
    assert briefing(demo, "check") == (0, "")


def test_a_site_with_no_articles_builds_in_both_languages(demo: Path) -> None:
    site = demo / "site"
    assert "No articles yet." in sitecheck.text_of(site / "index.html")
    assert "لا توجد مقالات بعد" in sitecheck.text_of(site / "ar" / "index.html")
    for feed in (site / "feed.xml", site / "ar" / "feed.xml", site / "additions.xml"):
        assert "<entry>" not in feed.read_text(encoding="utf-8")
    # The project's templates/strings.yaml renames the site; other labels are the package's.
    assert "<title>Briefings</title>" in (site / "feed.xml").read_text(encoding="utf-8")
    assert sitecheck.broken_links(site) == []


def test_briefing_build_works_right_away_too(demo: Path, tmp_path: Path) -> None:
    project = _without(demo, tmp_path, "site", "site_src/index.md")
    assert briefing(project, "build", "--strict") == (0, "")
    assert (project / "site" / "ar" / "index.html").is_file()


def test_init_refuses_a_folder_that_is_not_empty(tmp_path: Path) -> None:
    (tmp_path / "taken").mkdir()
    (tmp_path / "taken" / "notes.txt").write_text("mine\n", encoding="utf-8")
    line = one_line_error(briefing(tmp_path, "init", "taken"))
    assert "taken is not empty" in line
    assert [p.name for p in (tmp_path / "taken").iterdir()] == ["notes.txt"]
    (tmp_path / "file").write_text("", encoding="utf-8")
    assert "is not a folder" in one_line_error(briefing(tmp_path, "init", "file"))


class _Tagged(yaml.SafeLoader):
    """mkdocs.yml's tags (!ENV, !!python/…) kept as (tag, value) to compare."""


def _tagged(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> tuple[str, Any]:
    if isinstance(node, yaml.SequenceNode):
        return suffix, loader.construct_sequence(node, deep=True)
    if isinstance(node, yaml.MappingNode):
        return suffix, loader.construct_mapping(node, deep=True)
    return suffix, loader.construct_scalar(node)  # type: ignore[arg-type]


_Tagged.add_multi_constructor("!", _tagged)
_Tagged.add_multi_constructor("tag:yaml.org,2002:python/", _tagged)


def _mkdocs_yml(path: Path) -> dict[str, Any]:
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=_Tagged)
    assert isinstance(data, dict)
    return data


def _without_names(config: dict[str, Any]) -> dict[str, Any]:
    """The configuration without the site's names (English and Arabic)."""
    i18n = next(p for p in config["plugins"] if "i18n" in p)["i18n"]
    for language in i18n["languages"]:
        if language["locale"] == "ar":
            assert language.pop("site_name")
    for key in ("site_name", "site_description"):
        assert config.pop(key)
    return config


def test_a_new_projects_mkdocs_yml_is_this_ones_but_for_the_names() -> None:
    """Not a fork: plugins, theme, extensions and nav are this repository's."""
    ours, theirs = _mkdocs_yml(REPO / "mkdocs.yml"), _mkdocs_yml(SKELETON / "mkdocs.yml")
    assert _without_names(theirs) == _without_names(ours)


def test_this_repositorys_templates_are_the_packages_read_once() -> None:
    """Here the project's templates/ is the package's: each file is read once, as is."""
    folder = REPO / "templates"
    assert resources.packaged_dir().resolve() == folder.resolve()  # editable install
    assert resources.folders(folder) == [resources.packaged_dir()]
    files = sorted(p for p in (folder / "assets").iterdir())
    assert dict(resources.assets(folder)) == {p.name: p.read_bytes() for p in files}
    packaged = yaml.safe_load((folder / "strings.yaml").read_text(encoding="utf-8"))
    assert resources.load_labels(folder) == packaged
    assert resources.load_labels(None) == packaged


def _render(templates: Path) -> dict[str, str]:
    files = render.render_site([], [], templates, {})
    return {path: content.decode("utf-8", "replace") for path, content in files.items()}


def test_a_projects_templates_strings_and_assets_win_file_by_file(tmp_path: Path) -> None:
    templates = tmp_path / "templates"
    (templates / "assets").mkdir(parents=True)
    (templates / "latest.md.j2").write_text("# {{ t.latest_title }}: ours\n", encoding="utf-8")
    (templates / "strings.yaml").write_text(
        "latest_title:\n  en: What came in\n"
        "n_sources:\n  en: {one: '{n} report', other: '{n} reports'}\n",
        encoding="utf-8",
    )
    (templates / "assets" / "briefing.css").write_text("body { color: red; }\n", encoding="utf-8")
    (templates / "assets" / "extra.js").write_text("// ours\n", encoding="utf-8")
    packaged = _render(REPO / "templates")
    mine = _render(templates)

    assert mine["latest.md"] == "# What came in: ours\n"
    arabic = render.load_strings(None)["ar"].latest_title
    assert mine["latest.ar.md"] == f"# {arabic}: ours\n"  # the package's Arabic label stays
    assert render.load_strings(templates)["en"].plural("n_sources", 2) == "2 reports"
    assert mine["index.md"] == packaged["index.md"]  # a template not overridden
    assert mine["assets/briefing.css"] == "body { color: red; }\n"
    assert mine["assets/extra.js"] == "// ours\n"
    assets = {p for p in packaged if p.startswith("assets/")}
    assert assets | {"assets/extra.js"} == {p for p in mine if p.startswith("assets/")}
    assert all(mine[p] == packaged[p] for p in assets if p != "assets/briefing.css")


def test_unknown_or_malformed_labels_name_the_file_and_line(tmp_path: Path) -> None:
    templates = tmp_path / "templates"
    templates.mkdir()
    strings = templates / "strings.yaml"
    strings.write_text(
        "# ours\nsite_name: {en: Ours}\nsite_nmae: {en: Typo}\nhome_title: {fr: Titre}\n"
        "n_sources: {en: sources}\n",
        encoding="utf-8",
    )
    with pytest.raises(InputError) as raised:
        render.load_strings(templates)
    found = {(p.line, p.key): p.message for p in raised.value.problems}
    assert set(found) == {(3, "site_nmae"), (4, "home_title"), (5, "n_sources")}
    assert all(p.path == strings for p in raised.value.problems)
    assert "not a label of the briefing package" in found[(3, "site_nmae")]


def test_a_folder_in_the_projects_assets_is_refused(tmp_path: Path) -> None:
    (tmp_path / "templates" / "assets" / "fonts").mkdir(parents=True)
    with pytest.raises(InputError, match="assets/fonts: is a folder"):
        resources.assets(tmp_path / "templates")


def _without(demo: Path, tmp_path: Path, *missing: str) -> Path:
    """A copy of the demo project with some of its files or folders removed."""
    import shutil

    copy = tmp_path / "project"
    shutil.copytree(demo, copy)
    for name in missing:
        target = copy / name
        shutil.rmtree(target) if target.is_dir() else target.unlink()
    return copy


@pytest.mark.parametrize(
    ("missing", "message"),
    [
        ("mkdocs.yml", "no mkdocs.yml in "),
        ("seeds", "has mkdocs.yml but no seeds/ folder"),
        ("seeds/glossary.yaml", "seeds/glossary.yaml is missing"),
    ],
)
def test_every_missing_piece_is_one_line_naming_it(
    demo: Path, tmp_path: Path, missing: str, message: str
) -> None:
    project = _without(demo, tmp_path, missing)
    for command in ("build", "check"):
        assert message in one_line_error(briefing(project, command))


def test_plain_mkdocs_build_names_a_missing_piece(demo: Path, tmp_path: Path) -> None:
    project = _without(demo, tmp_path, "seeds")
    result = run(project, "build", module="mkdocs")
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert "no seeds/ folder in" in result.stderr


def test_a_missing_or_broken_template_is_one_line(demo: Path, tmp_path: Path) -> None:
    project = _without(demo, tmp_path)
    home = project / "templates" / "home.md.j2"
    home.write_text('{% import "_macro.j2" as m %}\n', encoding="utf-8")
    line = one_line_error(briefing(project, "build"))
    assert "template '_macro.j2' is in neither" in line and str(project / "templates") in line
    home.write_text("line one\n{% if %}\n", encoding="utf-8")
    line = one_line_error(briefing(project, "build"))
    assert f"{home}:2: template syntax error" in line
    with pytest.raises(BriefingError, match="is in neither"):
        render.make_environment(None).get_template("nothing.md.j2")
