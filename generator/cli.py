"""The `briefing` command. The only place that turns pipeline errors into messages.

Built with click (already a dependency of MkDocs): declared options, generated --help,
and a progress bar with ETA for long steps.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import click

from . import argos_engine, build, seeds, tm
from .errors import BriefingError, InputError


def _project() -> build.Project:
    return build.Project.find(Path(os.environ.get("BRIEFING_PROJECT", ".")))


@contextmanager
def _translation_progress(label: str) -> Iterator[Callable[[int, int], None]]:
    """A click progress bar, opened on the first report of (done, total)."""
    state: dict[str, object] = {}

    def update(done: int, total: int) -> None:
        bar = state.get("bar")
        if bar is None:
            bar = click.progressbar(length=total, label=label, show_eta=True)
            bar.__enter__()
            state["bar"] = bar
        bar.update(done - bar.pos)  # type: ignore[attr-defined]

    try:
        yield update
    finally:
        bar = state.get("bar")
        if bar is not None:
            bar.__exit__(None, None, None)  # type: ignore[attr-defined]


def _print_summary(summary: build.Summary, *, built_site: bool) -> None:
    what = "Built site/" if built_site else "Generated site_src/"
    click.echo(
        f"{what}: {summary.articles} articles, {summary.events} events, "
        f"{summary.sentences} sentences, {summary.pending} pending translations"
        + (f" ({summary.translated_now} translated now)" if summary.translated_now else "")
        + f", {len(summary.warnings)} warnings."
    )
    for warning in summary.warnings:
        click.echo(f"  warning: {warning}")


@click.group()
@click.version_option(package_name="briefing")
def cli() -> None:
    """Bilingual event briefings from Arabic news, published with MkDocs Material."""
    logging.basicConfig(format="%(levelname)s - %(message)s", level=logging.WARNING)


@cli.command("build")
@click.option("--strict", is_flag=True, help="Fail on pending translations and warnings.")
@click.option(
    "--no-translate", is_flag=True, help="Do not run the Argos model even when installed."
)
def build_command(strict: bool, no_translate: bool) -> None:
    """Regenerate site_src/ from seeds/ and build site/ with MkDocs.

    site/ is replaced only when the whole build succeeds.
    """
    project = _project()
    engine = None if no_translate else argos_engine.load_engine()
    click.echo(f"Reading seeds from {project.seeds_dir} …")
    with _translation_progress("Translating") as progress:
        summary = build.generate(project, engine=engine, progress=progress)
    click.echo("Building the site with MkDocs …")
    build.publish(project, strict=strict)
    _print_summary(summary, built_site=True)
    if strict and (summary.pending or summary.warnings):
        raise BriefingError(
            f"--strict: {summary.pending} pending translations and "
            f"{len(summary.warnings)} warnings (site/ was still built)"
        )


@cli.command("check")
def check_command() -> None:
    """Validate every seed and translation memory file; list all problems."""
    project = _project()
    problems = []
    articles = 0
    for path in seeds.seed_paths(project.seeds_dir):
        seed, found = seeds.read_seed(path)
        problems += found
        articles += seed is not None
    try:
        tm.load(project.seeds_dir)
    except InputError as err:
        problems += err.problems
    if problems:
        raise InputError(problems)
    click.echo(f"{articles} seeds OK.")


@cli.command("new")
@click.argument("raw", type=click.Path(path_type=Path))
@click.option("--outlet", required=True, help="Outlet that published the article.")
@click.option("--published", metavar="YYYY-MM-DD", help="Publication date, if known.")
@click.option("--url", help="Address of the original article.")
@click.option("--event", metavar="ID", help="Group with other articles of this event id.")
def new_command(
    raw: Path, outlet: str, published: str | None, url: str | None, event: str | None
) -> None:
    """Write a seed from a raw text file (the article as received) and print its path."""
    project = _project()
    path = seeds.new_seed(
        project.seeds_dir, raw, outlet=outlet, published=published, url=url, event=event
    )
    click.echo(path.relative_to(project.root) if path.is_relative_to(project.root) else path)


def main() -> None:
    try:
        cli.main(standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        sys.exit(130)
    except click.ClickException as err:
        err.show()
        sys.exit(err.exit_code)
    except BriefingError as err:
        click.echo(f"Error: {err}", err=True)
        sys.exit(1)
    except click.exceptions.Exit as err:
        sys.exit(err.exit_code)
