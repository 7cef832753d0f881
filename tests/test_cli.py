"""The `briefing` command as people run it: exit codes, messages, no tracebacks."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from generator.build import Project
from tests.conftest import write_seed


def run(project: Project, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        cwd=project.root,
        capture_output=True,
        text=True,
        check=False,
        env={
            "NO_MKDOCS_2_WARNING": "1",
            "PATH": "/usr/bin:/bin",
            "ARGOS_PACKAGES_DIR": os.environ["ARGOS_PACKAGES_DIR"],  # see conftest
        },
    )


def test_check_passes_on_the_founding_seeds(project: Project) -> None:
    result = run(project, "check")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "5 seeds OK."


def test_check_lists_every_problem_with_file_and_line(project: Project) -> None:
    write_seed(project.seeds_dir, "bad-one", "نص.\n", colour="red")
    broken = project.seeds_dir / "bad-two.md"
    broken.write_text("---\nid: bad-two\noutlet: [x\n---\nنص\n", encoding="utf-8")
    result = run(project, "check")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "seeds/bad-one.md:5: colour: unknown key" in result.stderr
    assert "seeds/bad-two.md:4: is not valid YAML front matter" in result.stderr
    assert result.stderr.startswith("Error: 2 problems in the input:")


def test_check_finds_leftover_memory_and_undocumented_seeds(project: Project) -> None:
    (project.seeds_dir / "tm" / "077-deleted.yaml").write_text("{}\n", encoding="utf-8")
    write_seed(project.seeds_dir, "078-new", "عنوان\nنص الخبر.\n", outlet="rudaw")
    result = run(project, "check")
    assert result.returncode == 1
    assert "seeds/tm/077-deleted.yaml: belongs to no seed" in result.stderr
    assert "seeds/SOURCES.md: no section for seed 078-new" in result.stderr


def test_new_then_build_shows_the_article_pending_and_strict_fails(
    project: Project, tmp_path: Path
) -> None:
    raw = tmp_path / "raw.txt"
    raw.write_text(
        "عنوان خبر جديد عن الدوريات\nقال المتحدث إن الدوريات استؤنفت.\n", encoding="utf-8"
    )
    result = run(project, "new", str(raw), "--outlet", "rudaw", "--published", "2023-01-05")
    assert result.returncode == 0, result.stderr
    path = project.root / result.stdout.strip()
    assert path.parent == project.seeds_dir and path.name.startswith("005-")

    built = run(project, "build")
    assert built.returncode == 0, built.stderr
    assert "6 articles, 5 events, 75 sentences, 2 pending translations" in built.stdout
    page = project.site_dir / "sources" / path.stem / "index.html"
    assert "Translation pending" in page.read_text(encoding="utf-8")

    strict = run(project, "build", "--strict")
    assert strict.returncode == 1
    assert "--strict: 2 pending translations" in strict.stderr
    assert "Traceback" not in strict.stderr


def test_new_warns_at_once_about_a_page_with_no_report(project: Project, tmp_path: Path) -> None:
    """A stored copy that is only other stories' headlines is kept (nothing the contributor
    gave is lost) but named now, not first by the next build."""
    raw = tmp_path / "sidebar.txt"
    headlines = (
        "الرئيسية",
        "أخبار سوريا",
        "قسد تعلن القبض على خلية لداعش في دير الزور",
        "مقتل ثلاثة مدنيين بقصف تركي على ريف الحسكة",
        "التحالف الدولي ينفذ إنزالاً جوياً شرق سوريا",
    )
    raw.write_text("\n".join(headlines) + "\n", encoding="utf-8")
    result = run(project, "new", str(raw), "--outlet", "unknown")
    assert result.returncode == 0, result.stderr
    path = result.stdout.strip()
    assert (project.root / path).is_file()
    assert f"warning: {path}: holds no report" in result.stderr
    assert "'briefing build' stops on it" in result.stderr


def test_new_with_a_bad_date_says_what_to_fix(project: Project, tmp_path: Path) -> None:
    raw = tmp_path / "raw.txt"
    raw.write_text("نص\n", encoding="utf-8")
    result = run(project, "new", str(raw), "--outlet", "x", "--published", "05/01/2023")
    assert result.returncode == 1
    assert "--published: expected a real date as YYYY-MM-DD" in result.stderr
    assert "Traceback" not in result.stderr


def test_outside_a_project_the_message_says_where_to_run(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "generator", "check"],
        cwd=tmp_path, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 1
    assert "no mkdocs.yml in " in result.stderr and "briefing init DIR" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_seed_without_arabic_text_is_reported_with_its_file(project: Project) -> None:
    write_seed(project.seeds_dir, "010-english", "• Monday, 1 January 2024\nlogo\nTop\n")
    result = run(project, "check")
    assert result.returncode == 1
    assert "seeds/010-english.md:6: has no Arabic article text" in result.stderr


def test_dash_h_is_help_everywhere(project: Project) -> None:
    for args in (("-h",), ("new", "-h"), ("event", "new", "-h")):
        result = run(project, *args)
        assert result.returncode == 0 and result.stdout.startswith("Usage: "), args
        assert "--help" in result.stdout and "-h" in result.stdout, args


def test_the_program_runs_exit_handlers_and_keeps_exit_codes(tmp_path: Path) -> None:
    # `entry` ends the process without Python's teardown (cli._exit_now): the exit
    # handlers must still run, buffered output still arrive, and codes stay sys.exit's.
    script = (
        "import atexit, sys\n"
        "from generator import cli\n"
        "atexit.register(lambda: print('handler ran'))\n"
        "print('buffered', end='')\n"
        "cli.main = lambda: sys.exit(sys.argv[1] if sys.argv[1] != '3' else 3)\n"
        "cli.entry()\n"
        "print('not reached')\n"
    )
    for argument, code in (("3", 3), ("a message", 1)):
        result = subprocess.run(
            [sys.executable, "-c", script, argument],
            cwd=tmp_path, capture_output=True, text=True, check=False,
        )  # fmt: skip
        assert result.returncode == code, result.stderr
        assert result.stdout == "bufferedhandler ran\n"
        assert result.stderr == ("a message\n" if code == 1 else "")


def test_the_installed_program_is_the_entry_with_the_quick_exit() -> None:
    import tomllib

    project = tomllib.loads((Path(__file__).parents[1] / "pyproject.toml").read_text())
    assert project["project"]["scripts"]["briefing"] == "generator.cli:entry"
