"""Shell completion, as the README's Commands section documents it."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

README = Path(__file__).resolve().parent.parent / "README.md"


def briefing() -> str:
    found = shutil.which("briefing", path=str(Path(sys.executable).parent)) or shutil.which(
        "briefing"
    )
    if found is None:
        pytest.fail("the briefing command is not installed: pip install -e .", pytrace=False)
    return found


def complete(env: dict[str, str]) -> str:
    result = subprocess.run(
        [briefing()], env={**os.environ, **env}, capture_output=True, text=True, check=True,
        timeout=60,
    )  # fmt: skip
    return result.stdout


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_the_documented_completion_scripts_exist(shell: str) -> None:
    assert f"_BRIEFING_COMPLETE={shell}_source briefing" in README.read_text(encoding="utf-8")
    script = complete({"_BRIEFING_COMPLETE": f"{shell}_source"})
    assert "_BRIEFING_COMPLETE" in script and "briefing" in script


def test_bash_completes_commands_and_subcommands() -> None:
    words = {"_BRIEFING_COMPLETE": "bash_complete"}
    found = complete({**words, "COMP_WORDS": "briefing mo", "COMP_CWORD": "1"})
    assert found.split() == ["plain,model"]
    found = complete({**words, "COMP_WORDS": "briefing model ", "COMP_CWORD": "2"})
    assert re.findall(r"plain,(\w+)", found) == ["install", "latest", "status"]
