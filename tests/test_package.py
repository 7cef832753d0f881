"""The package as users get it: the sdist (package only, no tests), the wheel built from
it, and a site built from a normal (non-editable) install in a folder made by
`briefing init`, far from this checkout.

Built once per session: the sdist from a copy of this checkout, the wheel from the
unpacked sdist (so a file missing from the sdist fails here), then a fresh virtual
environment holding only the wheel. Its dependencies come from this test environment
through a path file; plain paths, not site folders, so this checkout's editable install
(a finder that a site folder's .pth would register) cannot answer for the wheel.
"""

from __future__ import annotations

import os
import shutil
import site
import subprocess
import sys
import tarfile
import venv
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests import sitecheck
from tests.conftest import REPO

# What a copy of the checkout leaves out: generated or local folders, never sources.
NOT_SOURCES = shutil.ignore_patterns(
    ".git", ".venv", "venv", "node_modules", "site", "site_src", "build", "dist",
    "*.egg-info", "__pycache__", ".*_cache", ".site-*", ".briefing-build.lock",
)  # fmt: skip
BUILD_TIMEOUT = 300  # seconds; a build takes a few


@dataclass(frozen=True)
class Installed:
    sdist: Path
    wheel: Path
    python: Path  # the fresh environment's interpreter (only the wheel installed)
    bin: Path
    home: Path  # HOME and Argos packages folder of the commands run there


def _backend(source: Path, hook: str, out: Path) -> Path:
    """Run setuptools' PEP 517 ``hook`` (build_sdist or build_wheel) in ``source``."""
    code = f"from setuptools import build_meta; print(build_meta.{hook}({str(out)!r}))"
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=source, capture_output=True, text=True,
        check=False, timeout=BUILD_TIMEOUT,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    return out / done.stdout.strip().splitlines()[-1]


def _environment(root: Path, wheel: Path) -> Path:
    """A virtual environment with the wheel installed, its dependencies borrowed."""
    venv.create(root, with_pip=False)
    python = root / "bin" / "python"
    purelib = subprocess.run(
        [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True, text=True, check=True, timeout=60,
    ).stdout.strip()  # fmt: skip
    ours = [p for p in site.getsitepackages() if Path(p).is_dir()]
    (Path(purelib) / "test-dependencies.pth").write_text("\n".join(ours) + "\n", encoding="utf-8")
    install = [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps"]
    done = subprocess.run(
        [*install, "--no-index", "--quiet", str(wheel)],
        capture_output=True, text=True, check=False, timeout=BUILD_TIMEOUT,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return python


@pytest.fixture(scope="session")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    root = tmp_path_factory.mktemp("package")
    source = root / "checkout"
    shutil.copytree(REPO, source, ignore=NOT_SOURCES)
    sdist = _backend(source, "build_sdist", root / "dist")
    with tarfile.open(sdist) as archive:
        archive.extractall(root / "unpacked", filter="data")
    (unpacked,) = (root / "unpacked").iterdir()
    wheel = _backend(unpacked, "build_wheel", root / "dist")
    python = _environment(root / "env", wheel)
    home = root / "home"
    (home / "argos-packages").mkdir(parents=True)
    return Installed(sdist, wheel, python, python.parent, home)


def run(env: Installed, cwd: Path, *command: str) -> subprocess.CompletedProcess[str]:
    """A command of the fresh environment, from a folder outside this checkout."""
    environ = {
        "PATH": f"{env.bin}:/usr/bin:/bin",
        "HOME": str(env.home),
        "ARGOS_PACKAGES_DIR": str(env.home / "argos-packages"),
        "NO_MKDOCS_2_WARNING": "1",
    }
    return subprocess.run(
        command, cwd=cwd, env=environ, capture_output=True, text=True, check=False,
        timeout=BUILD_TIMEOUT,
    )  # fmt: skip


def test_the_sdist_holds_the_package_and_leaves_the_tests_out(installed: Installed) -> None:
    with tarfile.open(installed.sdist) as archive:
        names = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    assert not [n for n in names if n == "tests" or n.startswith("tests/")]
    assert {"pyproject.toml", "README.md", "LICENSE", "MANIFEST.in"} <= names
    templates = {str(p.relative_to(REPO)) for p in (REPO / "templates").rglob("*") if p.is_file()}
    assert {t for t in templates if "__pycache__" not in t} <= names


def test_the_wheel_holds_every_module_template_and_skeleton_file(installed: Installed) -> None:
    with zipfile.ZipFile(installed.wheel) as archive:
        names = set(archive.namelist())
    package = REPO / "generator"
    expected = {
        str(p.relative_to(REPO))
        for p in package.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }
    expected |= {
        f"generator/templates/{p.relative_to(REPO / 'templates')}"
        for p in (REPO / "templates").rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }
    assert expected <= names, sorted(expected - names)


def test_a_normal_install_builds_a_new_project_from_any_folder(
    installed: Installed, tmp_path: Path
) -> None:
    where = run(installed, tmp_path, "python", "-c", "import generator; print(generator.__file__)")
    assert where.returncode == 0, where.stderr
    assert Path(where.stdout.strip()).is_relative_to(installed.python.parent.parent)

    made = run(installed, tmp_path, "briefing", "init", "demo")
    assert made.returncode == 0, made.stderr
    demo = tmp_path / "demo"
    assert not (demo / "templates" / "home.md.j2").exists()  # every template is packaged
    built = run(installed, demo, "python", "-m", "mkdocs", "build", "--strict")
    assert built.returncode == 0, built.stderr

    site = demo / "site"
    assert 'lang="en"' in (site / "index.html").read_text(encoding="utf-8")
    assert 'lang="ar"' in (site / "ar" / "index.html").read_text(encoding="utf-8")
    assert "No articles yet." in sitecheck.text_of(site / "index.html")
    for asset in (REPO / "templates" / "assets").iterdir():
        assert (site / "assets" / asset.name).read_bytes() == asset.read_bytes()
    assert "assets/briefing.css" in (site / "ar" / "index.html").read_text(encoding="utf-8")
    assert not any(os.scandir(installed.home / "argos-packages"))
