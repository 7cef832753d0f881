"""Site search: what each page contributes to the index, and the Pagefind index itself.

Pagefind (https://pagefind.app, the ``pagefind[bin]`` package) indexes the built site after
MkDocs has written both languages. It keeps one index per ``<html lang>``, split into
chunks that the search page fetches only as a query needs them, with Snowball stemming
for English and Arabic; the bundle (``site/pagefind/``) is served from the site itself.

What is indexed: the content (``<article>``) of briefings, source pages, people and places
pages and the Data page; listing pages (timeline, years, latest additions, the indexes)
only repeat titles and are left out. Within a page, the English site indexes the English
text and the Arabic site the Arabic text (``EXCLUDE_SELECTORS``), and the labels repeated
on every sentence, citation marks and removed page chrome are left out.
"""

from __future__ import annotations

import html
import json
import re
import subprocess
from pathlib import Path

from generator.errors import BriefingError

BUNDLE_DIR = "pagefind"  # site/pagefind/: the index and Pagefind's own script
SEARCH_PAGE = "search/"  # the search page of each language (templates/search.md.j2)

# Page kinds that go into the index, by the first folder of the page's URL (after ar/);
# the value is also each result's `kind` (Pagefind metadata), which the search page names.
# (No Pagefind filters: their files differ from one run to the next, and builds of the
# same input must be byte-identical.)
INDEXED_KINDS = {"events": "event", "sources": "source", "entities": "entity", "data": "data"}

# Left out of the index; CSS selectors (Pagefind's `--exclude-selectors`).
EXCLUDE_SELECTORS = (
    # Each language's site indexes its own language: the Arabic beside the English on the
    # English site, and the English beside the Arabic on the Arabic site, are left out.
    # (`mark_content` names the page's language on the indexed element: Pagefind matches
    # selectors only within it, not against <html lang>.)
    '[data-bi-lang="en"] [lang="ar"]',
    '[data-bi-lang="ar"] [lang="en"]',
    # People and places pages are found by their name and description; their lists of
    # events and quotations repeat the briefings' titles and sentences.
    '[data-bi-kind="entity"] h2',
    '[data-bi-kind="entity"] ul',
    '[data-bi-kind="entity"] figure',
    ".headerlink",  # the ¶ after headings
    ".bi-meta",  # "Paragraph 2 · Sentence 1 · Human translation" under every sentence
    ".bi-point-meta",  # the same under key points
    ".bi-cite",  # citation marks: outlet names in brackets, repeated
    ".bi-more-cites",  # "and 3 more reports" after a key point's citation marks
    ".bi-pending-text",  # "Translation pending", repeated
    ".bi-removed",  # page chrome the cleaning removed: not the article
    ".bi-profile",  # the outlet's profile, the same on each of its source pages
)

_ARTICLE = '<article class="md-content__inner md-typeset">'
_HEADER_END = re.compile(r"</nav>(\s*</header>)")

# Our own magnifier (a circle and a handle), drawn in the header's icon size.
_ICON = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" aria-hidden="true">'
    '<circle cx="10" cy="10" r="6" fill="none" stroke="currentColor" stroke-width="2"/>'
    '<path d="M14.5 14.5 20 20" stroke="currentColor" stroke-width="2.4" '
    'stroke-linecap="round"/></svg>'
)


def page_kind(url: str) -> str | None:
    """The index kind of the page at ``url`` (MkDocs' page.url), or None if not indexed."""
    parts = url.removeprefix("ar/").split("/")
    kind = INDEXED_KINDS.get(parts[0])
    if kind is None or (kind != "data" and not "".join(parts[1:])):
        return None  # e.g. sources/ itself: the list of sources, a listing page
    return kind


def mark_content(output: str, url: str, lang: str) -> str:
    """Mark an indexed page's content for Pagefind (``data-pagefind-body``), with its kind
    and the language of its site."""
    kind = page_kind(url)
    if kind is None:
        return output
    marked = (
        f'{_ARTICLE[:-1]} data-pagefind-body data-bi-lang="{lang}" data-bi-kind="{kind}" '
        f'data-pagefind-meta="kind:{kind}">'
    )
    return output.replace(_ARTICLE, marked, 1)


def header_form(output: str, root: str, label: str, placeholder: str) -> str:
    """A search box at the end of the header, sending its query to the search page of the
    page's language (``root`` leads from the page to that language's home)."""
    form = (
        f'<form class="bi-header-search" role="search" aria-label="{html.escape(label)}" '
        f'action="{html.escape(root)}{SEARCH_PAGE}" method="get">'
        f'<label class="bi-visually-hidden" for="bi-header-query">{html.escape(label)}</label>'
        f'<input class="bi-header-search__input" type="search" id="bi-header-query" name="q" '
        f'placeholder="{html.escape(placeholder)}" autocomplete="off" spellcheck="false" '
        f'dir="auto">'
        f'<button class="md-header__button md-icon" type="submit" '
        f'title="{html.escape(label)}" aria-label="{html.escape(label)}">{_ICON}</button>'
        "</form>"
    )
    return _HEADER_END.sub(lambda m: f"{form}</nav>{m.group(1)}", output, count=1)


def executable() -> Path:
    """Pagefind's binary, from the ``pagefind[bin]`` package (or $PAGEFIND_BINARY_PATH)."""
    from pagefind.service import get_executable

    found = get_executable()
    if found is None or not found.is_file():
        raise BriefingError(
            "Pagefind's binary is missing, so the search index cannot be built: install the "
            "project with `pip install -c constraints.txt -e .` (it brings `pagefind[bin]`)"
        )
    return found


def index_site(site_dir: Path) -> None:
    """Write the search bundle into ``site_dir``/pagefind/, replacing any earlier one."""
    site = site_dir.resolve()
    command = [str(executable()), "--site", str(site), "--output-subdir", BUNDLE_DIR]
    for selector in EXCLUDE_SELECTORS:
        command += ["--exclude-selectors", selector]
    # cwd: the site, so no pagefind.yml from wherever the build was started is read.
    done = subprocess.run(
        [*command, "--quiet"], cwd=site, capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        detail = " ".join((done.stderr or done.stdout).split())[-500:]
        raise BriefingError(f"Pagefind could not index {site_dir}: {detail}")
    _sort_entry(site / BUNDLE_DIR / ENTRY_FILE)


ENTRY_FILE = "pagefind-entry.json"


def _sort_entry(entry: Path) -> None:
    """Pagefind lists the languages in its entry file in no fixed order; sorted, builds of
    the same input are byte-identical (Pagefind's script looks languages up by name)."""
    data = json.loads(entry.read_text(encoding="utf-8"))
    data["languages"] = dict(sorted(data["languages"].items()))
    entry.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), "utf-8")
