"""`briefing model latest`: the version of the ar→en package that `briefing model install`
would install now (the highest in the Argos index), as `version=X` for a workflow's model
cache key (GitHub's `$GITHUB_OUTPUT`).

Reads the index `briefing model install` reads (`$BRIEFING_ARGOS_INDEX` or Argos's own).
Gives `version=unavailable` if the index cannot be read, so the key never matches a cached
model under a wrong name; the install that follows fails the same way and saves nothing.
"""

from __future__ import annotations

import json
import os
import re
import urllib.request

from generator.translate.argos import DEFAULT_INDEX_URL, INDEX_URL_ENV, _version_key

MAX_INDEX_BYTES = 8 << 20  # the index is about 100 kB


def latest_version(url: str, timeout: float = 30) -> str:
    """The highest ar→en package_version in the index at ``url``."""
    with urllib.request.urlopen(url, timeout=timeout) as response:
        index = json.loads(response.read(MAX_INDEX_BYTES))
    versions = [
        str(entry.get("package_version", ""))
        for entry in (index if isinstance(index, list) else [])
        if isinstance(entry, dict)
        and (entry.get("from_code"), entry.get("to_code")) == ("ar", "en")
    ]
    if not versions:
        raise ValueError(f"{url} lists no ar→en package")
    return max(versions, key=_version_key)


def cache_key_line(url: str | None = None) -> tuple[str, str | None]:
    """The `version=X` line, and why the index could not be read (None when it could)."""
    url = url or os.environ.get(INDEX_URL_ENV) or DEFAULT_INDEX_URL
    problem = None
    try:
        version = latest_version(url)
    except (OSError, ValueError) as exc:
        problem = f"Could not read the Argos index at {url}: {exc}"
        version = "unavailable"
    # A cache key takes letters, digits, dots, hyphens and underscores only.
    return "version=" + re.sub(r"[^\w.-]", "_", version), problem
