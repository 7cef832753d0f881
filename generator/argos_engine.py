"""Placeholder until the Argos integration lands: no engine, every missing sentence pending."""

from __future__ import annotations

from .translate import Engine


def load_engine() -> Engine | None:
    return None
