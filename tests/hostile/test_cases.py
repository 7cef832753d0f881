"""The hostile corpus: careless and hostile inputs, each run through the real command.

Every case asserts the exit code and the message (with file:line where the problem sits in
a file), and, whatever the outcome: no traceback, nothing written outside the project, the
translation memory unchanged, and site/ unchanged when the command failed. Input cases run
both `briefing check` and `briefing build`, so `check` never passes what `build` refuses.

The commands run in-process (``cli.main``), so an unexpected exception fails the test as a
traceback would; ``test_cli.py`` runs the installed entry point as a subprocess.
"""

from __future__ import annotations

import errno
import hashlib
import os
import sys
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from generator import cli
from generator.build import ASIDE_NAME, Project
from generator.translate import argos
from tests.conftest import copy_project

SEED = "010-a"
HEADLINE = "دورية مشتركة قرب الدرباسية"
BODY = f"{HEADLINE}\n\nقالت قوات سوريا الديمقراطية إن دورية مشتركة انطلقت من الدرباسية اليوم.\n"
GOOD_FRONT = f"id: {SEED}\noutlet: rudaw\nlanguage: ar\npublished: 2019-11-05\n"
GOOD_TM_KEY = "d0c1a0e6ab0e4a43"  # any key: entries below are checked against their own ar
EMPTY = "''"
PREVIOUS_SITE = b"<html><body>the previous site</body></html>"


@dataclass(frozen=True)
class Case:
    name: str
    setup: Callable[[Project, Path], None]
    message: str  # text the output must contain (file:line first where there is a file)
    args: tuple[str, ...] = ("check",)
    also_build: bool = True  # run `build --no-translate` too, expecting the same refusal
    exit_code: int = 1


# --- writing inputs -------------------------------------------------------------------


def seed_bytes(front: str = GOOD_FRONT, body: str = BODY, name: str = f"{SEED}.md") -> Callable:
    def setup(project: Project, _: Path) -> None:
        path = project.seeds_dir / name
        path.write_bytes(f"---\n{front}---\n{body}".encode())

    return setup


def raw_seed(content: bytes, name: str = f"{SEED}.md") -> Callable:
    def setup(project: Project, _: Path) -> None:
        (project.seeds_dir / name).write_bytes(content)

    return setup


def tm_entry(**fields: str) -> str:
    entry = {"ar": "نص", "en": "Text", "origin": "human", "date": "2026-01-01"}
    entry.update({"translator": "tester"} if fields.get("origin", "human") == "human" else {})
    entry.update(fields)
    return "".join(f"  {key}: {value}\n" for key, value in entry.items() if value != "-")


def tm_text(text: str, seed: str = "000-c686a2356659b105") -> Callable:
    """Replaces a founding seed's TM file (the invariant compares against this state)."""

    def setup(project: Project, _: Path) -> None:
        (project.seeds_dir / "tm" / f"{seed}.yaml").write_text(text, encoding="utf-8")

    return setup


def tm_key(ar: str) -> str:
    from generator.translate.tm import sentence_key

    return sentence_key(ar)


def glossary_append(text: str) -> Callable:
    def setup(project: Project, _: Path) -> None:
        with (project.seeds_dir / "glossary.yaml").open("a", encoding="utf-8") as handle:
            handle.write(text)

    return setup


def both(*setups: Callable) -> Callable:
    def setup(project: Project, outside: Path) -> None:
        for step in setups:
            step(project, outside)

    return setup


def link(name: str, target: Callable[[Project, Path], Path]) -> Callable:
    def setup(project: Project, outside: Path) -> None:
        (project.seeds_dir / name).symlink_to(target(project, outside))

    return setup


def outside_seed(project: Project, outside: Path) -> Path:
    path = outside / "secret.md"
    path.write_text(f"---\n{GOOD_FRONT}---\n{BODY}", encoding="utf-8")
    return path


NEST = "[" * 40 + "]" * 40
BOMB = "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
GLOSSARY_ENTRY = (
    "- id: {id}\n  type: place\n  name: {{en: Somewhere, ar: مكان}}\n  ar_forms: [مكان]\n"
    "  description: {{en: A place., ar: مكان.}}\n"
)


def front_cases() -> list[Case]:
    seed = f"{SEED}.md"
    return [
        Case("duplicate outlet", seed_bytes(GOOD_FRONT + "outlet: sana\n"), f"{seed}:6: repeats the key 'outlet' of line 3"),
        Case("duplicate published", seed_bytes(GOOD_FRONT + "published: 2020-01-01\n"), f"{seed}:6: repeats the key 'published'"),
        Case("duplicate id", seed_bytes(GOOD_FRONT + f"id: {SEED}\n"), f"{seed}:6: repeats the key 'id'"),
        Case("anchor and alias", seed_bytes(f"id: {SEED}\noutlet: &o rudaw\nlanguage: ar\ntitle: *o\n"), f"{seed}:3: uses a YAML anchor or alias"),
        Case("alias bomb", seed_bytes(GOOD_FRONT + BOMB.replace("a:", "x:").replace("b:", "y:")), f"{seed}:6: uses a YAML anchor or alias"),
        Case("deep nesting", seed_bytes(GOOD_FRONT + f"title: {NEST}\n"), f"{seed}:6: is nested more than"),
        Case("tab indentation", seed_bytes(f"id: {SEED}\n\toutlet: rudaw\n"), f"{seed}:3: is not valid YAML front matter"),
        Case("unclosed front matter", raw_seed(f"---\n{GOOD_FRONT}{BODY}".encode()), f"{seed}:1: front matter is not closed"),
        Case("no front matter", raw_seed(BODY.encode()), f"{seed}:1: must start with a '---' line"),
        Case("front matter is a list", seed_bytes("- id\n- outlet\n"), f"{seed}:2: front matter must be 'key: value' lines"),
        Case("misspelt key", seed_bytes(GOOD_FRONT + "publised: 2020-01-01\n"), f"{seed}:6: publised: unknown key; did you mean 'published'?"),
        Case("missing outlet", seed_bytes(f"id: {SEED}\nlanguage: ar\n"), f"{seed}:4: outlet: is required but missing"),
        Case("year 1", seed_bytes(GOOD_FRONT.replace("2019-11-05", "0001-01-01")), f"{seed}:5: published: expected a date between 1900-01-01"),
        Case("year 9999", seed_bytes(GOOD_FRONT.replace("2019-11-05", "9999-12-31")), f"{seed}:5: published: expected a date between"),
        Case("30 February", seed_bytes(GOOD_FRONT.replace("2019-11-05", "2022-02-30")), f"{seed}:5: published: expected a real date"),
        Case("date with time", seed_bytes(GOOD_FRONT.replace("2019-11-05", "2019-11-05 10:00:00")), f"{seed}:5: published: expected a real date"),
        Case("date as number", seed_bytes(GOOD_FRONT.replace("2019-11-05", "20191105")), f"{seed}:5: published: expected a date as YYYY-MM-DD"),
        Case("id not the file name", seed_bytes(GOOD_FRONT.replace(f"id: {SEED}", "id: 011-b")), f"{seed}:2: id: must equal the file name"),
        Case("reserved id", seed_bytes(GOOD_FRONT.replace(f"id: {SEED}", "id: index"), name="index.md"), "index.md:2: id: 'index' is reserved"),
        Case("upper-case id", seed_bytes(GOOD_FRONT.replace(f"id: {SEED}", "id: 010-A"), name="010-A.md"), "010-A.md:2: id: expected lowercase letters"),
        Case("javascript url", seed_bytes(GOOD_FRONT + "url: javascript:alert(1)\n"), f"{seed}:6: url: expected an http:// or https:// address"),
        Case("ftp url", seed_bytes(GOOD_FRONT + "url: ftp://example.org/a\n"), f"{seed}:6: url: expected an http://"),
        Case("url without host", seed_bytes(GOOD_FRONT + "url: 'https://'\n"), f"{seed}:6: url: expected an http://"),
        Case("english article", seed_bytes(GOOD_FRONT.replace("language: ar", "language: en")), f"{seed}:4: language: expected 'ar'"),
        Case("outlet on two lines", seed_bytes(GOOD_FRONT.replace("outlet: rudaw", 'outlet: "a\\nb"')), f"{seed}:3: outlet: expected a single line"),
        Case("empty outlet", seed_bytes(GOOD_FRONT.replace("outlet: rudaw", "outlet: ''")), f"{seed}:3: outlet: expected non-empty text"),
        Case("outlet is a list", seed_bytes(GOOD_FRONT.replace("outlet: rudaw", "outlet: [a, b]")), f"{seed}:3: outlet: expected non-empty text"),
        Case("empty title", seed_bytes(GOOD_FRONT + "title: ' '\n"), f"{seed}:6: title: expected non-empty text"),
        Case("event named after another seed", seed_bytes(GOOD_FRONT + "event: 000-c686a2356659b105\n"), f"{seed}:6: event: '000-c686a2356659b105' is another seed's id"),
        Case("event with spaces", seed_bytes(GOOD_FRONT + "event: tal tamr\n"), f"{seed}:6: event: expected lowercase letters"),
        Case("null byte in front matter", raw_seed(f"---\n{GOOD_FRONT}title: a\x00b\n---\n{BODY}".encode()), f"{seed}:6: is not valid YAML front matter"),
        Case("YAML-only line break", seed_bytes(GOOD_FRONT + "title: a\u2028b\n"), f"{seed}:6: holds U+2028, a line break only YAML sees"),
        Case("lone surrogate escape", seed_bytes(GOOD_FRONT + 'title: "\\ud800x"\n'), f"{seed}:6: holds a lone surrogate"),
        Case("escape character in front matter", raw_seed(f"---\n{GOOD_FRONT}title: a\x1b[31mb\n---\n{BODY}".encode()), f"{seed}:6: is not valid YAML front matter"),
    ]  # fmt: skip


def body_cases() -> list[Case]:
    seed = f"{SEED}.md"
    return [
        Case("no body", seed_bytes(body=""), f"{seed}:7: has no article text"),
        Case("blank body", seed_bytes(body="\n \n\t\n"), f"{seed}:7: has no article text"),
        Case("no arabic", seed_bytes(body="Headline\n\nEnglish text only.\n"), f"{seed}:7: has no Arabic article text", also_build=True),
        Case("invalid utf-8 in body", raw_seed(f"---\n{GOOD_FRONT}---\n".encode() + b"\xff\xfe\x00abc\n"), f"{seed}:7: is not valid UTF-8"),
        Case("invalid utf-8 in front matter", raw_seed(b"---\nid: 010-a\noutlet: \xc3\x28\n---\n" + BODY.encode()), f"{seed}:3: is not valid UTF-8"),
        Case("utf-16 file", raw_seed(f"---\n{GOOD_FRONT}---\n{BODY}".encode("utf-16")), f"{seed}:1: is not valid UTF-8"),
        Case("old mac line endings", raw_seed(f"---\n{GOOD_FRONT}---\n{BODY}".replace("\n", "\r").encode()), f"{seed}:1: ends lines with a lone CR"),
        Case("lone CR inside the body", seed_bytes(body=BODY.replace("\n\n", "\n\r")), f"{seed}:8: ends lines with a lone CR"),
        Case("seed over 2 MB", seed_bytes(body=BODY * 20000), f"{seed}: is 3,620,067 bytes, more than the 2,097,152 allowed"),
    ]  # fmt: skip


def tm_cases() -> list[Case]:
    tm = "tm/000-c686a2356659b105.yaml"
    ar = "قالت قوات سوريا الديمقراطية إن دورية مشتركة انطلقت."
    key = tm_key(ar)
    entry = tm_entry(ar=ar)
    machine = tm_entry(ar=ar, en="Machine text", origin="argos", model="translate-ar_en")
    return [
        Case("duplicate TM key, machine after human", tm_text(f"{key}:\n{entry}{key}:\n{machine}"), f"{tm}:7: repeats the key '{key}' of line 1"),
        Case("duplicate field in a TM entry", tm_text(f"{key}:\n{entry}  en: Other\n"), f"{tm}:7: repeats the key 'en'"),
        Case("TM key not matching its ar", tm_text(f"{GOOD_TM_KEY}:\n{entry}"), f"{tm}:1: {GOOD_TM_KEY}: key does not match its 'ar'"),
        Case("TM english only invisible", tm_text(f"{key}:\n{tm_entry(ar=ar, en=chr(0x200B) * 3)}"), f"{tm}:1: {key}: 'en' must be text with visible characters"),
        Case("TM english empty", tm_text(f"{key}:\n{tm_entry(ar=ar, en=EMPTY)}"), f"{tm}:1: {key}: 'en' must be text"),
        Case("TM human without translator", tm_text(f"{key}:\n{tm_entry(ar=ar, translator='-')}"), f"{tm}:1: {key}: human entries need 'translator'"),
        Case("TM date unparsable", tm_text(f"{key}:\n{tm_entry(ar=ar, date='yesterday')}"), f"{tm}:1: {key}: 'date' must be a real date"),
        Case("TM date impossible", tm_text(f"{key}:\n{tm_entry(ar=ar, date='2022-02-30')}"), f"{tm}:1: {key}: 'date' must be a real date"),
        Case("TM unknown origin", tm_text(f"{key}:\n{tm_entry(ar=ar, origin='google')}"), f"{tm}:1: {key}: 'origin' must be human or argos"),
        Case("TM machine without model", tm_text(f"{key}:\n{tm_entry(ar=ar, origin='argos')}"), f"{tm}:1: {key}: machine entries need 'model'"),
        Case("TM unknown field", tm_text(f"{key}:\n{entry}  reviewer: me\n"), f"{tm}:1: {key}: unknown field(s) reviewer"),
        Case("TM file is a list", tm_text("- a\n- b\n"), f"{tm}:1: must be a mapping"),
        Case("TM entry is text", tm_text(f"{key}: just text\n"), f"{tm}:1: {key}: expected an entry"),
        Case("TM invalid YAML", tm_text(f"{key}:\n  ar: [unclosed\n"), f"{tm}:3: is not valid translation memory YAML"),
        Case("TM anchor", tm_text(f"{key}: &e\n{entry}"), f"{tm}:1: uses a YAML anchor or alias"),
        Case("TM alias bomb", tm_text(BOMB), f"{tm}:1: uses a YAML anchor or alias"),
        Case("TM deep nesting", tm_text(f"{key}: {NEST}\n"), f"{tm}:1: is nested more than"),
        Case("TM next-line character", tm_text(f"{key}:\n{entry}  note: a\x85b\n"), f"{tm}:7: holds U+0085"),
        Case("glossary tab indentation", glossary_append("- id: tabbed\n\ttype: place\n"), "is not valid YAML"),
        Case("TM invalid utf-8", lambda p, _: (p.seeds_dir / tm).write_bytes(b"a: \xff\n"), f"{tm}:1: is not valid UTF-8"),
        Case("seeds/tm is a file", both(lambda p, _: _remove_tree(p.seeds_dir / "tm"), lambda p, _: (p.seeds_dir / "tm").write_text("x")), "seeds/tm: must be a folder"),
        Case("TM file is a folder", lambda p, _: (p.seeds_dir / "tm" / "001-x.yaml").mkdir(), "tm/001-x.yaml: is a folder where a file was expected"),
        Case("stray file in seeds/tm", lambda p, _: (p.seeds_dir / "tm" / "notes.txt").write_text("x"), "tm/notes.txt: is not a translation memory file"),
        Case("TM link outside the project", link_tm(), "tm/099-x.yaml: is a link to", also_build=True),
        Case("TM for no seed", tm_text("{}\n", seed="077-deleted"), "tm/077-deleted.yaml: belongs to no seed", also_build=False),
    ]  # fmt: skip


def _remove_tree(path: Path) -> None:
    import shutil

    shutil.rmtree(path)


def link_tm() -> Callable:
    def setup(project: Project, outside: Path) -> None:
        target = outside / "tm.yaml"
        target.write_text("{}\n", encoding="utf-8")
        (project.seeds_dir / "tm" / "099-x.yaml").symlink_to(target)

    return setup


def glossary_cases() -> list[Case]:
    glossary = "seeds/glossary.yaml"
    entry = GLOSSARY_ENTRY.format(id="somewhere")
    return [
        Case("duplicate field in a glossary entry", glossary_append(entry + "  type: person\n"), f"{glossary}:"),
        Case("duplicate glossary id", glossary_append(entry + entry), "duplicate id 'somewhere'"),
        Case("glossary alias bomb in an id", glossary_append("- id: &a [x, x, x, x]\n  type: *a\n"), f"{glossary}:"),
        Case("glossary is a folder", both(lambda p, _: (p.seeds_dir / "glossary.yaml").unlink(), lambda p, _: (p.seeds_dir / "glossary.yaml").mkdir()), "glossary.yaml: is a folder where a file was expected"),
        Case("glossary is a mapping", lambda p, _: (p.seeds_dir / "glossary.yaml").write_text("a: 1\n"), f"{glossary}:1: must be a list of entries"),
        Case("glossary unknown type", glossary_append(entry.replace("type: place", "type: city")), "'type' must be one of"),
        Case("glossary invalid YAML", glossary_append("- id: [\n"), "is not valid YAML"),
        Case("glossary deep nesting", glossary_append(f"- id: {NEST}\n"), "is nested more than"),
        Case("glossary same_as unknown", glossary_append(entry + "  same_as: nowhere\n"), "same_as"),
        Case("glossary link outside", both(lambda p, _: (p.seeds_dir / "glossary.yaml").unlink(), lambda p, o: (p.seeds_dir / "glossary.yaml").symlink_to(_outside_file(o))), "glossary.yaml: is a link to"),
    ]  # fmt: skip


def _outside_file(outside: Path) -> Path:
    path = outside / "glossary.yaml"
    path.write_text("[]\n", encoding="utf-8")
    return path


def layout_cases() -> list[Case]:
    return [
        Case("dangling seed link", link("010-a.md", lambda p, o: o / "gone.md"), "010-a.md: is a broken link"),
        Case("seed link outside the project", link("010-a.md", outside_seed), "010-a.md: is a link to"),
        Case("folder named like a seed", lambda p, _: (p.seeds_dir / "010-a.md").mkdir(), "010-a.md: is a folder named like a seed"),
        Case("upper-case suffix", seed_bytes(name="010-a.MD"), "010-a.MD: is not a seed"),
        Case("text file", raw_seed(BODY.encode(), name="010-a.txt"), "010-a.txt: is not a seed"),
        Case("markdown suffix", seed_bytes(name="010-a.markdown"), "010-a.markdown: is not a seed"),
        Case("seed without suffix", seed_bytes(name="010-a"), "010-a: is not a seed"),
        Case("named pipe", lambda p, _: os.mkfifo(p.seeds_dir / "010-a.md"), "010-a.md: is not a regular file"),
    ]  # fmt: skip


def output_cases() -> list[Case]:
    build = ("build", "--no-translate")
    return [
        Case("site_src is a link out", lambda p, o: _swap_for_link(p.site_src, o / "docs"), "site_src is a symbolic link", build, also_build=False),
        Case("link inside site_src", lambda p, o: (p.site_src / "escape").symlink_to(o), "site_src/escape is a symbolic link", build, also_build=False),
        Case("site is a link out", lambda p, o: _swap_for_link(p.site_dir, o / "site"), "site is a symbolic link", build, also_build=False),
        Case("site_src is a file", lambda p, _: (_remove_tree(p.site_src), p.site_src.write_text("x")), "site_src", build, also_build=False),
    ]  # fmt: skip


def _swap_for_link(path: Path, target: Path) -> None:
    target.mkdir()
    (target / "keep.txt").write_text("not ours", encoding="utf-8")
    _remove_tree(path)
    path.symlink_to(target)


def new_cases() -> list[Case]:
    def new(name: str, _: None, *options: str) -> tuple[str, ...]:
        return ("new", f"@{name}", *options)

    def raw(name: str, content: bytes | None) -> Callable:
        def setup(_: Project, outside: Path) -> None:
            if content is not None:
                (outside / name).write_bytes(content)

        return setup

    good = BODY.encode()
    return [
        Case("new: no Arabic", raw("a.txt", b"Just English.\n"), "a.txt: has no Arabic text", new("a.txt", None, "--outlet", "x"), False),
        Case("new: empty file", raw("a.txt", b" \n"), "a.txt: is empty", new("a.txt", None, "--outlet", "x"), False),
        Case("new: missing file", raw("a.txt", None), "a.txt: cannot be read", new("a.txt", None, "--outlet", "x"), False),
        Case("new: a folder", lambda _, o: (o / "d").mkdir(), "d: is a folder", new("d", None, "--outlet", "x"), False),
        Case("new: invalid utf-8", raw("a.txt", b"\xff\xfe"), "a.txt: cannot be used as an article: it is not valid UTF-8", new("a.txt", None, "--outlet", "x"), False),
        Case("new: lone CR", raw("a.txt", good.replace(b"\n", b"\r")), "a.txt:1: ends lines with a lone CR", new("a.txt", None, "--outlet", "x"), False),
        Case("new: over 2 MB", raw("a.txt", good * 20000), "a.txt: is 3,620,000 bytes, more than the 2,097,152 allowed", new("a.txt", None, "--outlet", "x"), False),
        Case("new: impossible date", raw("a.txt", good), "--published: expected a real date", new("a.txt", None, "--outlet", "x", "--published", "2019-02-30"), False),
        Case("new: year 1", raw("a.txt", good), "--published: expected a date between", new("a.txt", None, "--outlet", "x", "--published", "0001-01-01"), False),
        Case("new: javascript url", raw("a.txt", good), "--url: expected an http", new("a.txt", None, "--outlet", "x", "--url", "javascript:alert(1)"), False),
        Case("new: bad event id", raw("a.txt", good), "--event: expected lowercase", new("a.txt", None, "--outlet", "x", "--event", "A B"), False),
        Case("new: two-line outlet", raw("a.txt", good), "--outlet: expected a single line", new("a.txt", None, "--outlet", "a\nb"), False),
    ]  # fmt: skip


ALL_CASES = [
    *front_cases(),
    *body_cases(),
    *tm_cases(),
    *glossary_cases(),
    *layout_cases(),
    *output_cases(),
    *new_cases(),
]


# --- running and checking ------------------------------------------------------------


def snapshot(root: Path, *, skip: Path | None = None) -> dict[str, bytes | str]:
    """Every path under ``root`` (links as their target, files as their digest)."""
    found: dict[str, bytes | str] = {}
    for folder, dirs, files in os.walk(root):
        here = Path(folder)
        if skip is not None and here == skip:
            dirs[:] = []
            continue
        for name in dirs + files:
            path = here / name
            key = path.relative_to(root).as_posix()
            if skip is not None and path == skip:
                continue
            if path.is_symlink():
                found[key] = f"-> {os.readlink(path)}"
            elif path.is_file():
                found[key] = hashlib.sha256(path.read_bytes()).digest()
            else:
                found[key] = "dir"
    return found


def run_cli(
    args: tuple[str, ...], project: Project, monkeypatch: pytest.MonkeyPatch, capsys
) -> tuple[int, str]:
    """Run `briefing ARGS` in-process; an uncaught exception fails the test."""
    monkeypatch.setenv("BRIEFING_PROJECT", str(project.root))
    monkeypatch.setattr(sys, "argv", ["briefing", *args])
    try:
        cli.main()
        code = 0
    except SystemExit as exit_:
        code = exit_.code if isinstance(exit_.code, int) else 1
    captured = capsys.readouterr()
    return code, captured.out + captured.err


@pytest.fixture
def arena(tmp_path: Path) -> tuple[Project, Path]:
    """A project with a previous site/, beside an `outside` folder that must stay as it is."""
    project = copy_project(tmp_path / "project")
    (project.site_dir).mkdir()
    (project.site_dir / "index.html").write_bytes(PREVIOUS_SITE)
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "precious.txt").write_text("someone's file", encoding="utf-8")
    return project, outside


@pytest.mark.parametrize("case", ALL_CASES, ids=[case.name for case in ALL_CASES])
def test_hostile_input(case: Case, arena, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    project, outside = arena
    case.setup(project, outside)
    args = tuple(a.replace("@", f"{outside}/", 1) if a.startswith("@") else a for a in case.args)
    commands = [args] + ([("build", "--no-translate")] if case.also_build else [])
    for command in commands:
        before_outside = snapshot(outside.parent, skip=project.root)
        before_tm = (
            snapshot(project.seeds_dir / "tm") if (project.seeds_dir / "tm").is_dir() else {}
        )
        before_packages = snapshot(argos.packages_dir()) if argos.packages_dir().is_dir() else {}
        code, output = run_cli(command, project, monkeypatch, capsys)
        assert code == case.exit_code, output
        assert case.message in output, output
        assert "Traceback" not in output
        assert "\x1b" not in output  # escape sequences from inputs never reach the terminal
        assert snapshot(outside.parent, skip=project.root) == before_outside
        if before_tm:
            assert snapshot(project.seeds_dir / "tm") == before_tm
        if argos.packages_dir().is_dir():
            assert snapshot(argos.packages_dir()) == before_packages
        if code != 0 and not project.site_dir.is_symlink():
            assert (project.site_dir / "index.html").read_bytes() == PREVIOUS_SITE


def test_the_corpus_has_at_least_a_hundred_cases() -> None:
    assert len(ALL_CASES) + len(MODEL_CASES) + len(OS_CASES) >= 100
    assert len({case.name for case in ALL_CASES}) == len(ALL_CASES)


# --- model archives --------------------------------------------------------------------

TOP = "translate-ar_en-1_0"
METADATA = b'{"from_code": "ar", "to_code": "en", "package_version": "1.0"}'
VALID = {
    f"{TOP}/metadata.json": METADATA,
    f"{TOP}/model/model.bin": b"weights",
    f"{TOP}/sentencepiece.model": b"sp",
}


def archive(folder: Path, members: dict[str, bytes], links: tuple[str, ...] = ()) -> Path:
    path = folder / "model.argosmodel"
    with zipfile.ZipFile(path, "w") as zf:
        for name, content in members.items():
            zf.writestr(name, content)
        for name in links:
            info = zipfile.ZipInfo(name)
            info.external_attr = 0o120777 << 16  # a symbolic link
            zf.writestr(info, "/etc/passwd")
    return path


def renamed(prefix: str) -> dict[str, bytes]:
    return {name.replace(TOP, prefix, 1): content for name, content in VALID.items()}


MODEL_CASES: list[tuple[str, dict[str, bytes], tuple[str, ...], str]] = [
    ("absolute paths", renamed(f"/{TOP}"), (), "holds an unsafe path '/"),
    ("parent folder", renamed(f"../{TOP}"), (), "holds an unsafe path '../"),
    ("parent inside", {**VALID, f"{TOP}/../../evil": b"x"}, (), "holds an unsafe path"),
    ("dot folder", renamed("."), (), "holds an unsafe path"),
    ("backslash", {**VALID, f"{TOP}\\..\\evil": b"x"}, (), "holds an unsafe path"),
    ("drive letter", renamed(f"C:/{TOP}"), (), "holds an unsafe path"),
    ("link member", VALID, (f"{TOP}/link",), "holds an unsafe path"),
    ("two folders", {**VALID, "other/metadata.json": METADATA}, (), "does not hold exactly one folder"),
    ("loose file", {**VALID, "README": b"x"}, (), "does not hold exactly one folder"),
    ("odd folder name", renamed("-rf"), (), "unusual folder name"),
    ("no model", {k: v for k, v in VALID.items() if "model.bin" not in k}, (), "lacks model/model.bin"),
    ("metadata not json", {**VALID, f"{TOP}/metadata.json": b"{not json"}, (), "is damaged"),
    ("wrong pair", {**VALID, f"{TOP}/metadata.json": METADATA.replace(b'"en"', b'"de"')}, (), "translates ar→de"),
    ("bomb", {**VALID, f"{TOP}/model/model.bin": bytes(4096)}, (), "unpacks to more than"),
]  # fmt: skip


@pytest.mark.parametrize("case", MODEL_CASES, ids=[case[0] for case in MODEL_CASES])
def test_hostile_model_archive(case, arena, monkeypatch, capsys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _, members, links, message = case
    project, outside = arena
    monkeypatch.setattr(argos, "MAX_MODEL_BYTES", 2048)  # the bomb stays small in tests
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(tmp_path / "argos" / "packages"))
    packages = argos.packages_dir()
    (packages / "translate-en_de").mkdir(parents=True)
    (packages / "translate-en_de" / "metadata.json").write_bytes(METADATA)
    (packages / "my-notes.txt").write_text("the user's own file", encoding="utf-8")
    before = snapshot(packages.parent)
    path = archive(outside, members, links)
    code, output = run_cli(("model", "install", "--file", str(path)), project, monkeypatch, capsys)
    assert code == 1 and message in output and "Traceback" not in output, output
    assert snapshot(packages.parent) == before  # nothing moved, no temporary folder left


def test_a_file_as_packages_folder(arena, monkeypatch, capsys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    project, outside = arena
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(outside / "precious.txt"))
    path = archive(outside, VALID)
    code, output = run_cli(("model", "install", "--file", str(path)), project, monkeypatch, capsys)
    assert code == 1 and "is a file: set ARGOS_PACKAGES_DIR to a folder" in output
    assert (outside / "precious.txt").read_text(encoding="utf-8") == "someone's file"


def test_a_real_package_replaces_only_its_own_folder(  # type: ignore[no-untyped-def]
    arena, monkeypatch, capsys, package_file: Path
) -> None:
    project, _ = arena
    packages = argos.packages_dir()
    packages.mkdir(parents=True, exist_ok=True)
    (packages / "my-notes.txt").write_text("the user's own file", encoding="utf-8")
    for _ in range(2):  # the second install replaces the first
        code, output = run_cli(
            ("model", "install", "--file", str(package_file)), project, monkeypatch, capsys
        )
        assert code == 0, output
    assert (packages / "my-notes.txt").read_text(encoding="utf-8") == "the user's own file"
    assert sorted(p.name for p in packages.iterdir()) == [
        "my-notes.txt",
        "translate-ar_en-0_0_1-test",
    ]
    assert not list(packages.parent.glob(".briefing-*"))


# --- the operating system says no ------------------------------------------------------


def _failing_write(code: int) -> Callable[..., None]:
    def write(target: Path, content: bytes, *, replace: bool = True, durable: bool = True) -> None:
        raise OSError(code, os.strerror(code), str(target))

    return write


OS_CASES = [
    ("disk full during build", "generator.writer.atomic_write", errno.ENOSPC, ("build", "--no-translate"), "free some disk space"),
    ("read-only site_src", "generator.writer.atomic_write", errno.EROFS, ("build", "--no-translate"), "file system is read-only"),
    ("read-only seeds on new", "generator.seeds.atomic_write", errno.EROFS, ("new", "@a.txt", "--outlet", "rudaw"), "file system is read-only"),
    ("no permission on new", "generator.seeds.atomic_write", errno.EACCES, ("new", "@a.txt", "--outlet", "rudaw"), "fix the folder's permissions"),
]  # fmt: skip


@pytest.mark.parametrize("case", OS_CASES, ids=[case[0] for case in OS_CASES])
def test_operating_system_errors(case, arena, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    _, target, code_, args, message = case
    project, outside = arena
    (outside / "a.txt").write_text(BODY, encoding="utf-8")
    (project.site_src / "old.md").write_text("old", encoding="utf-8")  # a file to replace
    args = tuple(a.replace("@", f"{outside}/", 1) for a in args)
    monkeypatch.setattr(target, _failing_write(code_))
    before_seeds = snapshot(project.seeds_dir)
    code, output = run_cli(args, project, monkeypatch, capsys)
    assert code == 1 and message in output and "Traceback" not in output, output
    assert "Error: " in output
    assert snapshot(project.seeds_dir) == before_seeds
    assert (project.site_dir / "index.html").read_bytes() == PREVIOUS_SITE


# --- output that must stay inert ----------------------------------------------------------


def test_a_file_name_with_an_escape_sequence_is_shown_not_obeyed(  # type: ignore[no-untyped-def]
    arena, monkeypatch, capsys
) -> None:
    project, _ = arena
    (project.seeds_dir / "010-\x1b[2J\x1b]0;pwned\x07.txt").write_text(BODY, encoding="utf-8")
    code, output = run_cli(("check",), project, monkeypatch, capsys)
    assert code == 1
    assert "010-⟨U+001B⟩[2J⟨U+001B⟩]0;pwned⟨U+0007⟩.txt: is not a seed" in output
    assert "\x1b" not in output and "\x07" not in output


def test_pending_report_links_nothing(arena, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    project, _ = arena
    body = f"{HEADLINE}\n\nزوروا www.example.org أو https://example.org و<b>x</b> @someone.\n"
    seed_bytes(body=body)(project, Path())
    code, output = run_cli(("pending",), project, monkeypatch, capsys)
    assert code == 0, output
    assert "www&#46;example.org" in output and "www.example" not in output
    assert "https&#58;" in output and "&lt;b&gt;" in output and "&#64;someone" in output


def test_leftovers_of_a_killed_build_are_cleaned_and_site_restored(  # type: ignore[no-untyped-def]
    arena, monkeypatch, capsys
) -> None:
    project, _ = arena
    # Killed between the fallback's two renames: site/ is missing, the old one set aside.
    project.site_dir.rename(project.root / ASIDE_NAME)
    (project.root / ".site-x1y2z3").mkdir()  # a staging folder of another killed build
    (project.root / ".site-x1y2z3" / "half.html").write_text("half", encoding="utf-8")
    code, output = run_cli(("build", "--no-translate"), project, monkeypatch, capsys)
    assert code == 0, output
    # the leftovers are gone; the site/ just replaced is kept for the next build
    assert [p.name for p in project.root.glob(".site-*")] == [".site-previous"]
    assert (project.site_dir / "index.html").read_bytes() != PREVIOUS_SITE  # the new site


def test_the_sitemap_carries_no_build_date(arena, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    import gzip

    project, _ = arena
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    code, output = run_cli(("build", "--no-translate"), project, monkeypatch, capsys)
    assert code == 0, output
    sitemap = (project.site_dir / "sitemap.xml").read_bytes()
    assert b"<lastmod>" not in sitemap and b"<loc>" in sitemap
    packed = (project.site_dir / "sitemap.xml.gz").read_bytes()
    assert packed[4:8] == bytes(4)  # gzip header mtime: zero, not the build time
    assert gzip.decompress(packed) == sitemap
