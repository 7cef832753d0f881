"""Print `version=X`: the version of the ar→en package that `briefing model install` would
install now (the highest in the Argos index), for the workflow's model cache key.

Reads the index `briefing model install` reads (`$BRIEFING_ARGOS_INDEX` or Argos's own).
Prints `version=unavailable` if the index cannot be read, so the key never matches a cached
model under a wrong name; the install that follows fails the same way and saves nothing.
"""

from __future__ import annotations

import json
import os
import re
import sys
import urllib.request

from generator.translate.argos import DEFAULT_INDEX_URL, INDEX_URL_ENV, _version_key


def latest_version(url: str, timeout: float = 30) -> str:
    with urllib.request.urlopen(url, timeout=timeout) as response:
        index = json.loads(response.read(8 << 20))
    versions = [
        str(entry.get("package_version", ""))
        for entry in (index if isinstance(index, list) else [])
        if isinstance(entry, dict)
        and (entry.get("from_code"), entry.get("to_code")) == ("ar", "en")
    ]
    if not versions:
        raise ValueError(f"{url} lists no ar→en package")
    return max(versions, key=_version_key)


def main() -> int:
    url = os.environ.get(INDEX_URL_ENV) or DEFAULT_INDEX_URL
    try:
        version = latest_version(url)
    except (OSError, ValueError) as exc:
        print(f"Could not read the Argos index at {url}: {exc}", file=sys.stderr)
        version = "unavailable"
    # A cache key takes letters, digits, dots, hyphens and underscores only.
    print("version=" + re.sub(r"[^\w.-]", "_", version))
    return 0


if __name__ == "__main__":
    sys.exit(main())
