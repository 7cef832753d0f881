"""Issue 3 end to end: a tiny genuine Argos package through the real CLI and build.

The tiny model's output is noise, so these tests assert plumbing (which sentences reach
the model, what the TM records, how pages label provenance), never English wording.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from generator import build, glossary
from generator.build import Project
from generator.translate import argos, names, tm
from tests import sitecheck
from tests.conftest import FOUNDING_SEEDS


def run(project: Project, packages: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(packages.parent),
        "ARGOS_PACKAGES_DIR": str(packages),
        "NO_MKDOCS_2_WARNING": "1",
    }
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        cwd=project.root, capture_output=True, text=True, env=env, check=False,
    )  # fmt: skip


@pytest.fixture
def packages(tmp_path: Path) -> Path:
    folder = tmp_path / "argos-packages"
    folder.mkdir()
    return folder


def _tm_files(project: Project) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(tm.tm_dir(project.seeds_dir).glob("*.yaml"))}


def test_new_seed_is_the_only_thing_sent_to_the_model(
    project: Project, packages: Path, package_file: Path, tmp_path: Path
) -> None:
    installed = run(project, packages, "model", "install", "--file", str(package_file))
    assert installed.returncode == 0, installed.stderr
    assert "Installed translate-ar_en 0.0.1-test" in installed.stdout
    status = run(project, packages, "model", "status")
    assert status.returncode == 0 and "translate-ar_en 0.0.1-test" in status.stdout

    before = _tm_files(project)
    raw = tmp_path / "raw.txt"
    raw.write_text(
        "عنوان: قسد تعلن استئناف الدوريات\nقال مظلوم عبدي إن قسد استأنفت الدوريات. "
        "وأضاف أن التحالف الدولي يدعم ذلك.\n",
        encoding="utf-8",
    )
    new = run(project, packages, "new", str(raw), "--outlet", "rudaw", "--published", "2023-01-05")
    seed_id = Path(new.stdout.strip()).stem

    built = run(project, packages, "build", "--strict")
    assert built.returncode == 0, built.stderr
    assert "0 pending translations (3 translated now)" in built.stdout

    after = _tm_files(project)
    assert set(after) - set(before) == {f"{seed_id}.yaml"}
    assert {name: after[name] for name in before} == before  # no other TM file touched
    entries = yaml.safe_load(after[f"{seed_id}.yaml"])
    assert len(entries) == 3
    for entry in entries.values():
        assert entry["origin"] == "argos"
        assert entry["model"] == "translate-ar_en" and entry["model_version"] == "0.0.1-test"

    page = sitecheck.text_of(project.site_dir / "sources" / seed_id / "index.html")
    assert page.count("Machine translation by Argos Translate · translate-ar_en 0.0.1-test") == 3

    again = run(project, packages, "build")
    assert "translated now" not in again.stdout  # incremental: nothing left for the model
    assert _tm_files(project) == after


def test_translate_command_seed_filter_and_retranslate_keep_human_entries(
    project: Project, packages: Path, package_file: Path
) -> None:
    run(project, packages, "model", "install", "--file", str(package_file))
    seed = next(project.seeds_dir.glob("000-*.md"))
    seed.write_text(seed.read_text(encoding="utf-8") + "\nجملة جديدة في آخر المقال.\n", "utf-8")
    human_before = _tm_files(project)

    result = run(project, packages, "translate", "--seed", seed.stem)
    assert result.returncode == 0, result.stderr
    assert "Translated 1 of" in result.stdout
    memory = tm.load(project.seeds_dir)
    added = tm.lookup(memory, seed.stem, "جملة جديدة في آخر المقال.")
    assert added is not None and added.origin == "argos"

    again = run(project, packages, "translate", "--retranslate", "--seed", seed.stem)
    assert "Translated 1 of" in again.stdout  # human entries are never redone
    others = {k: v for k, v in _tm_files(project).items() if not k.startswith("000-")}
    assert others == {k: v for k, v in human_before.items() if not k.startswith("000-")}

    unknown = run(project, packages, "translate", "--seed", "no-such-seed")
    assert unknown.returncode == 1 and "no seed with id no-such-seed" in unknown.stderr


def test_without_a_model_translate_explains_how_to_install(
    project: Project, packages: Path
) -> None:
    result = run(project, packages, "translate")
    assert result.returncode == 1
    assert "briefing model install" in result.stderr and "Traceback" not in result.stderr


def test_model_install_offline_fails_fast_with_a_clear_message(
    project: Project, packages: Path
) -> None:
    result = run(
        project, packages, "model", "install", "--index", "http://127.0.0.1:9/index.json",
        "--timeout", "2",
    )  # fmt: skip
    assert result.returncode == 1
    assert "http://127.0.0.1:9/index.json" in result.stderr
    assert "--file" in result.stderr and "Traceback" not in result.stderr


def test_interrupted_translation_keeps_finished_chunks(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A crash in the second chunk leaves the first chunk's entries in the TM."""
    from generator import translate

    class Flaky:
        name, version = "fake-engine", "1"
        calls = 0

        def translate(self, sentences, *, progress=None):  # type: ignore[no-untyped-def]
            self.calls += 1
            if self.calls == 2:
                raise KeyboardInterrupt
            return [f"output {i}" for i in range(len(sentences))]

    monkeypatch.setattr(translate, "CHUNK", 2)
    for path in tm.tm_dir(project.seeds_dir).glob("*.yaml"):
        path.unlink()
    articles = build.read_articles(project)
    with pytest.raises(KeyboardInterrupt):
        build.fill_memory(project, articles, {}, Flaky())
    memory = tm.load(project.seeds_dir)
    assert sum(len(entries) for entries in memory.values()) == 2


def _glossary_cases() -> list[tuple[str, str]]:
    mapping = names.name_map(glossary.load(FOUNDING_SEEDS).values())
    return sorted(mapping.items())


@pytest.fixture(scope="module")
def translator(tmp_path_factory: pytest.TempPathFactory, package_file: Path):  # type: ignore[no-untyped-def]
    folder = tmp_path_factory.mktemp("names-packages")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("ARGOS_PACKAGES_DIR", str(folder))
        yield argos.ArgosTranslator(argos.install_from_file(package_file))


@pytest.mark.parametrize(("form", "english"), _glossary_cases())
def test_every_glossary_name_survives_machine_translation(
    translator: argos.ArgosTranslator, form: str, english: str
) -> None:
    mapping = names.name_map(glossary.load(FOUNDING_SEEDS).values())
    sentence = f"وقال المتحدث إن {form} أعلن عن اجتماع جديد."
    [output] = translator.translate([sentence], beam_size=1, names=mapping)
    assert english in output
    assert "__" not in output


def test_glossary_name_map_covers_every_person_and_place() -> None:
    entries = glossary.load(FOUNDING_SEEDS).values()
    mapped = set(names.name_map(entries).values())
    for entry in entries:
        if entry.type in ("person", "place"):
            assert entry.name["en"] in mapped or (entry.short and entry.short["en"] in mapped)


def test_build_no_translate_is_honoured_even_with_a_model_installed(
    project: Project, packages: Path, package_file: Path, tmp_path: Path
) -> None:
    """The MkDocs plugin must not translate behind `briefing build --no-translate`'s back."""
    run(project, packages, "model", "install", "--file", str(package_file))
    raw = tmp_path / "raw.txt"
    raw.write_text(
        "عنوان خبر عن الدوريات اليوم\nقال المتحدث إن الدوريات استؤنفت.\n", encoding="utf-8"
    )
    run(project, packages, "new", str(raw), "--outlet", "rudaw", "--published", "2023-01-05")
    before = _tm_files(project)
    built = run(project, packages, "build", "--no-translate")
    assert built.returncode == 0, built.stderr
    assert "2 pending translations" in built.stdout
    assert _tm_files(project) == before


def test_an_empty_model_output_leaves_the_sentence_pending(project: Project) -> None:
    class Silent:
        name, version = "fake-engine", "1"

        def translate(self, sentences, *, progress=None):  # type: ignore[no-untyped-def]
            return ["" if i % 2 else "text" for i in range(len(sentences))]

    for path in tm.tm_dir(project.seeds_dir).glob("*.yaml"):
        path.unlink()
    articles = build.read_articles(project)
    saved = build.fill_memory(project, articles, {}, Silent())
    total = sum(len({tm.sentence_key(s.ar) for s in a.sentences}) for a in articles)
    memory = tm.load(project.seeds_dir)  # still valid: no blank entries were written
    assert saved == sum(len(entries) for entries in memory.values()) < total


def test_a_translate_without_ray_never_imports_ray(
    project: Project, packages: Path, package_file: Path
) -> None:
    """Ray is an optional extra: without --ray it is not even imported (issue 15)."""
    run(project, packages, "model", "install", "--file", str(package_file))
    seed = next(project.seeds_dir.glob("000-*.md"))
    seed.write_text(seed.read_text(encoding="utf-8") + "\nجملة جديدة في آخر المقال.\n", "utf-8")
    env = {"PATH": os.environ.get("PATH", ""), "ARGOS_PACKAGES_DIR": str(packages)}
    # -X importtime lists every module the command imports, on stderr.
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "generator", "translate"],
        cwd=project.root, capture_output=True, text=True, env=env, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Translated 1 of" in result.stdout
    imported = [line.rsplit("|", 1)[-1].strip() for line in result.stderr.splitlines()]
    assert "ctranslate2" in imported  # the listing works, and the model ran
    assert not [name for name in imported if name == "ray" or name.startswith("ray.")]


@pytest.mark.parametrize("command", ["translate", "build"])
def test_cuda_without_a_gpu_is_one_line(
    project: Project,
    command: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    import ctranslate2

    from generator import cli

    monkeypatch.setattr(ctranslate2, "get_cuda_device_count", lambda: 0)
    monkeypatch.setenv("BRIEFING_PROJECT", str(project.root))
    monkeypatch.setattr(sys, "argv", ["briefing", command, "--device", "cuda"])
    with pytest.raises(SystemExit) as exit_:
        cli.main()
    assert exit_.value.code == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "no CUDA device" in err and "--device cpu" in err


def test_device_and_compute_type_reach_ctranslate2(
    package_file: Path, packages: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import ctranslate2

    from generator.translate.engine import ArgosEngine, Decoding

    seen: dict[str, object] = {}
    real = ctranslate2.Translator

    def spy(path: str, **options: object) -> object:
        seen.update(options)
        return real(path, **options)

    monkeypatch.setattr(ctranslate2, "Translator", spy)
    model = argos.install_from_file(package_file)
    engine = ArgosEngine(model, {}, Decoding(device="auto", compute_type="int8", threads=1))
    assert len(engine.translate(["قال المتحدث إن الدوريات استؤنفت."])) == 1
    expected = "cuda" if ctranslate2.get_cuda_device_count() else "cpu"
    assert seen["device"] == expected and seen["compute_type"] == "int8"

    monkeypatch.setattr(ctranslate2, "get_supported_compute_types", lambda device: {"float32"})
    unsupported = ArgosEngine(model, {}, Decoding(compute_type="int8"))
    with pytest.raises(argos.ArgosError, match="--compute-type int8 is not supported on cpu"):
        unsupported.translate(["جملة"])
