"""The pipeline's own exceptions. Only the CLI turns them into messages for people."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input file, located and explained."""

    path: Path
    line: int | None
    message: str  # what is wrong and what is expected instead
    key: str | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else str(self.path)
        key = f" {self.key}:" if self.key else ""
        return f"{where}:{key} {self.message}"


class BriefingError(Exception):
    """An error whose message is meant for the person running the tool."""


class InputError(BriefingError):
    """One or more input files are invalid; every problem is listed."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        count = len(problems)
        lines = "\n".join(f"  {p}" for p in problems)
        super().__init__(f"{count} problem{'s' if count != 1 else ''} in the input:\n{lines}")
