"""The `briefing` MkDocs plugin: plain `mkdocs build` / `mkdocs serve` regenerate
site_src/ from seeds/, and the pages get the few HTML patches they need.

Registered as a `mkdocs.plugins` entry point, so `mkdocs build` always runs the installed
pipeline (a hook file named by path ran the checkout's hook with the installed code).
mkdocs.yml lists it under `plugins:` with its options; it has `mkdocs serve` watch `seeds/`
and the project's `templates/` (if there is one), so editing a seed reloads the preview.
The writer only touches files whose bytes change, so the regenerated site_src/ does not
trigger another rebuild. Under `mkdocs serve` the Argos model is not run unless
`translate: always`: a preview must not change its inputs (the translation memory).
"""

from __future__ import annotations

import functools
import html
import logging
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from jinja2 import Environment, Template
from mkdocs.config import config_options
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from generator import (
    build,
    i18nfiles,
    incremental,
    langfork,
    mkdocsfiles,
    pagecache,
    pagesplit,
    render,
    resources,
    search,
    sitemaps,
)
from generator.cache import version_dir
from generator.errors import BriefingError
from generator.translate.engine import load_engine

log = logging.getLogger("mkdocs.plugins.briefing")


class BriefingConfig(Config):
    seeds_dir = config_options.Type(str, default="seeds")
    # auto: translate missing sentences on `mkdocs build`, never on `mkdocs serve`.
    translate = config_options.Choice(("auto", "always", "never"), default="auto")


class BriefingPlugin(BasePlugin[BriefingConfig]):
    """Regenerates site_src/ before each build; patches pages after rendering."""

    def __init__(self) -> None:
        self.command = "build"
        # static-i18n builds the other languages inside the first build's post_build
        # event; the search index waits for the outermost build to end (depth 0).
        self.depth = 0
        self.outer_site = Path()  # site_dir of the outermost build under way
        # Under `briefing build`: which pages this build takes from the current site/.
        self.reuse: pagecache.Reuse | None = None
        # Under `briefing build`: this language's pages shared among processes.
        self.split: pagesplit.Split | None = None
        # Under `briefing build`: static-i18n's per-file setup, kept between builds.
        self.i18n_memo: i18nfiles.FileMemo | None = None
        # Under `briefing build`: the theme's static files as listed last time.
        self.theme_listing: mkdocsfiles.ThemeListing | None = None
        # Under `briefing build`: the docs folder's files, listed once for every language.
        self.docs_listing: mkdocsfiles.DocsListing | None = None
        # Under `briefing build`: the other languages built by a child meanwhile.
        self.languages: langfork.LanguageChild | None = None
        # The search index, begun as the first language's pages are written (with a child)
        self.search: search.Indexing | None = None

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.command = command

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        use_theme_overrides(config)
        if config.plugins.get("i18n") is not None:  # its record of pages lists them all
            sitemaps.take_over(config)
        return config

    def on_pre_build(self, config: MkDocsConfig) -> None:
        site = Path(config.site_dir).resolve()
        if self.depth and not site.is_relative_to(self.outer_site):
            # MkDocs keeps one instance of this plugin per process: a build that ended
            # without post_build or build_error (its hooks called by hand, an interrupt)
            # left its depth behind, and this build would never reach depth 0 (no search)
            self.on_build_error(error=RuntimeError("an earlier build did not finish"))
        if self.depth == 0:
            self.outer_site = site
            self._start_listings(config)
        self.depth += 1
        # static-i18n builds once per language; regenerating twice is cheap and idempotent.
        project = _project(config, self.config.seeds_dir)
        if self.depth == 1 and Path(config.site_dir).resolve() == project.site_dir.resolve():
            # site/ is rewritten in place: its pages are unknown, and it is not the site
            # `briefing build` last published
            pagecache.forget(project)
            incremental.State(project).site_rewritten()
        if build.is_prepared(project.site_src):
            return  # `briefing build` generated it already, with its own options
        mode = self.config.translate
        wanted = mode == "always" or (mode == "auto" and self.command != "serve")
        try:
            with build.exclusive(project):
                engine = load_engine(project.seeds_dir) if wanted else None
                # `mkdocs serve` runs threads (the live-reload server): no forks there.
                workers = 1 if self.command == "serve" else None
                summary = build.generate(project, engine=engine, workers=workers)
        except BriefingError as err:
            raise PluginError(str(err)) from None
        _log_summary(summary)

    def on_serve(
        self, server: LiveReloadServer, *, config: MkDocsConfig, builder: Callable[..., Any]
    ) -> LiveReloadServer:
        project = _project(config, self.config.seeds_dir)
        for folder in (project.seeds_dir, project.templates_dir):
            if folder.is_dir():
                server.watch(str(folder))
        return server

    @event_priority(-50)  # just before static-i18n's (-100) sets up every file
    def _before_i18n_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        if self.i18n_memo is None and _suffix_i18n(config):
            store = self._i18n_store(config)
            self.i18n_memo = i18nfiles.FileMemo(store) if store is not None else None
        if self.i18n_memo is not None:
            self.i18n_memo.install(config)
        return files

    def _start_listings(self, config: MkDocsConfig) -> None:
        found = pagecache.session_for(config.site_dir) if self.command == "build" else None
        if found is not None:  # `briefing build`: nothing writes site_src/ meanwhile
            self.docs_listing = mkdocsfiles.DocsListing()
            self.docs_listing.install()
        if found is not None and found.enabled:
            store = version_dir(found.project.root) / mkdocsfiles.THEME_FILES
            self.theme_listing = mkdocsfiles.ThemeListing(store)
            self.theme_listing.install()

    def _end_listings(self, *, keep: bool) -> None:
        docs, self.docs_listing = self.docs_listing, None
        if docs is not None:
            docs.uninstall()
        listing, self.theme_listing = self.theme_listing, None
        if listing is not None:
            listing.uninstall()
            if keep:
                listing.save()

    def _i18n_store(self, config: MkDocsConfig) -> Path | None:
        """Where the memo is kept between builds: in the build cache, under `briefing
        build` only (plain `mkdocs build` and `mkdocs serve` run static-i18n as it is)."""
        found = pagecache.session_for(config.site_dir) if self.command == "build" else None
        if found is None or not found.enabled:
            return None
        return version_dir(found.project.root) / i18nfiles.I18N_FILES

    # The page-reuse hooks run last (after static-i18n's), so they see and give the page
    # as every other plugin left it.
    @event_priority(-1000)
    def _files(self, files: Files, *, config: MkDocsConfig) -> Files:
        if self.i18n_memo is not None:
            self.i18n_memo.uninstall()
        drop_unused_theme_files(files, config)
        self._close_reuse()
        found = pagecache.session_for(config.site_dir) if self.command == "build" else None
        if found is not None:  # pages the nav does not name, made cheaper than MkDocs'
            mkdocsfiles.pages_ahead(files, config)
            found.take_checked_later()  # before any page is checked or a child forked
            self.reuse = pagecache.Reuse(found, config, files)
            self._start_languages_early(config, files, self.reuse)
        return files

    def _start_languages_early(
        self, config: MkDocsConfig, files: Files, reuse: pagecache.Reuse
    ) -> None:
        """An addition, whose first language will not share its pages: the other
        languages' build starts now, so it runs beside this language's nav and page-cache
        decisions as well as its pages (from ``on_nav``, the parent waited for it)."""
        few = self.depth == 1 and reuse.session.previous
        if few and not pagesplit.shares(config, reuse.likely_rendered()):
            self.languages = langfork.start(config, files, None, self._tracked(reuse.session))

    on_files = CombinedEvent(_before_i18n_files, _files)

    @event_priority(-1000)
    def on_nav(self, nav: Navigation, *, config: MkDocsConfig, files: Files) -> Navigation:
        if self.reuse is not None:
            self.reuse.nav(nav, config)
        # Last: files, nav and page-cache keys are final, and the children share them.
        if self.command == "build":
            session = self.reuse.session if self.reuse is not None else None
            self.split = pagesplit.start(config, files, nav, session)
            if self.split is None and self.depth == 1 and self.languages is None:
                # few pages: a language a core
                self.languages = langfork.start(config, files, nav, self._tracked(session))
        return nav

    def _tracked(self, session: pagecache.Session | None) -> langfork.Tracked:
        """What another language's build changes that this process's build needs (a
        reused page's record is the last build's: not sent back)."""
        found: list[tuple[object, list[str]]] = []
        if session is not None:
            found += [(session, ["recorded", "rendered", "reused", "pages"])]
            found += [(session.html, ["now"]), (session.sources, ["now"])]
            found += [(session.base, ["kept", "emptied"])]
        if self.i18n_memo is not None:
            fields = ["context", "fields", "entries", "used", "misses", "hits"]
            found += [(self.i18n_memo, fields)]
        if self.theme_listing is not None:  # the other language's listing, saved here
            found += [(self.theme_listing, ["kept", "changed", "answered", "used", "names"])]
        return langfork.Tracked(found, session.previous if session is not None else None)

    @event_priority(-1000)
    def on_env(self, env: Environment, *, config: MkDocsConfig, files: Files) -> Environment:
        if self.reuse is not None:
            self.reuse.env(env)
        if self.split is not None:
            self.split.env(env)
        return env

    @event_priority(1000)  # first: the theme's templates list every page (the sitemap)
    def on_pre_template(
        self, template: Template, *, template_name: str, config: MkDocsConfig
    ) -> Template:
        if self.reuse is not None:
            self.reuse.templating = True
        return template

    @event_priority(-1000)
    def on_post_template(
        self, output_content: str, *, template_name: str, config: MkDocsConfig
    ) -> str:
        if self.reuse is not None:
            self.reuse.templating = False
        return output_content

    @event_priority(1000)  # first: a page another process builds is not read at all
    def on_pre_page(self, page: Page, *, config: MkDocsConfig, files: Files) -> Page:
        if self.split is not None:
            self.split.pre_page(page)
        return page

    @event_priority(-1000)
    def on_page_markdown(
        self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str:
        if self.split is not None and self.split.foreign(page):
            return self.split.skip_markdown(page)
        return self.reuse.markdown(markdown, page) if self.reuse is not None else markdown

    @event_priority(1000)  # first: stop noting link targets once the Markdown is converted
    def on_page_content(self, html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        if self.reuse is not None:
            self.reuse.content()
        return html

    @event_priority(-1000)
    def on_post_page(self, output: str, *, page: Page, config: MkDocsConfig) -> str:
        if self.split is not None and self.split.foreign(page):
            return self.split.skipped(page)
        if self.reuse is not None:
            output = self.reuse.post_page(output, page, lambda out: patch_page(out, page, config))
        else:
            output = patch_page(output, page, config)
        if self.split is not None:
            self.split.own_page_done(page)
        return output

    def _close_reuse(self) -> None:
        if self.reuse is not None:
            self.reuse.close()
            self.reuse = None

    def _end_split(self, error: Exception | None = None) -> None:
        split, self.split = self.split, None
        if split is None:
            return
        if split.is_child:  # never normally: a child ends at a page after its last own one
            split.finish_child(None if error is None else f"{type(error).__name__}: {error}")
        if error is None:
            split.collect()
        else:
            split.abandon()

    @event_priority(0)  # before static-i18n's (-100) builds the other languages
    def _check_reused_anchors(self, *, config: MkDocsConfig) -> None:
        # MkDocs checked the pages it built (a forked build's children have reported)
        if self.reuse is not None:
            self.reuse.check_reused_anchors(config.validation.links.anchors)
        if self.languages is not None and self.depth == 1:  # built: static-i18n skips them
            # this process's language is written: indexed while the child ends
            self.search = self._search(config)
            self.search.start(search.LANGUAGE_FOLDERS[:1])
            self.languages.collect()
            self.search.start()

    @event_priority(-200)  # after static-i18n's (-100), which builds the other languages
    def _post_build(self, *, config: MkDocsConfig) -> None:
        self._end_split()
        i18n = config.plugins.get("i18n")
        if i18n is not None and _builds_the_last_language(i18n, self.depth):
            pages = i18n.i18n_files_per_language  # every language's, in build order
            sitemaps.write(config.site_dir, config.site_url or "", pages)
        languages, self.languages = self.languages, None
        if languages is not None and self.depth == 1:
            languages.finish()
        self.depth -= 1
        if self.depth == 0:  # every language is in site_dir (the staging folder, for
            self._close_reuse()  # `briefing build`, or `mkdocs serve`'s temporary one)
            self._end_i18n_memo(keep=True)
            self._end_listings(keep=True)
            found = pagecache.session_for(config.site_dir) if self.command == "build" else None
            if found is not None:  # earlier pages no language claimed: not for Pagefind
                found.remove_stale()
                found.prepare_manifest()  # while Pagefind indexes the last pages
            started, self.search = self.search, None
            try:
                search.index_site(*self._search_arguments(config), started=started)
            except BriefingError as err:
                raise PluginError(str(err)) from None

    def _search_arguments(
        self, config: MkDocsConfig
    ) -> tuple[Path, Path, Path | None, int, Path | None]:
        """``search.index_site``'s arguments for the site this build writes."""
        plan = Path(config.docs_dir) / search.PLAN_FILE
        site = Path(config.site_dir)
        project = _project(config, self.config.seeds_dir)
        published = project.site_dir
        # Building into a staging folder (`briefing build`), the current site/ holds
        # the last build's bundles; not under `mkdocs serve`, which a build may
        # replace site/ under.
        reuse = self.command != "serve" and site.resolve() != published.resolve()
        previous = published if reuse else None
        # an incremental build's (its page-cache session) keeps pages' digests
        session = pagecache.session_for(config.site_dir) if reuse else None
        allowed = session is not None and session.enabled
        digests = search.digests_record(project.root) if allowed else None
        return site, plan, previous, pagesplit.workers_for(str(site)), digests

    def _search(self, config: MkDocsConfig) -> search.Indexing:
        try:
            return search.Indexing(*self._search_arguments(config))
        except BriefingError as err:
            raise PluginError(str(err)) from None

    on_post_build = CombinedEvent(_check_reused_anchors, _post_build)

    def _end_i18n_memo(self, *, keep: bool) -> None:
        memo, self.i18n_memo = self.i18n_memo, None
        if memo is not None:
            memo.uninstall()
            if keep:
                memo.save()

    def on_build_error(self, *, error: Exception) -> None:
        self.depth = 0
        self._close_reuse()
        self._end_i18n_memo(keep=False)
        self._end_listings(keep=False)
        self._end_split(error)
        languages, self.languages = self.languages, None
        if languages is not None:
            languages.abandon()
        started, self.search = self.search, None
        if started is not None:
            started.abandon()


# Material's files no page uses: its own search (lunr and the search worker; the site
# searches with Pagefind) and the bundle's source map, 2.2 MB of every site.
_UNUSED_THEME_FILE = re.compile(r"assets/javascripts/(lunr|workers)/|assets/.*\.map$")


def drop_unused_theme_files(files: Files, config: MkDocsConfig) -> None:
    """Leave the theme's unused files (``_UNUSED_THEME_FILE``, and its sitemap template
    once ``sitemaps.take_over`` took it from the rendered ones: MkDocs would copy it as it
    is) out of site/; files of the docs folder are never dropped."""
    docs = Path(config.docs_dir).resolve()
    # A handful of source folders for thousands of files: each resolved once.
    theirs = functools.cache(lambda folder: Path(folder).resolve() != docs)
    template = sitemaps.SITEMAP if sitemaps.taken_over(config) else None
    for file in list(files):
        name = file.src_uri
        unused = _UNUSED_THEME_FILE.match(name) or name == template
        if unused and file.src_dir is not None and theirs(file.src_dir):
            files.remove(file)


def _suffix_i18n(config: MkDocsConfig) -> bool:
    """Whether static-i18n builds the languages, from files named ``x.<locale>.md``."""
    i18n = config.plugins.get("i18n")
    layout = getattr(getattr(i18n, "config", None), "docs_structure", None)
    return i18n is not None and layout == "suffix"


def _builds_the_last_language(i18n: Any, depth: int) -> bool:
    """Whether this build is static-i18n's last language's (the first builds the others
    inside its own post_build, at depth 2, one after the other)."""
    languages = list(getattr(i18n, "build_languages", ()))
    nested = depth == 2 or (depth == 1 and len(languages) == 1)
    return nested and bool(languages) and i18n.current_language == languages[-1]


def use_theme_overrides(config: MkDocsConfig) -> None:
    """The briefing's slimmer page shell (``templates/theme/``: the project's, then the
    package's) ahead of the theme's own templates; a ``custom_dir`` in mkdocs.yml stays
    first. Safe to run twice on one configuration."""
    project = Path(config.config_file_path).parent
    dirs = config.theme.dirs
    first = 1 if config.theme.custom_dir else 0
    for folder in reversed(resources.theme_dirs(project / "templates")):
        if str(folder) not in dirs:
            dirs.insert(first, str(folder))


def _project(config: MkDocsConfig, seeds_dir: str) -> build.Project:
    root = Path(config.config_file_path).parent.resolve()
    docs_dir = Path(config.docs_dir).resolve()
    if not docs_dir.is_relative_to(root) or docs_dir == root:
        raise PluginError(
            f"docs_dir {config.docs_dir} is not a folder inside the project: the generated "
            "pages replace everything in it. Set docs_dir: site_src in mkdocs.yml."
        )
    if seeds_dir != "seeds":
        raise PluginError(f"seeds_dir: only 'seeds' is supported for now, not {seeds_dir!r}")
    return build.Project(root=root, docs_dirname=docs_dir.relative_to(root).as_posix())


def _log_summary(summary: build.Summary) -> None:
    if summary.written or summary.removed:
        log.info(
            "briefing: %d articles, %d events, %d sentences, %d pending; %d files updated",
            summary.articles,
            summary.events,
            summary.sentences,
            summary.pending,
            len(summary.written) + len(summary.removed),
        )
    for message in (*summary.warnings, *summary.notes):
        log.info("briefing: %s", message)


# Material's script fetches a sitemap.xml beside each hreflang <link> in the head; with
# static-i18n's per-page alternates those files do not exist (404s in the console). The
# language menu in the header does not need them.
_HREFLANG_LINK = re.compile(r'\s*<link rel="alternate" href="[^"]*" hreflang="[^"]*">')


def patch_page(output: str, page: Page, config: MkDocsConfig) -> str:
    # Only the head has them; searching the whole page took about 0.2 ms a page (issue 14).
    head = output.find("</head>")
    cut = head if head >= 0 else len(output)
    output = _HREFLANG_LINK.sub("", output[:cut]) + output[cut:]
    lang = "ar" if '<html lang="ar"' in output else "en"
    # The 404 page is served at any depth, so its links start from the site's own path.
    root = urlparse(config.site_url or "").path or "/" if page.url.endswith("404.html") else None
    project = Path(config.config_file_path).parent
    output = search.mark_content(output, page.url, lang)
    t = _strings(project / "templates")[lang]
    up = root if root is not None else "../" * page.url.count("/")
    home = up + ("ar/" if lang == "ar" else "")
    output = search.header_form(output, home, t.search_label, t.search_placeholder)
    return collapse_whitespace(_advertise_feeds(output, page.url, lang, project, root))


# Elements whose whitespace is content (preformatted text, form values, script source).
_KEEP_WHITESPACE = re.compile(r"(<(pre|textarea|script)\b.*?</\2>)", re.DOTALL | re.IGNORECASE)
# HTML's own whitespace only: a no-break or other Unicode space after a line break is text.
_LINE_BREAK_RUN = re.compile(r"[ \t\r\f]*\n[ \t\r\n\f]*")


def collapse_whitespace(output: str) -> str:
    """Each run of whitespace that holds a line break becomes one line break, outside
    <pre>, <textarea> and <script>. HTML shows any such run as a single space, so pages
    look the same; the theme's indentation was about a tenth of every page (issue 14).
    Tags and entities are left as they are (a minifier also unquotes and re-encodes);
    a line break run inside an attribute value shrinks the same way."""
    parts = _KEEP_WHITESPACE.split(output)
    # split() with two groups yields: text, whole element, tag name, text, ...
    return "".join(
        _LINE_BREAK_RUN.sub("\n", part) if index % 3 == 0 else part
        for index, part in enumerate(parts)
        if index % 3 != 2
    )


_COPYRIGHT = '<div class="md-copyright">'


def _strings(templates_dir: Path) -> dict[str, render.Strings]:
    # Keyed by the file's stamp too: a long-lived process (`mkdocs serve`, a test run)
    # must see an edited strings.yaml.
    try:
        status = (templates_dir / "strings.yaml").stat()
        stamp: tuple[int, int] | None = (status.st_mtime_ns, status.st_size)
    except OSError:
        stamp = None
    return _strings_as_of(templates_dir, stamp)


@functools.lru_cache(maxsize=4)
def _strings_as_of(templates_dir: Path, stamp: tuple[int, int] | None) -> dict[str, render.Strings]:
    return render.load_strings(templates_dir)


def _advertise_feeds(
    output: str, url: str, lang: str, root: Path, site_path: str | None = None
) -> str:
    """Every page's head names the feeds of its language, and its footer links them."""
    t = _strings(root / "templates")[lang]
    # From this page's folder (or the site's path, for the 404 page) to the site root,
    # then to the language's feeds.
    up = site_path if site_path is not None else "../" * url.count("/")
    base = up + ("ar/" if lang == "ar" else "")
    feeds = ((f"{base}feed.xml", t.events_feed), (f"{base}additions.xml", t.latest_feed))
    links = "".join(
        f'<link rel="alternate" type="application/atom+xml" href="{href}" '
        f'title="{html.escape(title)}">'
        for href, title in feeds
    )
    footer = " · ".join(
        f'<a href="{href}" type="application/atom+xml">{html.escape(title)}</a>'
        for href, title in feeds
    )
    output = output.replace("</head>", f"{links}</head>", 1)
    return output.replace(
        _COPYRIGHT, f'{_COPYRIGHT}<p class="bi-feeds">{html.escape(t.feeds)}: {footer}</p>', 1
    )
