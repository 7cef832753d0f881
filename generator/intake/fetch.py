"""Fetching an article page over HTTP(S) for ``briefing new --fetch URL``.

The standard library is enough: one GET with a timeout and a size cap, redirects followed
(urllib does that) and the final address kept, HTML content types only. A meta refresh is
not followed: it is left to the contributor (see ``page.extract_page``).
"""

from __future__ import annotations

import urllib.error
import urllib.request
from dataclasses import dataclass
from email.message import Message
from urllib.parse import urlparse

from generator.errors import BriefingError
from generator.intake.page import MAX_PAGE_BYTES

HTML_TYPES = ("text/html", "application/xhtml+xml")
USER_AGENT = "briefing-new (+https://github.com/; one article page, saved as evidence)"
OFFLINE_HINT = "save the page in a browser and run `briefing new PAGE.html --url URL` instead"


@dataclass(frozen=True)
class Fetched:
    data: bytes
    url: str  # after redirects
    charset: str | None


def _content_type(headers: Message) -> tuple[str, str | None]:
    return headers.get_content_type(), headers.get_content_charset()


def _size(count: int) -> str:
    return f"{count // 2**20} MB" if count >= 2**20 else f"{count} bytes"


def fetch(url: str, *, timeout: float = 20.0, max_bytes: int = MAX_PAGE_BYTES) -> Fetched:
    """The page at ``url``; raises BriefingError with a one-line reason otherwise."""
    if urlparse(url).scheme not in ("http", "https") or not urlparse(url).netloc:
        raise BriefingError(f"--fetch {url}: expected an http:// or https:// address")
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            kind, charset = _content_type(response.headers)
            if kind not in HTML_TYPES:
                raise BriefingError(
                    f"--fetch {url}: the server sent {kind}, not an HTML page; "
                    "give the address of the article page itself"
                )
            data = response.read(max_bytes + 1)
            final = response.geturl()
    except urllib.error.HTTPError as err:
        raise BriefingError(f"--fetch {url}: the server answered {err.code} {err.reason}") from None
    except OSError as err:  # URLError, timeouts, refused and reset connections
        reason = getattr(err, "reason", err)
        raise BriefingError(f"--fetch {url}: cannot reach it ({reason}); {OFFLINE_HINT}") from None
    if len(data) > max_bytes:
        raise BriefingError(f"--fetch {url}: the page is larger than {_size(max_bytes)}; refused")
    return Fetched(data=data, url=final, charset=charset)
