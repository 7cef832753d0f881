"""The Argos engine, run end to end with a tiny but genuine Argos package.

The package's weights are random, so its English is noise: these tests check plumbing
(installing, batching, ordering, prefixes, names, downloads), never wording.
"""

from __future__ import annotations

import itertools
import math
import re
import time
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest

from generator.translate.argos import (
    INDEX_URL_ENV,
    LENGTH_BUCKET,
    ArgosError,
    ArgosTranslator,
    InstalledModel,
    find_installed,
    install_from_file,
    install_from_index,
)
from tests.tiny_argos import build_tiny_package, closed_port_url, serve_index, silent_server

ROOT = Path(__file__).resolve().parents[1]
NAMES = {
    "قسد": "SDF",
    "قوات سوريا الديمقراطية": "Syrian Democratic Forces",
    "مظلوم عبدي": "Mazloum Abdi",
    "التحالف الدولي": "International Coalition",
}


@pytest.fixture(scope="session")
def sentences(corpus: str) -> list[str]:
    parts = re.split(r"(?<=[.!؟?؛])\s+|\n+", corpus)
    return [p.strip() for p in parts if re.search(r"[\u0621-\u064a]", p)][:70]


@pytest.fixture(scope="session")
def prefix_package_file(tmp_path_factory: pytest.TempPathFactory, corpus: str) -> Path:
    return build_tiny_package(
        tmp_path_factory.mktemp("pkg"), corpus, version="0.0.2-test", target_prefix="__en__"
    )


@pytest.fixture(scope="session")
def installed(tmp_path_factory: pytest.TempPathFactory, package_file: Path) -> InstalledModel:
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("ARGOS_PACKAGES_DIR", str(tmp_path_factory.mktemp("argos-packages")))
        return install_from_file(package_file)


@pytest.fixture(scope="session")
def translator(installed: InstalledModel) -> ArgosTranslator:
    return ArgosTranslator(installed, threads=1)


@pytest.fixture
def packages(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty packages folder named by ARGOS_PACKAGES_DIR for this test only."""
    folder = tmp_path / "packages"
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(folder))
    monkeypatch.delenv(INDEX_URL_ENV, raising=False)
    return folder


class Recorder:
    """Stands in for ctranslate2.Translator: records each call, delegates or scripts results."""

    def __init__(self, real: object = None, answer: Callable[[list[str]], list[str]] = list):
        self.real, self.answer, self.calls = real, answer, []

    def translate_batch(self, source: list[list[str]], **options: object) -> list[object]:
        self.calls.append((source, options))
        if self.real is not None:
            return self.real.translate_batch(source, **options)
        prefix = options.get("target_prefix")
        return [
            SimpleNamespace(hypotheses=[(prefix[0] if prefix else []) + self.answer(s)])
            for s in source
        ]


@pytest.fixture
def spy(translator: ArgosTranslator, monkeypatch: pytest.MonkeyPatch) -> Recorder:
    recorder = Recorder(translator._translator)
    monkeypatch.setattr(translator, "_translator", recorder)
    return recorder


def _empty(folder: Path) -> bool:
    return not folder.exists() or not any(folder.iterdir())


def _pieces_text(pieces: list[str]) -> str:
    return "".join(pieces).replace("▁", " ").strip()


# --- installing ---------------------------------------------------------------------------


def test_install_from_file_then_find_installed(packages: Path, package_file: Path) -> None:
    assert find_installed() is None
    model = install_from_file(package_file)
    assert model == InstalledModel(
        code="translate-ar_en",
        name="translate-ar_en",
        version="0.0.1-test",
        path=packages / "translate-ar_en-0_0_1-test",
    )
    assert model.label == "translate-ar_en 0.0.1-test"
    assert find_installed() == model
    assert find_installed("en", "ar") is None
    # Installing again replaces the copy in place.
    assert install_from_file(package_file) == model
    assert [p.name for p in packages.iterdir()] == [model.path.name]


def test_packages_dir_is_read_when_called(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, package_file: Path
) -> None:
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(tmp_path / "a"))
    model = install_from_file(package_file)
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(tmp_path / "b"))
    assert find_installed() is None
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(tmp_path / "a"))
    assert find_installed() == model


def test_highest_installed_version_wins(
    packages: Path, package_file: Path, prefix_package_file: Path
) -> None:
    install_from_file(prefix_package_file)  # 0.0.2-test
    install_from_file(package_file)  # 0.0.1-test
    found = find_installed()
    assert found is not None and found.version == "0.0.2-test"


def test_non_zip_file_is_rejected(packages: Path, tmp_path: Path) -> None:
    bogus = tmp_path / "bogus.argosmodel"
    bogus.write_text("not a zip archive")
    with pytest.raises(ArgosError, match=r"bogus\.argosmodel") as caught:
        install_from_file(bogus)
    assert "zip" in str(caught.value)
    assert _empty(packages)


def test_missing_file_is_rejected(packages: Path, tmp_path: Path) -> None:
    with pytest.raises(ArgosError, match=r"nowhere\.argosmodel: file not found"):
        install_from_file(tmp_path / "nowhere.argosmodel")


def test_zip_that_is_not_a_package_is_rejected(packages: Path, tmp_path: Path) -> None:
    archive = tmp_path / "photos.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("holiday/photo.jpg", b"\xff\xd8")
    with pytest.raises(ArgosError, match=r"photos\.zip lacks metadata\.json"):
        install_from_file(archive)
    assert _empty(packages)


def test_files_outside_one_folder_are_rejected(packages: Path, tmp_path: Path) -> None:
    archive = tmp_path / "flat.argosmodel"
    with zipfile.ZipFile(archive, "w") as zf:
        for name in ("metadata.json", "sentencepiece.model", "model/model.bin"):
            zf.writestr(name, "{}")
    with pytest.raises(ArgosError, match=r"flat\.argosmodel does not hold exactly one folder"):
        install_from_file(archive)
    assert _empty(packages)


def test_damaged_package_is_rejected(packages: Path, tmp_path: Path, package_file: Path) -> None:
    data = bytearray(package_file.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 64] = bytes(64)  # corrupt compressed data, keep the zip index
    damaged = tmp_path / "damaged.argosmodel"
    damaged.write_bytes(bytes(data))
    with pytest.raises(ArgosError, match=r"damaged\.argosmodel is damaged"):
        install_from_file(damaged)
    assert _empty(packages)


def test_package_for_another_pair_is_rejected(packages: Path, tmp_path: Path, corpus: str) -> None:
    en_ar = build_tiny_package(
        tmp_path, corpus, name="translate-en_ar", from_code="en", to_code="ar"
    )
    with pytest.raises(ArgosError, match=r"translates en→ar.*\(ar→en\)"):
        install_from_file(en_ar)
    assert _empty(packages)


def test_broken_installation_gives_a_clear_error(tmp_path: Path) -> None:
    ghost = InstalledModel("translate-ar_en", "translate-ar_en", "1.0", tmp_path / "gone")
    with pytest.raises(ArgosError, match=r"Cannot load the Argos model translate-ar_en 1\.0"):
        ArgosTranslator(ghost)


# --- translating --------------------------------------------------------------------------


def test_translate_batches_by_length_and_keeps_order(
    translator: ArgosTranslator, spy: Recorder, sentences: list[str]
) -> None:
    done: list[int] = []
    english = translator.translate(sentences, batch_size=16, beam_size=2, progress=done.append)

    assert len(english) == len(sentences) and all(isinstance(e, str) for e in english)
    lengths = [len(tokens) for source, _ in spy.calls for tokens in source]
    assert lengths == sorted(lengths) and len(lengths) == len(sentences)
    # One length cap per batch, the members' own (bucketed) cap: a batch is full unless
    # the next sentence needs another cap.
    caps = [o["max_decoding_length"] for _, o in spy.calls]
    for (source, _), cap in zip(spy.calls, caps, strict=True):
        assert {translator._batches([0], [tokens], 16)[0][1] for tokens in source} == {cap}
    for k in range(len(caps) - 1):
        assert len(spy.calls[k][0]) == 16 or caps[k] != caps[k + 1]
    assert len(spy.calls) <= math.ceil(len(sentences) / 16) + len(set(caps))
    assert {o["max_batch_size"] for _, o in spy.calls} == {16}
    assert {o["beam_size"] for _, o in spy.calls} == {2}
    assert done == list(itertools.accumulate(len(source) for source, _ in spy.calls))


def test_results_return_to_input_order(
    translator: ArgosTranslator, monkeypatch: pytest.MonkeyPatch
) -> None:
    # An echoing model makes each output recognisable as its own input.
    monkeypatch.setattr(translator, "_translator", Recorder())
    sentences = [
        "قال المتحدث باسم التحالف إن الدوريات استؤنفت أمس في ريف الحسكة.",
        "نعم.",
        "",
        "لا شيء",
    ]
    assert translator.translate(sentences, batch_size=2) == sentences


def test_empty_input(translator: ArgosTranslator, spy: Recorder) -> None:
    assert translator.translate([]) == []
    assert translator.translate(["", "  "]) == ["", ""]
    assert spy.calls == []


def test_decoding_length_is_capped(translator: ArgosTranslator, spy: Recorder) -> None:
    translator.translate(["قالت قوات سوريا الديمقراطية إنها استأنفت العمل."])
    translator.translate(["نعم."], max_decoding_length=7)
    (source, first), (_, second) = spy.calls
    # Twice the source length plus 10, the length rounded up to a bucket of 16 tokens.
    bucketed = -(-len(source[0]) // LENGTH_BUCKET) * LENGTH_BUCKET
    assert first["max_decoding_length"] == 2 * bucketed + 10
    assert second["max_decoding_length"] == 7


def test_target_prefix_is_sent_and_stripped(
    packages: Path, prefix_package_file: Path, sentences: list[str]
) -> None:
    engine = ArgosTranslator(install_from_file(prefix_package_file), threads=1)
    spy = Recorder(engine._translator)
    engine._translator = spy
    english = engine.translate(sentences[:5])
    assert len(english) == 5
    for source, options in spy.calls:
        assert options["target_prefix"] == [["__en__"]] * len(source)
    assert not any(e.startswith(("__en__", "en ")) for e in english)

    engine._translator = Recorder()  # echo: output must be the input, prefix gone
    assert engine.translate(["قالت قسد."]) == ["قالت قسد."]


# --- names --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("قالت قسد إن الدوريات مستمرة.", "SDF"),
        ("وقسد لم ترد على الاتهامات.", "SDF"),
        ("ونقل عن مسؤول لقسد قوله إن العمل مستمر.", "SDF"),
        ("أعلنت قوات سوريا الديمقراطية استئناف التعاون.", "Syrian Democratic Forces"),
        ("وأعلنت قوّات سوريــا الديمقراطيّة ذلك أمس.", "Syrian Democratic Forces"),
        ("وكتب مظلوم عبدي على تويتر.", "Mazloum Abdi"),
        ("وقال إن التحالف الدولي استأنف الدوريات.", "International Coalition"),
        ("وقدم الشكر للتحالف الدولي على دعمه.", "International Coalition"),
        ("والتحالف الدولي بقيادة واشنطن.", "International Coalition"),
    ],
)
def test_names_use_the_english_name(
    translator: ArgosTranslator, spy: Recorder, sentence: str, expected: str
) -> None:
    [english] = translator.translate([sentence], names=NAMES)
    assert expected in english
    assert not re.search(r"⟦|__|\[\[|\{\{", english)  # no placeholder artefacts
    # The model never saw the Arabic form, only the English name (clitics kept apart).
    [(source, _)] = spy.calls
    seen = _pieces_text(source[0])
    assert expected in seen
    assert not any(form in seen for form in NAMES if NAMES[form] == expected)


def test_names_in_one_sentence_all_survive(translator: ArgosTranslator) -> None:
    sentence = "وكتب مظلوم عبدي أن قسد والتحالف الدولي يستأنفان العمل."
    [english] = translator.translate([sentence], names=NAMES)
    for name in ("Mazloum Abdi", "SDF", "International Coalition"):
        assert name in english


def test_longest_form_wins_and_clitic_is_kept(
    translator: ArgosTranslator, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(translator, "_translator", Recorder())  # echo the protected source
    names = {**NAMES, "سوريا": "Syria"}
    [out] = translator.translate(["ولقوات سوريا الديمقراطية في سوريا."], names=names)
    assert out == "ول Syrian Democratic Forces في Syria."


@pytest.mark.parametrize(
    ("arabic", "model_says", "expected"),
    [
        ("قسد", "the s d f said", "the SDF said"),
        ("مظلوم عبدي", "Mazlum Abdi wrote.", "Mazloum Abdi wrote."),
        ("التحالف الدولي", "the international coalition met.", "the International Coalition met."),
        ("قسد", 'He wrote on "Twitter".', 'He wrote on "Twitter" [SDF].'),
        ("قسد", "", "[SDF]"),
    ],
)
def test_names_are_repaired_whatever_the_model_says(
    translator: ArgosTranslator,
    monkeypatch: pytest.MonkeyPatch,
    arabic: str,
    model_says: str,
    expected: str,
) -> None:
    scripted = Recorder(answer=lambda _source: ["▁" + w for w in model_says.split()])
    monkeypatch.setattr(translator, "_translator", scripted)
    assert translator.translate([f"قال {arabic} ذلك."], names=NAMES) == [expected]


# --- downloading --------------------------------------------------------------------------


def test_install_from_index(packages: Path, tmp_path: Path, package_file: Path) -> None:
    seen: list[tuple[int, int]] = []
    with serve_index(tmp_path, package_file) as url:
        model = install_from_index(url, timeout=5, progress=lambda d, t: seen.append((d, t)))
    assert model.version == "0.0.1-test" and model.path.parent == packages
    assert find_installed() == model
    size = package_file.stat().st_size
    assert seen and seen[-1] == (size, size)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_index_url_from_environment(
    packages: Path, tmp_path: Path, package_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with serve_index(tmp_path, package_file) as url:
        monkeypatch.setenv(INDEX_URL_ENV, url)
        assert install_from_index(timeout=5).version == "0.0.1-test"


@pytest.fixture(params=["refused", "silent"])
def dead_url(request: pytest.FixtureRequest) -> Iterator[str]:
    if request.param == "refused":
        yield closed_port_url()
    else:
        with silent_server() as url:
            yield url


def test_unreachable_index_fails_fast_with_a_way_out(packages: Path, dead_url: str) -> None:
    started = time.monotonic()
    with pytest.raises(ArgosError) as caught:
        install_from_index(dead_url, timeout=1)
    assert time.monotonic() - started < 3
    assert dead_url in str(caught.value)
    assert "--file" in str(caught.value)
    assert _empty(packages)


def test_download_failure_names_the_link(packages: Path, tmp_path: Path) -> None:
    link = closed_port_url().replace("index.json", "translate-ar_en-1_0.argosmodel")
    index = tmp_path / "index.json"
    index.write_text(f'[{{"from_code": "ar", "to_code": "en", "links": ["{link}"]}}]')
    with pytest.raises(ArgosError, match=rf"{re.escape(link)} \(.*--file"):
        install_from_index(index.as_uri(), timeout=1)
    assert _empty(packages)


def test_index_without_arabic_english(packages: Path, tmp_path: Path) -> None:
    (tmp_path / "index.json").write_text('[{"from_code": "en", "to_code": "fr", "links": []}]')
    url = (tmp_path / "index.json").as_uri()
    with pytest.raises(ArgosError, match=r"lists no ar→en package.*--file"):
        install_from_index(url, timeout=1)
