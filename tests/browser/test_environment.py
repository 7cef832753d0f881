"""The browser suite's tools are installed: failing here beats a silently skipped suite."""

from __future__ import annotations

from tests.browser import serve


def test_debian_chromium_is_installed() -> None:
    assert serve.chromium_problem() is None, serve.chromium_problem()


def test_axe_core_is_installed() -> None:
    assert serve.axe_problem() is None, serve.axe_problem()
