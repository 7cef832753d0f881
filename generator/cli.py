"""The `briefing` command. The only place that turns pipeline errors into messages.

Built with click (already a dependency of MkDocs): declared options, generated --help,
and a progress bar with ETA for long steps.
"""

from __future__ import annotations

import atexit
import errno
import logging
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

import click

from generator import (
    build,
    consistency,
    escape,
    eventfiles,
    glossary,
    pageahead,
    pagesplit,
    seeds,
    translate,
)
from generator.errors import BriefingError, InputError
from generator.translate import argos, pending, tm
from generator.translate.engine import load_engine
from generator.writer import atomic_write


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
        click.echo(escape.terminal(f"  warning: {warning}"))
    for note in summary.notes:
        click.echo(escape.terminal(f"  note: {note}"))


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="briefing")
def cli() -> None:
    """Bilingual event briefings from Arabic news, published with MkDocs Material."""
    logging.basicConfig(format="%(levelname)s - %(message)s", level=logging.WARNING)


def _model_options(command: Callable[..., None]) -> Callable[..., None]:
    options = [
        click.option(
            "--beam", default=4, show_default=True, type=click.IntRange(1, 16),
            help="Beam size for the Argos model (1 is greedy: faster, a little worse).",
        ),
        click.option(
            "--threads", default=0, show_default=True, type=click.IntRange(0),
            help="CPU threads for the Argos model (0: let CTranslate2 choose; 1 per Ray worker).",
        ),
        click.option(
            "--device", default="cpu", show_default=True, type=click.Choice(argos.DEVICES),
            help="Where CTranslate2 runs (auto: a GPU when there is one).",
        ),
        click.option(
            "--compute-type", default="default", show_default=True,
            type=click.Choice(argos.COMPUTE_TYPES),
            help="CTranslate2 compute type (default: as the model was saved).",
        ),
        click.option(
            "--ray", "ray_address", is_flag=False, flag_value="", default=None,
            metavar="[ADDRESS]",
            help="Translate on a Ray cluster (the ray extra): ADDRESS, or RAY_ADDRESS, "
            "or a cluster on this machine, or a new local one.",
        ),
        click.option(
            "--actors", type=click.IntRange(1), default=None,
            help="Ray workers (default: as many as the cluster's CPUs, or GPUs, allow).",
        ),
        click.option(
            "--ray-model", default="ship", show_default=True,
            type=click.Choice(["ship", "shared"]),
            help="How Ray workers get the model: through Ray's object store, or from "
            "the same packages folder on every node.",
        ),
    ]  # fmt: skip
    for option in reversed(options):
        command = option(command)
    return command


def _load_engine(
    project: build.Project,
    *,
    beam: int,
    threads: int,
    device: str,
    compute_type: str,
    ray_address: str | None,
    actors: int | None,
    ray_model: str,
) -> translate.Engine | translate.BatchEngine | None:
    """The installed model as a local engine, or behind a pool of Ray workers (--ray)."""
    if ray_address is None:
        if actors is not None:
            raise click.UsageError("--actors needs --ray")
        argos.resolve_device(device)  # a missing GPU is reported before anything runs
    engine = load_engine(
        project.seeds_dir, beam_size=beam, threads=threads, device=device,
        compute_type=compute_type,
    )  # fmt: skip
    if engine is None or ray_address is None:
        return engine
    try:
        from generator.translate import cluster
    except ImportError as exc:
        raise BriefingError(
            f"--ray needs Ray ({exc}): install the extra with pip install -c constraints.txt "
            "-e '.[ray]'"
        ) from None
    options = cluster.ClusterOptions(ray_address or None, actors, ray_model)
    return cluster.RayEngine(engine, options)


@cli.command("init")
@click.argument("directory", type=click.Path(path_type=Path))
def init_command(directory: Path) -> None:
    """Start a briefing project in DIRECTORY (new or empty): mkdocs.yml, seeds/ with a
    glossary and SOURCES.md, templates/strings.yaml, a GitHub workflow and a README."""
    from generator import newproject

    created = newproject.create(directory)
    where = escape.terminal(str(directory))
    click.echo(f"Created a briefing project in {where} ({len(created.files)} files).")
    if not created.source_known:
        click.echo(
            f"  next: name where the generator comes from in {where}/requirements.txt "
            "(the workflow installs it)"
        )
    click.echo(f"  build it: cd {where} && mkdocs build")


@cli.command("build")
@click.option("--strict", is_flag=True, help="Fail on pending translations and warnings.")
@click.option(
    "--no-translate", is_flag=True, help="Do not run the Argos model even when installed."
)
@click.option(
    "--jobs",
    type=click.IntRange(1),
    default=None,
    help="Processes for rendering pages and MkDocs (default: the CPUs available, at most "
    f"{pagesplit.MAX_WORKERS}; 1 builds in this process only). The site is the same either way.",
)
@_model_options
def build_command(
    strict: bool, no_translate: bool, jobs: int | None, **engine_options: Any
) -> None:
    """Regenerate site_src/ from seeds/ and build site/ with MkDocs.

    Sentences missing from the translation memory are translated first when an Argos
    model is installed. site/ is replaced only when the whole build succeeds.
    """
    project = _project()
    engine: translate.Engine | translate.BatchEngine | None = None
    if not no_translate:
        engine = _load_engine(project, **engine_options)
    with build.exclusive(project, waiting=_waiting_for_other_build):
        # site/'s pages linked and checked for the MkDocs build while generation runs
        previous = project.site_dir.with_name(build.PREVIOUS_NAME)
        ahead = pageahead.Ahead(project, previous, jobs or pagesplit.default_workers())
        try:
            click.echo(f"Reading seeds from {project.seeds_dir} …")
            state = build.last_build(project)  # read once for both steps
            with _translation_progress("Translating") as progress:
                summary = build.generate(
                    project, engine=engine, progress=progress, workers=jobs, state=state
                )
            ahead.finish(wait=bool(summary.written or summary.removed))
            click.echo("Building the site with MkDocs …")
            build.publish(project, strict=strict, workers=jobs, state=state)
        finally:
            ahead.stop()
    _print_summary(summary, built_site=True)
    if strict and (summary.pending or summary.warnings):
        raise BriefingError(
            f"--strict: {summary.pending} pending translations and "
            f"{len(summary.warnings)} warnings (site/ was still built)"
        )


def _waiting_for_other_build() -> None:
    click.echo("Another build of this project is running; waiting for it to finish …")


@cli.command("check")
def check_command() -> None:
    """Validate seeds, translation memory, glossary and SOURCES.md; list all problems."""
    articles, problems = consistency.check_project(_project())
    if problems:
        raise InputError(problems)
    click.echo(f"{articles} seeds OK.")


@cli.command("eval")
@click.option(
    "--split",
    type=click.Choice(["tune", "test", "all"]),
    # The half one may look at as often as one likes; scoring 'test' is asked for by name.
    default="tune",
    show_default=True,
    help="Which half of the labelled corpus to score (tune on 'tune', report 'test').",
)
@click.option(
    "--corpus", "corpus_dir", type=click.Path(path_type=Path, file_okay=False),
    help="Folder with labels.yaml and corpus/ (default: eval/ of this project).",
)  # fmt: skip
def eval_command(split: str, corpus_dir: Path | None) -> None:
    """Score cleaning, titles, grouping, dates, quotes, figures and entities against the
    hand-labelled reports in eval/; the last line sums it up."""
    from generator.evaluation import corpus, report

    project = _project()
    folder = corpus_dir or project.root / "eval"
    if not (folder / "labels.yaml").is_file():
        raise BriefingError(f"no labels.yaml in {folder}: pass --corpus FOLDER")
    items = corpus.load(folder, None if split == "all" else split)
    results = report.evaluate(items, folder / "corpus", glossary.load(project.seeds_dir))
    click.echo(f"split: {split}")
    for line in results.lines:
        click.echo(line)
    click.echo(report.summary_line(results))


@cli.command("new")
@click.argument("raw", required=False, type=click.Path(path_type=Path))
@click.option("--fetch", "fetch_url", metavar="URL", help="Fetch the article page (network).")
@click.option("--outlet", help="Outlet that published it (required for a text file).")
@click.option("--published", metavar="YYYY-MM-DD", help="Publication date, if known.")
@click.option("--url", help="Address of the original article.")
@click.option("--event", metavar="ID", help="Group with other articles of this event id.")
def new_command(
    raw: Path | None,
    fetch_url: str | None,
    outlet: str | None,
    published: str | None,
    url: str | None,
    event: str | None,
) -> None:
    """Write a seed from a saved web page (PAGE.html), a fetched one (--fetch URL) or a
    raw text file (RAW.txt --outlet NAME), and print its path."""
    from generator.intake import seed as intake

    project = _project()
    if (raw is None) == (fetch_url is None):
        raise click.UsageError("give a saved page or text file, or --fetch URL (one of them)")
    warnings: list[str] = []
    if raw is not None and not intake.is_page(raw):
        if not outlet:
            raise click.UsageError("--outlet is required for a text file (use 'unknown')")
        path = seeds.new_seed(
            project.seeds_dir, raw, outlet=outlet, published=published, url=url, event=event
        )
    else:
        path, warnings = intake.new_from_page(
            project.seeds_dir, raw or str(fetch_url), url=url, outlet=outlet,
            published=published, event=event,
        )  # fmt: skip
    shown = path.relative_to(project.root) if path.is_relative_to(project.root) else path
    click.echo(shown)
    seed, _ = seeds.read_seed(path)
    if seed is not None and not build.has_article(seed):
        # Kept, so nothing the contributor gave is lost; the build names it until mended.
        warnings.append(f"{shown}: {build.no_article(seed)}; 'briefing build' stops on it")
    for warning in warnings:
        click.echo(escape.terminal(f"  warning: {warning}"), err=True)


@cli.group("event")
def event_group() -> None:
    """Event files: an editor's title, summary, membership and related events."""


@event_group.command("new")
@click.argument("event_id")
@click.option("--article", "article_ids", multiple=True, metavar="SEED", help="A member seed.")
def event_new(event_id: str, article_ids: tuple[str, ...]) -> None:
    """Write seeds/events/EVENT_ID.yaml, a skeleton for an editor to complete."""
    project = _project()
    if problem := seeds.SCHEMA["event"][1](event_id):
        raise BriefingError(f"event id '{event_id}': {problem}")
    known = {a.id for a in build.read_articles(project)}
    if unknown := [a for a in article_ids if a not in known]:
        raise BriefingError(f"no seed with id {', '.join(unknown)} in {project.seeds_dir}")
    folder = eventfiles.events_dir(project.seeds_dir)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{event_id}.yaml"
    try:
        atomic_write(target, eventfiles.skeleton(event_id, article_ids).encode(), replace=False)
    except FileExistsError:
        raise BriefingError(f"{target} already exists: edit it instead") from None
    click.echo(target.relative_to(project.root))


@cli.command("translate")
@click.option(
    "--seed", "seed_ids", multiple=True, metavar="ID", help="Only this seed (repeatable)."
)
@click.option(
    "--retranslate", is_flag=True, help="Translate machine entries again (never human ones)."
)
@_model_options
def translate_command(seed_ids: tuple[str, ...], retranslate: bool, **engine_options: Any) -> None:
    """Fill the translation memory with Argos for sentences that lack an entry."""
    project = _project()
    engine = _load_engine(project, **engine_options)
    if engine is None:
        raise BriefingError(
            "no Arabic→English Argos model is installed: run `briefing model install` "
            "(or `briefing model install --file translate-ar_en.argosmodel` offline)"
        )
    articles = build.read_articles(project)
    if seed_ids:
        unknown = sorted(set(seed_ids) - {a.id for a in articles})
        if unknown:
            raise BriefingError(f"no seed with id {', '.join(unknown)} in {project.seeds_dir}")
        articles = [a for a in articles if a.id in seed_ids]
    memory = tm.load(project.seeds_dir)
    with _translation_progress(f"Translating with {_label(engine)}") as progress:
        count = build.fill_memory(
            project, articles, memory, engine, retranslate=retranslate, progress=progress
        )
    sentences = sum(len(a.sentences) for a in articles)
    click.echo(
        f"Translated {count} of {sentences} sentences in {len(articles)} seeds with "
        f"{_label(engine)}; the rest were already in {tm.tm_dir(project.seeds_dir)}."
    )


def _label(engine: translate.Engine | translate.BatchEngine) -> str:
    where = " on Ray" if isinstance(engine, translate.BatchEngine) else ""
    return f"{engine.name} {engine.version}".strip() + where


@cli.command("pending")
def pending_command() -> None:
    """Print the sentences that still have no translation, as GitHub Markdown.

    CI appends it to the job summary: briefing pending >> "$GITHUB_STEP_SUMMARY".
    """
    project = _project()
    articles = translate.attach(build.read_articles(project), tm.load(project.seeds_dir))
    click.echo(pending.pending_report(articles), nl=False)


@cli.group("model")
def model_group() -> None:
    """Install and inspect the Argos Arabic→English model."""


@model_group.command("install")
@click.option(
    "--file", "package_file", type=click.Path(path_type=Path),
    help="Install from a downloaded .argosmodel file (for machines without internet).",
)  # fmt: skip
@click.option("--index", "index_url", metavar="URL", help="Argos package index to download from.")
@click.option("--timeout", default=10.0, show_default=True, help="Network timeout in seconds.")
def model_install(package_file: Path | None, index_url: str | None, timeout: float) -> None:
    """Install translate-ar_en from the Argos package index (or --file)."""
    if package_file is not None:
        model = argos.install_from_file(package_file)
    else:
        with _translation_progress("Downloading") as progress:
            model = argos.install_from_index(index_url, timeout=timeout, progress=progress)
    click.echo(f"Installed {model.label} in {model.path}")


@model_group.command("latest")
def model_latest() -> None:
    """Print `version=X`, the version `model install` would install now, for a CI cache key
    (`briefing model latest >> "$GITHUB_OUTPUT"`); `version=unavailable` offline."""
    from generator import modelversion

    line, problem = modelversion.cache_key_line()
    if problem:
        click.echo(escape.terminal(problem), err=True)
    click.echo(line)


@model_group.command("status")
def model_status() -> None:
    """Show the installed Arabic→English package, its version and where it lives."""
    model = argos.find_installed()
    if model is None:
        click.echo(
            f"No Arabic→English model installed in {argos.packages_dir()} "
            "(set ARGOS_PACKAGES_DIR to use another folder)."
        )
        sys.exit(1)
    click.echo(f"{model.label}\n  path: {model.path}\n  packages folder: {argos.packages_dir()}")


_OS_FIXES = {
    errno.ENOSPC: "free some disk space and run the command again",
    errno.EROFS: "the file system is read-only: run the command where you can write",
    errno.EACCES: "you may not write there: fix the folder's permissions",
    errno.EPERM: "you may not write there: fix the folder's permissions",
}


def _os_error(err: OSError) -> str:
    where = f"{err.filename}: " if err.filename else ""
    fix = _OS_FIXES.get(err.errno or 0, "check the path and run the command again")
    return (
        f"{where}{err.strerror or err}; {fix}. Finished translations and the previous "
        "site/ were kept."
    )


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
        click.echo(escape.terminal(f"Error: {err}"), err=True)
        sys.exit(1)
    except OSError as err:  # read-only folders, a full disk, permissions: not our bug
        click.echo(escape.terminal(f"Error: {_os_error(err)}"), err=True)
        sys.exit(1)
    except click.exceptions.Exit as err:
        sys.exit(err.exit_code)


def entry() -> None:
    """The ``briefing`` program (and ``python -m generator``): ``main``, then the exit
    without the interpreter's teardown. A build leaves a large heap (records, pages,
    MkDocs' structures) whose freeing object by object was about a tenth of an add-one
    process's CPU seconds at 2,000 articles (benchmarks/logs/add_one_process_exit_2000.log);
    the process ends anyway, so the exit handlers run (logging, temporary folders, Ray)
    and the memory goes back to the system whole."""
    try:
        main()
        code: int = 0
    except SystemExit as exit_:
        code = _exit_code(exit_.code)
    _exit_now(code)


def _exit_code(code: object) -> int:
    """The status ``sys.exit(code)`` would give: a message is printed and gives 1."""
    if code is None or isinstance(code, int):
        return code or 0
    click.echo(str(code), err=True)
    return 1


def _exit_now(code: int) -> None:
    atexit._run_exitfuncs()  # what Python runs at exit, before its teardown
    for stream in (sys.stdout, sys.stderr):
        with suppress(OSError, ValueError):  # a closed pipe: nothing left to say
            stream.flush()
    os._exit(code)
