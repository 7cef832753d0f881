"""Argos Translate engine: install the Arabic→English package and translate sentences.

We use Argos's package format, tokenizer and decoding options but not
``argostranslate.translate``, which splits text again with MiniSBD (a download that fails
offline) and batches by 32 *tokens*, about one sentence per call. Our sentences are already
split, so we tokenise them all, sort them by length and decode large batches directly.

Glossary names are kept intact by ``names.NameGuard`` (see that module).
"""

from __future__ import annotations

import http.client
import json
import os
import re
import shutil
import stat
import sys
import tempfile
import threading
import urllib.request
import zipfile
import zlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from generator.errors import BriefingError
from generator.translate.names import NameGuard

DEFAULT_INDEX_URL = "https://raw.githubusercontent.com/argosopentech/argospm-index/main/index.json"
INDEX_URL_ENV = "BRIEFING_ARGOS_INDEX"
_FIX = (
    "download translate-ar_en-1_0.argosmodel on a connected machine (Argos's index links it, "
    "e.g. https://argos-net.com/v1/translate-ar_en-1_0.argosmodel), copy it here and run "
    "`briefing model install --file PATH.argosmodel`"
)
_NETWORK_ERRORS = (OSError, http.client.HTTPException)  # HTTPException: e.g. IncompleteRead
_EXPECTED = (
    "expected an Argos .argosmodel package (a zip of one folder holding metadata.json, "
    "sentencepiece.model and model/)"
)


class ArgosError(BriefingError):
    """A model could not be found, installed or loaded; the message says why and what to do."""


@dataclass(frozen=True)
class InstalledModel:
    code: str  # argospm code, e.g. "translate-ar_en"
    name: str  # package_name from metadata.json (falls back to code)
    version: str  # package_version from metadata.json
    path: Path  # installed package folder

    @property
    def label(self) -> str:
        """Provenance string, e.g. ``translate-ar_en 1.0``."""
        return f"{self.name} {self.version}".strip()


# --- where packages live ------------------------------------------------------------------


def packages_dir() -> Path:
    """The folder Argos packages are installed into, resolved now rather than at import."""
    if env := os.environ.get("ARGOS_PACKAGES_DIR"):
        return Path(env).expanduser()
    from argostranslate import settings

    if configured := settings.load_settings_dict().get("ARGOS_PACKAGES_DIR"):
        return Path(configured).expanduser()
    data_home = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(data_home) / "argos-translate" / "packages"


def _use_packages_dir() -> Path:
    # argostranslate.settings reads ARGOS_PACKAGES_DIR once, when first imported; point it
    # at the folder the environment names *now*, so tests and the CLI can choose per call.
    target = packages_dir()
    if target.exists() and not target.is_dir():  # checked before Argos's import creates it
        raise ArgosError(
            f"The Argos packages folder {target} is a file: set ARGOS_PACKAGES_DIR to a folder."
        )
    from argostranslate import settings

    target.mkdir(parents=True, exist_ok=True)  # get_installed_packages needs it to exist
    if settings.package_data_dir != target:
        settings.package_data_dir = target
        settings.package_dirs = [target, *settings.package_dirs[1:]]
        translate = sys.modules.get("argostranslate.translate")
        if translate is not None:  # its caches hold packages from the old folder
            translate.get_installed_languages.cache_clear()
            translate.installed_translates.clear()
    return target


def find_installed(from_code: str = "ar", to_code: str = "en") -> InstalledModel | None:
    """The installed package for the pair (highest version if several), or None."""
    from argostranslate import package

    folder = _use_packages_dir()
    try:
        installed = package.get_installed_packages()
    except (OSError, ValueError) as exc:  # a stray folder without metadata.json, bad JSON
        raise ArgosError(
            f"Cannot read the Argos packages in {folder}: {exc}. Remove the broken folder "
            "or set ARGOS_PACKAGES_DIR to another folder."
        ) from exc
    pair = (from_code, to_code)
    matches = [p for p in installed if p.type == "translate" and (p.from_code, p.to_code) == pair]
    if not matches:
        return None
    best = max(matches, key=lambda p: (_version_key(p.package_version), str(p.package_path)))
    return model_from_folder(Path(best.package_path))


def _version_key(version: str) -> tuple[int, Any]:
    from packaging.version import InvalidVersion, Version

    try:
        return (1, Version(version))
    except InvalidVersion:
        return (0, version)


def model_from_folder(folder: Path) -> InstalledModel:
    meta = json.loads((folder / "metadata.json").read_text(encoding="utf-8"))
    code = meta.get("code") or f"translate-{meta['from_code']}_{meta['to_code']}"
    name = str(meta.get("package_name") or code)
    return InstalledModel(code, name, str(meta.get("package_version", "")), folder)


# --- installing -------------------------------------------------------------------------


def install_from_file(path: Path) -> InstalledModel:
    """Install an ``.argosmodel`` file, replacing an installed copy of the same package."""
    return _install(Path(path), origin=str(path))


LENGTH_BUCKET = 16  # source tokens per step of the decoding cap
MAX_MODEL_BYTES = 1024 * 1024 * 1024  # the ar→en model is about 100 MB unpacked
_TOP_FOLDER = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")


def _install(path: Path, origin: str) -> InstalledModel:
    """Unpack a validated package beside the packages folder, then move only its own
    folder into place: nothing else in that folder (which Argos shares) is touched."""
    folder, members = _check_archive(path, origin)
    root = _use_packages_dir()
    target = root / folder
    staging = Path(
        tempfile.mkdtemp(prefix=".briefing-", dir=root.parent)
    )  # Argos lists every folder in root
    try:
        _extract(path, members, staging, origin)
        if target.exists():  # set aside, not deleted, until the new copy is in place
            target.rename(staging / ".previous")
        (staging / folder).rename(target)
        model = model_from_folder(target)
    except (OSError, ValueError, KeyError) as exc:
        if (staging / ".previous").exists() and not target.exists():
            (staging / ".previous").rename(target)
        raise ArgosError(f"Installing {origin} into {root} failed: {exc}") from exc
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    translate = sys.modules.get("argostranslate.translate")
    if translate is not None:  # Argos caches the languages it found
        translate.get_installed_languages.cache_clear()
    return model


def _extract(path: Path, members: list[zipfile.ZipInfo], staging: Path, origin: str) -> None:
    """Write the members under ``staging``, counting real bytes (headers can lie)."""
    written = 0
    with zipfile.ZipFile(path) as zf:
        for info in members:
            target = staging.joinpath(*PurePosixPath(info.filename).parts)
            if info.is_dir():
                target.mkdir(parents=True, exist_ok=True)
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            with zf.open(info) as source, open(target, "wb") as sink:
                while chunk := source.read(1 << 20):
                    written += len(chunk)
                    if written > MAX_MODEL_BYTES:
                        raise ArgosError(f"{origin} unpacks to more than {_size_cap()}: refused.")
                    sink.write(chunk)


def _size_cap() -> str:
    return f"{MAX_MODEL_BYTES // (1024 * 1024)} MB"


def _unsafe_member(info: zipfile.ZipInfo) -> bool:
    """Absolute paths, '..', backslashes, drive letters and links could land elsewhere."""
    name = info.filename
    parts = PurePosixPath(name).parts
    is_link = stat.S_ISLNK(info.external_attr >> 16)
    return (
        is_link
        or name.startswith("/")
        or "\\" in name
        or ":" in name
        or any(part in ("", ".", "..") for part in name.rstrip("/").split("/"))
        or not parts
    )


def _check_archive(path: Path, origin: str) -> tuple[str, list[zipfile.ZipInfo]]:
    """Validate the package before anything is extracted; return its folder and members."""
    if not path.is_file():
        raise ArgosError(f"{origin}: file not found; {_EXPECTED}.")
    if not zipfile.is_zipfile(path):
        raise ArgosError(f"{origin} is not a zip archive: {_EXPECTED}.")
    try:
        with zipfile.ZipFile(path) as zf:
            members = zf.infolist()
            if bad := next((i.filename for i in members if _unsafe_member(i)), None):
                raise ArgosError(f"{origin} holds an unsafe path {bad!r}: refused. {_EXPECTED}.")
            if sum(i.file_size for i in members) > MAX_MODEL_BYTES:
                raise ArgosError(f"{origin} unpacks to more than {_size_cap()}: refused.")
            files = {i.filename for i in members if not i.is_dir()}
            tops = {name.split("/", 1)[0] for name in (i.filename for i in members)}
            if len(tops) != 1 or not all("/" in f for f in files):
                raise ArgosError(f"{origin} does not hold exactly one folder: {_EXPECTED}.")
            top = tops.pop()
            if not _TOP_FOLDER.fullmatch(top):
                raise ArgosError(f"{origin} has an unusual folder name {top!r}: {_EXPECTED}.")
            meta = _check_contents(zf, top, files, origin)
    except (zipfile.BadZipFile, zlib.error, OSError, ValueError) as exc:
        raise ArgosError(f"{origin} is damaged ({exc}): {_EXPECTED}.") from exc
    if (meta.get("from_code"), meta.get("to_code")) != ("ar", "en"):
        raise ArgosError(
            f"{origin} translates {meta.get('from_code')}→{meta.get('to_code')}, but briefings "
            "need an Arabic→English (ar→en) package such as translate-ar_en-1_0.argosmodel."
        )
    return top, members


def _check_contents(zf: zipfile.ZipFile, top: str, files: set[str], origin: str) -> dict[str, Any]:
    required = ["metadata.json", "model/model.bin", "sentencepiece.model"]
    if f"{top}/bpe.model" in files:  # Argos's other tokenizer
        required[2] = "bpe.model"
    if missing := [r for r in required if f"{top}/{r}" not in files]:
        raise ArgosError(f"{origin} lacks {', '.join(missing)}: {_EXPECTED}.")
    meta = json.loads(zf.read(f"{top}/metadata.json"))
    if not isinstance(meta, dict):
        raise ValueError("metadata.json is not a JSON object")
    if bad := zf.testzip():  # a truncated download fails here, before installing
        raise ArgosError(f"{origin} is damaged (bad CRC in {bad}); download it again.")
    return meta


def install_from_index(
    index_url: str | None = None,
    timeout: float = 10,
    progress: Callable[[int, int], None] | None = None,
) -> InstalledModel:
    """Download and install the ar→en package listed in an Argos package index.

    ``index_url`` defaults to ``$BRIEFING_ARGOS_INDEX``, then Argos's public index. Each
    network wait is bounded by ``timeout`` seconds. ``progress(bytes_done, bytes_total)`` is
    called per downloaded chunk (total 0 when the server does not say).
    """
    url = index_url or os.environ.get(INDEX_URL_ENV) or DEFAULT_INDEX_URL
    try:
        with _open(url, timeout) as response:
            index = json.loads(response.read(8 << 20))
    except (*_NETWORK_ERRORS, ValueError) as exc:
        raise ArgosError(
            f"Could not read the Argos package index at {url} ({_reason(exc)}). "
            f"If this machine is offline, {_FIX}."
        ) from exc
    entries = [
        e
        for e in (index if isinstance(index, list) else [])
        if isinstance(e, dict) and (e.get("from_code"), e.get("to_code")) == ("ar", "en")
    ]
    if not entries:
        raise ArgosError(f"The package index at {url} lists no ar→en package; {_FIX}.")
    entry = max(entries, key=lambda e: _version_key(str(e.get("package_version", ""))))
    links = [str(link) for link in entry.get("links", [])]
    links = [link for link in links if link.startswith(("http:", "https:", "file:"))]  # no ipfs
    failures = []
    with tempfile.TemporaryDirectory(prefix="briefing-argos-") as tmp:
        download = Path(tmp) / "translate-ar_en.argosmodel"
        for link in links:
            try:
                _download(link, download, timeout, progress)
            except _NETWORK_ERRORS as exc:
                failures.append(f"{link} ({_reason(exc)})")
                continue
            return _install(download, origin=f"the package downloaded from {link}")
    tried = "; ".join(failures) or f"{url} (its ar→en entry has no http(s) link)"
    raise ArgosError(f"Could not download the ar→en package from {tried}; {_FIX}.")


def _open(url: str, timeout: float) -> Any:
    # urlopen's timeout does not cover name resolution, which can hang for minutes on a
    # machine without working DNS, so the whole connection attempt gets a deadline.
    box: dict[str, Any] = {}
    gave_up = threading.Event()

    def connect() -> None:
        try:
            box["response"] = urllib.request.urlopen(url, timeout=timeout)
            if gave_up.is_set():
                box["response"].close()
        except BaseException as exc:  # re-raised in the caller's thread
            box["error"] = exc

    worker = threading.Thread(target=connect, daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        gave_up.set()
        raise TimeoutError(f"no answer within {timeout:g} s")
    if "error" in box:
        raise box["error"]
    return box["response"]


def _download(
    url: str, dest: Path, timeout: float, progress: Callable[[int, int], None] | None
) -> None:
    with _open(url, timeout) as response, dest.open("wb") as out:
        total, done = int(response.headers.get("Content-Length") or 0), 0
        while chunk := response.read(1 << 16):
            out.write(chunk)
            done += len(chunk)
            if progress is not None:
                progress(done, total)
    if total and done != total:
        raise OSError(f"download stopped after {done} of {total} bytes")


def _reason(exc: BaseException) -> str:
    return str(getattr(exc, "reason", None) or exc) or type(exc).__name__


# --- translating --------------------------------------------------------------------------

DEVICES = ("cpu", "cuda", "auto")
# CTranslate2's compute types; "default" keeps the type the model was saved with.
COMPUTE_TYPES = (
    "default", "auto", "int8", "int8_float32", "int8_float16", "int8_bfloat16", "int16",
    "float16", "bfloat16", "float32",
)  # fmt: skip


def resolve_device(device: str) -> str:
    """``cpu`` or ``cuda`` for this machine: ``auto`` takes a GPU when CTranslate2 sees one;
    ``cuda`` without one is an error rather than a slow fall-back to the CPU."""
    import ctranslate2

    if device not in DEVICES:
        raise ArgosError(f"unknown device {device!r}: use one of {', '.join(DEVICES)}")
    gpus = ctranslate2.get_cuda_device_count()
    if device == "cuda" and gpus == 0:
        raise ArgosError(
            "--device cuda: CTranslate2 finds no CUDA device on this machine "
            "(get_cuda_device_count() is 0); use --device cpu, or auto to take a GPU when "
            "there is one"
        )
    if device == "auto":
        return "cuda" if gpus else "cpu"
    return device


def _check_compute_type(compute_type: str, device: str) -> None:
    import ctranslate2

    if compute_type in ("default", "auto"):
        return
    supported = sorted(ctranslate2.get_supported_compute_types(device))
    if compute_type not in supported:
        raise ArgosError(
            f"--compute-type {compute_type} is not supported on {device} here: use "
            f"{', '.join(['default', 'auto', *supported])}"
        )


class ArgosTranslator:
    """Batched Arabic→English translation with an installed Argos package.

    ``threads`` is CTranslate2's intra_threads (0 lets it choose); ``device`` is ``cpu`` or
    ``cuda`` (see ``resolve_device``), ``compute_type`` one of ``COMPUTE_TYPES``. Decoding
    stops after
    ``max_length_ratio`` * source tokens + ``max_length_extra``, which stops runaway
    repetition without cutting real sentences short.
    """

    def __init__(
        self,
        model: InstalledModel,
        *,
        threads: int = 0,
        device: str = "cpu",
        compute_type: str = "default",
        max_length_ratio: float = 2.0,
        max_length_extra: int = 10,
    ) -> None:
        import ctranslate2
        from argostranslate.package import Package

        self.model = model
        self.name, self.version = model.name, model.version  # recorded as provenance
        self._ratio, self._extra = max_length_ratio, max_length_extra
        _check_compute_type(compute_type, device)
        try:
            pkg = Package(model.path)
            self._tokenizer = pkg.tokenizer
            self._prefix: str = pkg.target_prefix
            self._translator = ctranslate2.Translator(
                str(model.path / "model"),
                device=device,
                compute_type=compute_type,
                inter_threads=1,
                intra_threads=threads,
            )
        except (AttributeError, OSError, RuntimeError, ValueError) as exc:
            raise ArgosError(
                f"Cannot load the Argos model {model.label} at {model.path}: {exc}. "
                "Reinstall it with `briefing model install`."
            ) from exc

    def translate(
        self,
        sentences: Sequence[str],
        *,
        beam_size: int = 4,
        batch_size: int = 32,
        names: Mapping[str, str] | None = None,
        progress: Callable[[int], None] | None = None,
        max_decoding_length: int | None = None,
    ) -> list[str]:
        """Translate each sentence; the result has the same length and order.

        ``progress(n_done)`` is called after each batch. ``max_decoding_length`` sets one
        cap for every batch instead of deriving it from the source lengths.
        """
        if beam_size < 1 or batch_size < 1:
            raise ValueError("beam_size and batch_size must be at least 1")
        glossary = NameGuard(names or {})
        protected = [glossary.protect(s) for s in sentences]
        tokens = [self._tokenizer.encode(s) if s.strip() else [] for s, _ in protected]
        outputs = self._translate_tokens(
            tokens,
            beam_size=beam_size,
            batch_size=batch_size,
            progress=progress,
            max_decoding_length=max_decoding_length,
        )
        return [
            glossary.restore(o, found) for o, (_, found) in zip(outputs, protected, strict=True)
        ]

    def _translate_tokens(
        self,
        tokens: list[list[str]],
        *,
        beam_size: int,
        batch_size: int,
        progress: Callable[[int], None] | None,
        max_decoding_length: int | None,
    ) -> list[str]:
        """The detokenised translation of each tokenised sentence ("" for a blank one)."""
        # Sorting by length keeps padding low; the sort is stable, so runs are reproducible.
        order = sorted((i for i, t in enumerate(tokens) if t), key=lambda i: len(tokens[i]))
        outputs = [""] * len(tokens)
        done = len(tokens) - len(order)  # blank sentences need no model
        for batch, limit in self._batches(order, tokens, batch_size):
            hypotheses = self._decode_batch(
                [tokens[i] for i in batch],
                beam_size=beam_size,
                batch_size=batch_size,
                max_decoding_length=max_decoding_length or limit,
            )
            for i, pieces in zip(batch, hypotheses, strict=True):
                outputs[i] = self._detokenize(pieces)
            done += len(batch)
            if progress is not None:
                progress(done)
        if progress is not None and tokens and not order:
            progress(done)  # only blank sentences: the caller still hears that all are done
        return outputs

    def _decode_batch(
        self,
        source: list[list[str]],
        *,
        beam_size: int,
        batch_size: int,
        max_decoding_length: int,
    ) -> list[list[str]]:
        """The best hypothesis's target pieces for each sentence of one batch."""
        try:
            results = self._translator.translate_batch(
                source,
                # Argos passes the package's prefix as one token per example.
                target_prefix=[[self._prefix]] * len(source) if self._prefix else None,
                max_batch_size=batch_size,
                beam_size=beam_size,
                num_hypotheses=1,
                length_penalty=0.2,  # Argos's decoding settings, for the same output
                replace_unknowns=True,
                max_decoding_length=max_decoding_length,
            )
        except RuntimeError as exc:  # CTranslate2 reports model and memory errors so
            raise ArgosError(
                f"Translating with {self.model.label} failed: {exc}. Try a smaller "
                "batch size, or reinstall the model with `briefing model install`."
            ) from exc
        return [result.hypotheses[0] for result in results]

    def _batches(
        self, order: list[int], tokens: list[list[str]], batch_size: int
    ) -> list[tuple[list[int], int]]:
        """Batches of sentences that share one length cap, each with its cap.

        CTranslate2 takes one cap per batch; a cap taken from the longest sentence would
        make a sentence's translation depend on its batch-mates (a rerun of one seed would
        change entries). The cap comes from the sentence's length rounded up to a bucket,
        so it is the sentence's own; sorted by length, batches stay nearly full.
        """
        batches: list[tuple[list[int], int]] = []
        for i in order:
            limit = self._limit(-(-len(tokens[i]) // LENGTH_BUCKET) * LENGTH_BUCKET)
            if batches and batches[-1][1] == limit and len(batches[-1][0]) < batch_size:
                batches[-1][0].append(i)
            else:
                batches.append(([i], limit))
        return batches

    def _limit(self, source_length: int) -> int:
        limit = int(self._ratio * source_length) + self._extra
        return limit + 1 if self._prefix else limit  # the prefix token counts too

    def _detokenize(self, pieces: list[str]) -> str:
        # CTranslate2 returns the prefix as the first piece. Argos strips it from the decoded
        # string instead, which misses prefixes with "_" (its decode turns "_" into spaces);
        # dropping the token is exact, and the string check is kept for parity with Argos.
        if self._prefix and pieces[:1] == [self._prefix]:
            pieces = pieces[1:]
        text = self._tokenizer.decode(pieces)
        if self._prefix and text.startswith(self._prefix):
            text = text[len(self._prefix) :]
        return text.strip()
