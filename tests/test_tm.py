"""Translation memory: keys, precedence, merging, crash and concurrency safety."""

from __future__ import annotations

import multiprocessing
import os
from pathlib import Path

import pytest

from generator.errors import InputError
from generator.translate import tm


def _entry(ar: str, en: str, origin: str = "argos", **extra: str) -> tm.MemoryEntry:
    fields = {"model": "translate-ar_en", "model_version": "1.0"} if origin == "argos" else {}
    fields.update(extra)
    return tm.MemoryEntry(ar=ar, en=en, origin=origin, date="2026-11-21", **fields)


def test_key_ignores_diacritics_tatweel_invisible_marks_and_spacing() -> None:
    plain = "قال المتحدث إن العمليات توقفت."
    assert tm.sentence_key("قالَ المتحـدث  إنّ العمليات\u200f توقفت.") == tm.sentence_key(plain)
    assert tm.sentence_key("قال المتحدث إن العمليات استمرت.") != tm.sentence_key(plain)


def test_human_entries_win_and_the_seed_own_file_comes_first(tmp_path: Path) -> None:
    tm.add(tmp_path, "a", [_entry("جملة.", "machine a")])
    tm.add(tmp_path, "b", [_entry("جملة.", "human b", origin="human", translator="reference")])
    memory = tm.load(tmp_path)
    found = tm.lookup(memory, "a", "جملة.")
    assert found is not None and found.en == "human b"
    assert found.provenance.origin == "human" and found.provenance.translator == "reference"
    tm.add(tmp_path, "c", [_entry("أخرى.", "machine c")])
    memory = tm.load(tmp_path)
    other = tm.lookup(memory, "c", "أخرى.")
    assert other is not None and other.provenance.model == "translate-ar_en 1.0"
    assert tm.lookup(memory, "a", "غير موجودة.") is None


def test_precedence_among_many_files_for_one_sentence(tmp_path: Path) -> None:
    """Own human, else the first other human (by file), else own machine, else the first."""
    for seed, origin in (("a", "argos"), ("b", "argos"), ("c", "human"), ("d", "human")):
        extra = {"translator": "reference"} if origin == "human" else {}
        tm.add(tmp_path, seed, [_entry("جملة.", f"{origin} {seed}", origin=origin, **extra)])
    tm.add(tmp_path, "e", [_entry("أخرى.", "argos e")])
    tm.add(tmp_path, "f", [_entry("أخرى.", "argos f")])
    memory = tm.load(tmp_path)
    found = {seed: tm.lookup(memory, seed, "جملة.") for seed in "abdz"}
    assert {seed: e.en for seed, e in found.items() if e} == {
        "a": "human c", "b": "human c", "d": "human d", "z": "human c"
    }  # fmt: skip
    assert [tm.lookup(memory, s, "أخرى.").en for s in "efz"] == ["argos e", "argos f", "argos e"]  # type: ignore[union-attr]


def test_machine_output_never_replaces_a_human_entry(tmp_path: Path) -> None:
    tm.add(tmp_path, "a", [_entry("جملة.", "human", origin="human", translator="reference")])
    tm.add(tmp_path, "a", [_entry("جملة.", "machine")], replace=True)
    tm.add(tmp_path, "a", [_entry("ثانية.", "old machine")])
    tm.add(tmp_path, "a", [_entry("ثانية.", "ignored machine")])
    memory = tm.load(tmp_path)
    assert tm.lookup(memory, "a", "جملة.").en == "human"  # type: ignore[union-attr]
    assert tm.lookup(memory, "a", "ثانية.").en == "old machine"  # type: ignore[union-attr]
    tm.add(tmp_path, "a", [_entry("ثانية.", "retranslated")], replace=True)
    assert tm.lookup(tm.load(tmp_path), "a", "ثانية.").en == "retranslated"  # type: ignore[union-attr]


def test_file_is_sorted_readable_and_round_trips(tmp_path: Path) -> None:
    tm.add(tmp_path, "a", [_entry("باء.", "B"), _entry("ألف.", "A")])
    text = (tmp_path / "tm" / "a.yaml").read_text(encoding="utf-8")
    keys = [line[:-1] for line in text.splitlines() if line and line[0] not in "# "]
    assert keys == sorted(keys) and len(keys) == 2
    assert "ar: باء." in text  # Arabic stays readable, not \u-escaped
    before = text
    tm.add(tmp_path, "a", [])
    assert (tmp_path / "tm" / "a.yaml").read_text(encoding="utf-8") == before


def test_invalid_file_is_reported_with_line(tmp_path: Path) -> None:
    folder = tmp_path / "tm"
    folder.mkdir()
    (folder / "a.yaml").write_text("k1:\n  ar: x\n  en: y\n  origin: robot\n  date: x\n")
    with pytest.raises(InputError) as caught:
        tm.load(tmp_path)
    assert str(caught.value.problems[0]) == (
        f"{folder / 'a.yaml'}:1: k1: 'origin' must be human or argos"
    )


def test_interrupted_write_keeps_the_previous_file(tmp_path: Path, monkeypatch) -> None:
    tm.add(tmp_path, "a", [_entry("أولى.", "first")])
    before = (tmp_path / "tm" / "a.yaml").read_bytes()

    def crash(*_args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(KeyboardInterrupt):
        tm.add(tmp_path, "a", [_entry("ثانية.", "second")])
    assert (tmp_path / "tm" / "a.yaml").read_bytes() == before
    assert [p.name for p in (tmp_path / "tm").iterdir() if p.suffix == ".tmp"] == []


def _add_many(args: tuple[str, int]) -> None:
    folder, worker = args
    for i in range(15):
        tm.add(Path(folder), "shared", [_entry(f"جملة {worker} رقم {i}.", f"w{worker} {i}")])


def test_two_writers_at_once_keep_every_entry(tmp_path: Path) -> None:
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        pool.map(_add_many, [(str(tmp_path), 1), (str(tmp_path), 2)])
    assert len(tm.load(tmp_path)["shared"]) == 30


def test_an_entry_under_another_sentence_key_is_a_problem(tmp_path: Path) -> None:
    """Else the English of one sentence would be published, as human, for another."""
    tm.add(tmp_path, "a", [_entry("جملة أولى.", "first", origin="human", translator="x")])
    path = tm.tm_dir(tmp_path) / "a.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace(tm.sentence_key("جملة أولى."), tm.sentence_key("ثانية.")))
    with pytest.raises(InputError) as caught:
        tm.load(tmp_path)
    problem = caught.value.problems[0]
    assert problem.line == 5 and "does not match its 'ar'" in problem.message
