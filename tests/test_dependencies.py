"""The lock, the supported Pythons and the README's licence table.

The licence table is generated from installed metadata by `docs/licences.py`; these tests
fail when it is stale, when a runtime dependency is missing from it, or when the prose
beside it stops naming a dependency that is not MIT, BSD or Apache licensed.
"""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
import textwrap
import tomllib
from email.message import Message
from importlib import metadata
from pathlib import Path
from types import ModuleType
from typing import Any, cast

import pytest
from packaging.requirements import Requirement
from packaging.specifiers import SpecifierSet
from packaging.utils import canonicalize_name

REPO = Path(__file__).resolve().parent.parent
README = REPO / "README.md"
LOCK = REPO / "constraints.txt"
PYPROJECT = REPO / "pyproject.toml"
SUPPORTED = ("3.11", "3.12", "3.13")


def load_licences() -> ModuleType:
    spec = importlib.util.spec_from_file_location("licences", REPO / "docs" / "licences.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["licences"] = module
    spec.loader.exec_module(module)
    return module


licences = load_licences()


def pyproject() -> dict[str, Any]:
    return tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))


def locked() -> dict[str, list[tuple[str, str]]]:
    """name -> [(version, marker)] from constraints.txt."""
    pins: dict[str, list[tuple[str, str]]] = {}
    for line in LOCK.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith((" ", "#")):
            continue
        requirement = Requirement(line)
        (specifier,) = requirement.specifier
        assert specifier.operator == "==", line
        pins.setdefault(canonicalize_name(requirement.name), []).append(
            (specifier.version, str(requirement.marker or ""))
        )
    return pins


# --- Pythons and the lock -------------------------------------------------------------------


def test_requires_python_excludes_what_pymdown_extensions_refuses() -> None:
    project = pyproject()["project"]
    ours = SpecifierSet(project["requires-python"])
    assert "3.11.2" not in ours  # Debian 12's Python: pymdown-extensions needs 3.11.5
    pymdown = metadata.metadata("pymdown-extensions").get_all("Requires-Python") or []
    assert pymdown, "pymdown-extensions declares no Requires-Python"
    theirs = SpecifierSet(pymdown[0])
    for version in ("3.11.4", "3.11.5", "3.11.7", "3.12.0", "3.13.0"):
        assert (version in ours) == (version in theirs), version
    for version in SUPPORTED:
        assert f"Programming Language :: Python :: {version}" in project["classifiers"]
    running = f"{sys.version_info.major}.{sys.version_info.minor}"
    assert running in SUPPORTED, f"the tests run on Python {running}, not in the classifiers"


def test_the_lock_pins_every_installed_package_once_for_all_pythons() -> None:
    pins = locked()
    for name, versions in pins.items():
        assert len(versions) == 1, f"{name} differs by Python: {versions}"
        assert not re.search(r"\bpython_(full_)?version", versions[0][1]), (
            f"{name} is only for some Pythons: {versions}"
        )
    project = pyproject()["project"]
    extras = project["optional-dependencies"]
    direct = [*project["dependencies"], *extras["test"], *extras["ray"]]
    for line in direct:
        requirement = Requirement(line)
        name = canonicalize_name(requirement.name)
        assert name in pins, f"{name} is not in constraints.txt: refresh the lock"
        assert pins[name][0][0] in requirement.specifier, f"{name}: lock and pyproject differ"
    # This environment was installed with the lock: every runtime dependency is the locked one.
    for row in licences.runtime_rows():
        assert row.name in pins, f"{row.name} is installed but not locked"
        assert row.version == pins[row.name][0][0], f"{row.name} {row.version} is not locked"


# --- the licence table ------------------------------------------------------------------------


def test_licence_table_in_the_readme_is_current() -> None:
    result = subprocess.run(
        [sys.executable, str(REPO / "docs" / "licences.py"), "--check"],
        capture_output=True, text=True, check=False, timeout=60,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr


def readme_table() -> dict[str, tuple[str, str]]:
    text = README.read_text(encoding="utf-8")
    section = text.split(licences.START, 1)[1].split(licences.END, 1)[0]
    rows = {}
    for line in section.strip().splitlines()[2:]:
        cells = [cell.strip() for cell in line.strip("|").split("|")]
        rows[cells[0]] = (cells[1], cells[2])
    return rows


def test_every_runtime_dependency_is_in_the_table_with_its_licence() -> None:
    table = readme_table()
    runtime = licences.runtime_rows()
    assert {row.name for row in runtime} == set(table)
    for row in runtime:
        assert table[row.name] == (row.version, row.licence), row.name
    # What issue 13 found, read here from the installed metadata, not from the table.
    assert table["certifi"][1] == table["pathspec"][1] == "MPL-2.0"
    assert "MPL-2.0" in table["tqdm"][1]
    assert table["minisbd"][1] == "AGPL-3.0"
    # The test tools are not runtime dependencies.
    for tool in ("pytest", "playwright", "ruff", "mypy", "hypothesis"):
        assert tool not in table


def test_the_prose_names_every_dependency_that_is_not_mit_bsd_or_apache() -> None:
    text = README.read_text(encoding="utf-8")
    section = text.split("## Dependencies, and why", 1)[1].split("\n## ", 1)[0]
    prose = re.sub(
        re.escape(licences.START) + ".*?" + re.escape(licences.END), "", section, flags=re.S
    )
    permissive = re.compile(r"^(MIT|BSD\S*|Apache-2\.0|0BSD|Zlib|CC0-1\.0|CNRI-Python)$")
    for name, (_, licence) in readme_table().items():
        licence = licence.replace("BSD (clauses unspecified)", "BSD")
        terms = re.split(r"\s+(?:AND|OR)\s+|[()]", licence)
        if all(permissive.match(term) for term in terms if term.strip()):
            continue
        assert name in prose, f"{name} ({licence}) is not named in the Dependencies prose"
        copyleft = [term for term in terms if term.strip() and not permissive.match(term)]
        assert any(term in prose for term in copyleft), f"{name}: {licence} not in the prose"


def fake_metadata(**fields: str | list[str]) -> metadata.PackageMetadata:
    message = Message()
    for key, value in fields.items():
        for item in value if isinstance(value, list) else [value]:
            message[key.replace("_", "-")] = item
    return cast(metadata.PackageMetadata, message)


OSI = "License :: OSI Approved :: "
AGPL_TEXT = "GNU AFFERO GENERAL PUBLIC LICENSE\n   Version 3, 19 November 2007"


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        (
            {"License_Expression": "MPL-2.0 AND MIT", "License": "MIT"},
            ("MPL-2.0 AND MIT", "License-Expression"),
        ),
        ({"License": "Apache 2.0"}, ("Apache-2.0", "License")),
        ({"License": "3-Clause BSD License"}, ("BSD-3-Clause", "License")),
        # A whole licence text in `License` is not a name: the classifier is used.
        (
            {
                "License": AGPL_TEXT,
                "Classifier": ["Topic :: Utilities", OSI + "GNU Affero General Public License v3"],
            },
            ("AGPL-3.0", "classifier"),
        ),
        ({"License": "UNKNOWN", "Classifier": OSI + "MIT License"}, ("MIT", "classifier")),
        ({"Classifier": OSI + "BSD License"}, ("BSD (clauses unspecified)", "classifier")),
        ({"Summary": "nothing said"}, ("not declared", "none")),
    ],
)
def test_licence_is_read_from_expression_then_field_then_classifier(
    fields: dict[str, str | list[str]], expected: tuple[str, str]
) -> None:
    assert licences.licence_of(fake_metadata(**fields)) == expected


def test_stale_table_is_reported_and_rewritten(tmp_path: Path) -> None:
    rows = [licences.Row("alpha", "1.0", "MIT", "License", ("**direct**",))]
    readme = f"intro\n{licences.START}\n| old |\n{licences.END}\noutro\n"
    rewritten = licences.with_table(readme, rows)
    assert "| old |" not in rewritten
    assert "| alpha | 1.0 | MIT | License | **direct** |" in rewritten
    assert rewritten.startswith("intro\n") and rewritten.endswith(f"{licences.END}\noutro\n")
    assert licences.with_table(rewritten, rows) == rewritten
    with pytest.raises(SystemExit):
        licences.with_table("no markers", rows)


# --- minisbd: installed, never imported ---------------------------------------------------


def test_translating_never_imports_minisbd_or_onnxruntime(tmp_path: Path) -> None:
    """argos-translate-lt installs minisbd (AGPL-3.0) and onnxruntime; we never load them."""
    requires = metadata.requires("argos-translate-lt") or []
    assert "minisbd" in {canonicalize_name(Requirement(r).name) for r in requires}
    script = textwrap.dedent(
        f"""
        import os, sys
        from pathlib import Path
        sys.path[:0] = [{str(REPO)!r}, {str(REPO / "tests")!r}]
        os.environ["ARGOS_PACKAGES_DIR"] = {str(tmp_path / "packages")!r}
        from tiny_argos import build_tiny_package
        from generator.translate import argos
        from generator import cli  # noqa: F401
        archive = build_tiny_package(Path({str(tmp_path)!r}), "قالت قوات سوريا الديمقراطية " * 40)
        out = argos.ArgosTranslator(argos.install_from_file(archive)).translate(["قالت قوات"])
        assert len(out) == 1
        loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("minisbd", "onnxruntime"))
        print(loaded)
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False, timeout=300
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
