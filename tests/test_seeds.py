"""Seed front matter: every problem reported with file, line, key and the fix."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import seeds
from generator.errors import InputError
from tests.conftest import FOUNDING_SEEDS, SHARED_SEEDS, write_seed


def _problems(path: Path) -> list[str]:
    seed, problems = seeds.read_seed(path)
    assert seed is None
    return [str(p) for p in problems]


def test_valid_seed_reads(tmp_path: Path) -> None:
    path = write_seed(
        tmp_path,
        "005-x",
        "عنوان\nنص.\n",
        published="2022-12-02",
        url="https://example.org/a",
        event="my-event",
        title="عنوان",
    )
    seed, problems = seeds.read_seed(path)
    assert problems == []
    assert seed is not None
    assert seed.meta.published is not None and seed.meta.published.isoformat() == "2022-12-02"
    assert seed.meta.event == "my-event"
    assert seed.body == "عنوان\nنص.\n"
    assert seed.body_line == 10


def test_unknown_key_is_rejected_with_its_line_and_a_suggestion(tmp_path: Path) -> None:
    path = write_seed(tmp_path, "a", "نص.\n", publshed="2022-01-01")
    assert _problems(path) == [f"{path}:5: publshed: unknown key; did you mean 'published'?"]


def test_every_problem_is_listed(tmp_path: Path) -> None:
    path = tmp_path / "bad-seed.md"
    path.write_text(
        "---\nid: other\noutlet: ''\nlanguage: en\npublished: 2022-13-01\nurl: ftp://x\n---\nنص\n",
        encoding="utf-8",
    )
    problems = _problems(path)
    assert problems == [
        f"{path}:3: outlet: expected non-empty text",
        f"{path}:4: language: expected 'ar' (only Arabic articles are supported)",
        f"{path}:6: url: expected an http:// or https:// address, or leave the key out",
        f"{path}:5: published: expected a real date as YYYY-MM-DD, or leave the key out if unknown",
        f"{path}:2: id: must equal the file name 'bad-seed'",
    ]


def test_missing_required_keys_point_at_the_closing_fence(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text("---\nid: a\n---\nنص\n", encoding="utf-8")
    assert _problems(path) == [
        f"{path}:3: outlet: is required but missing",
        f"{path}:3: language: is required but missing",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("نص بلا ترويسة\n", ":1: must start with a '---' line opening the YAML front matter"),
        ("---\nid: a\n", ":1: front matter is not closed: add a '---' line after it"),
        ("---\nid: a\noutlet: [x\n---\nنص\n", ":4: is not valid YAML front matter"),
        ("---\n- a\n---\nنص\n", ":2: front matter must be 'key: value' lines"),
        ("---\nid: a\noutlet: x\nlanguage: ar\n---\n\n", ":6: has no article text"),
    ],
)
def test_broken_files_name_the_line(tmp_path: Path, text: str, expected: str) -> None:
    path = tmp_path / "a.md"
    path.write_text(text, encoding="utf-8")
    problems = _problems(path)
    assert len(problems) == 1
    assert problems[0].startswith(f"{path}{expected}")


def test_non_utf8_file_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_bytes(b"---\nid: a\n\xff\n---\n")
    assert _problems(path) == [f"{path}:3: is not valid UTF-8; save the file as UTF-8"]


def test_load_seeds_collects_problems_of_all_files(tmp_path: Path) -> None:
    write_seed(tmp_path, "a", "نص.\n", colour="red")
    write_seed(tmp_path, "b", "نص.\n", published="yesterday")
    (tmp_path / "README.md").write_text("notes, not a seed\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        seeds.load_seeds(tmp_path)
    assert [p.path.name for p in caught.value.problems] == ["a.md", "b.md"]


def test_new_seed_writes_a_valid_seed_and_never_overwrites(tmp_path: Path) -> None:
    raw = tmp_path / "raw.txt"
    raw.write_bytes("عنوان الخبر\nنص الخبر.".encode())
    seeds_dir = tmp_path / "seeds"
    path = seeds.new_seed(
        seeds_dir, raw, outlet="rudaw", published="2019-11-12", url="https://example.org/x"
    )
    seed, problems = seeds.read_seed(path)
    assert problems == [] and seed is not None
    assert seed.meta.id.startswith("000-") and seed.meta.id == path.stem
    assert seed.meta.published is not None and seed.meta.published.isoformat() == "2019-11-12"
    assert seed.body == "عنوان الخبر\nنص الخبر.\n"
    with pytest.raises(InputError, match="already imported"):
        seeds.new_seed(seeds_dir, raw, outlet="rudaw")
    other = tmp_path / "other.txt"
    other.write_text("خبر آخر\n", encoding="utf-8")
    assert seeds.new_seed(seeds_dir, other, outlet="x").stem.startswith("001-")


def test_new_seed_rejects_bad_options_before_writing(tmp_path: Path) -> None:
    raw = tmp_path / "raw.txt"
    raw.write_text("نص\n", encoding="utf-8")
    with pytest.raises(InputError, match="--published: expected a real date"):
        seeds.new_seed(tmp_path / "seeds", raw, outlet="x", published="2019-02-30")
    assert not list((tmp_path / "seeds").glob("*.md")) if (tmp_path / "seeds").exists() else True


@pytest.mark.skipif(not SHARED_SEEDS.is_dir(), reason="../shared/seeds is not beside the repo")
def test_founding_seed_bodies_are_byte_identical_to_the_shared_files() -> None:
    shared = sorted(SHARED_SEEDS.glob("*.txt"))
    assert len(shared) == 5
    for source in shared:
        seed, problems = seeds.read_seed(FOUNDING_SEEDS / f"{source.stem.replace('_', '-')}.md")
        assert seed is not None, problems
        assert seed.body.encode("utf-8") == source.read_bytes()
