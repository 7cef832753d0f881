"""Argos Translate engine: install the Arabic→English package and translate sentences.

We use Argos's package format, tokenizer and decoding options, but not
``argostranslate.translate``: that path splits text again with MiniSBD (a download, which
fails offline) and batches by 32 *tokens*, so it decodes about one sentence per call. We
already have our own sentences, so we tokenise them all, sort them by length and decode them
in large batches with CTranslate2 directly.

Names (glossary). A mapping such as ``{"قسد": "SDF"}`` is enforced in two steps:

1. Before translation each Arabic form found in a sentence is replaced by its canonical
   English name, written in Latin script inside the Arabic sentence. Matching works on the
   project's folded text (``arabic.fold``: no diacritics or tatweel, one alef, merged
   hamza, alef maqsura and ta marbuta spellings), longest form first, and allows the
   clitics و ف + ب ل ك + ال in front ("وقسد", "لقسد", "للتحالف"). Each clitic is
   kept so the model still sees "and"/"for". The name itself is the placeholder: models
   trained on web text copy Latin names through, whereas an invented token is something
   they have never seen, and no Arabic form is left for them to transliterate ("Qasd").
2. After decoding, every expected name is checked deterministically: a variant differing
   in case, spacing or punctuation ("S.D.F.", "Mazlum Abdi") is rewritten to the canonical
   spelling; a name that is missing altogether is inserted as ``[Name]`` before the final
   punctuation (brackets, as in an editor's insertion). So the output always names the
   entity, whatever the model does.
"""

from __future__ import annotations

import difflib
import functools
import json
import os
import re
import shutil
import tempfile
import threading
import urllib.request
import zipfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .arabic import fold

__all__ = [
    "DEFAULT_INDEX_URL",
    "INDEX_URL_ENV",
    "ArgosError",
    "ArgosTranslator",
    "InstalledModel",
    "find_installed",
    "install_from_file",
    "install_from_index",
    "packages_dir",
]

DEFAULT_INDEX_URL = "https://raw.githubusercontent.com/argosopentech/argospm-index/main/index.json"
INDEX_URL_ENV = "BRIEFING_ARGOS_INDEX"
_FIX = "download translate-ar_en-*.argosmodel elsewhere, then run `briefing model install --file"
_FIX += " PATH.argosmodel`"
_CHUNK = 1 << 16


class ArgosError(Exception):
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
    env = os.environ.get("ARGOS_PACKAGES_DIR")
    if env:
        return Path(env).expanduser()
    from argostranslate import settings

    configured = settings.load_settings_dict().get("ARGOS_PACKAGES_DIR")
    if configured:
        return Path(configured).expanduser()
    data_home = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(data_home) / "argos-translate" / "packages"


def _use_packages_dir() -> Path:
    # argostranslate.settings freezes ARGOS_PACKAGES_DIR when first imported; point it at
    # the folder the environment names *now*, so tests and the CLI can choose per call.
    import sys

    from argostranslate import settings

    target = packages_dir()
    target.mkdir(parents=True, exist_ok=True)
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
    matches = [
        p
        for p in installed
        if p.type == "translate" and p.from_code == from_code and p.to_code == to_code
    ]
    if not matches:
        return None
    best = max(matches, key=lambda p: (_version_key(p.package_version), str(p.package_path)))
    return _model_from_folder(Path(best.package_path))


def _version_key(version: str) -> tuple[int, Any]:
    from packaging.version import InvalidVersion, Version

    try:
        return (1, Version(version))
    except InvalidVersion:
        return (0, version)


def _model_from_folder(folder: Path) -> InstalledModel:
    meta = json.loads((folder / "metadata.json").read_text(encoding="utf-8"))
    pair = f"{meta['from_code']}_{meta['to_code']}"
    code = meta.get("code") or f"{meta.get('type', 'translate')}-{pair}"
    return InstalledModel(
        code=code,
        name=str(meta.get("package_name") or code),
        version=str(meta.get("package_version", "")),
        path=folder,
    )


# --- installing -------------------------------------------------------------------------


def install_from_file(path: Path) -> InstalledModel:
    """Install an ``.argosmodel`` file, replacing an installed copy of the same package."""
    return _install(Path(path), origin=str(path))


def _install(path: Path, origin: str) -> InstalledModel:
    from argostranslate import package

    folder = _check_archive(path, origin)
    target_root = _use_packages_dir()
    target = target_root / folder
    # Move an existing copy aside rather than deleting it, so a failed install loses nothing.
    backup = Path(tempfile.mkdtemp(prefix=".briefing-", dir=target_root.parent))
    if target.exists():
        target.rename(backup / folder)  # same file system, so this is atomic
    try:
        package.install_from_path(path)
        model = _model_from_folder(target)
    except Exception as exc:
        shutil.rmtree(target, ignore_errors=True)
        if (backup / folder).exists():
            (backup / folder).rename(target)
        raise ArgosError(f"Installing {origin} into {target_root} failed: {exc}") from exc
    finally:
        shutil.rmtree(backup, ignore_errors=True)
    return model


def _check_archive(path: Path, origin: str) -> str:
    """Validate the package before anything is extracted; return its top-level folder."""
    expected = (
        "expected an Argos .argosmodel package (a zip of one folder holding metadata.json, "
        "sentencepiece.model and model/)"
    )
    if not path.is_file():
        raise ArgosError(f"{origin}: file not found; {expected}.")
    if not zipfile.is_zipfile(path):
        raise ArgosError(f"{origin} is not a zip archive: {expected}.")
    try:
        with zipfile.ZipFile(path) as zf:
            names = [n for n in zf.namelist() if n.strip("/")]
            tops = {n.split("/", 1)[0] for n in names}
            if len(tops) != 1 or not all("/" in n for n in names):
                raise ArgosError(f"{origin} does not contain exactly one folder: {expected}.")
            top = tops.pop()
            members = set(names)
            missing = [
                m for m in ("metadata.json", "model/model.bin") if f"{top}/{m}" not in members
            ]
            if not {f"{top}/sentencepiece.model", f"{top}/bpe.model"} & members:
                missing.append("sentencepiece.model")
            if missing:
                raise ArgosError(f"{origin} lacks {', '.join(missing)}: {expected}.")
            meta = json.loads(zf.read(f"{top}/metadata.json"))
            bad = zf.testzip()  # catches truncated downloads before they are installed
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise ArgosError(f"{origin} is damaged ({exc}): {expected}.") from exc
    if bad is not None:
        raise ArgosError(f"{origin} is damaged (bad CRC in {bad}); download it again.")
    pair = (meta.get("from_code"), meta.get("to_code"))
    if pair != ("ar", "en"):
        raise ArgosError(
            f"{origin} translates {pair[0]}→{pair[1]}, but briefings need an Arabic→English "
            "(ar→en) package such as translate-ar_en-1_0.argosmodel."
        )
    return top


def install_from_index(
    index_url: str | None = None,
    timeout: float = 10,
    progress: Callable[[int, int], None] | None = None,
) -> InstalledModel:
    """Download and install the ar→en package listed in an Argos package index.

    ``index_url`` defaults to ``$BRIEFING_ARGOS_INDEX``, then Argos's public index.
    ``progress(bytes_done, bytes_total)`` is called per chunk (total 0 when unknown).
    Network waits are bounded by ``timeout`` seconds each.
    """
    url = index_url or os.environ.get(INDEX_URL_ENV) or DEFAULT_INDEX_URL
    try:
        with _open(url, timeout) as response:
            index = json.loads(response.read(8 << 20))
    except (OSError, ValueError) as exc:
        raise ArgosError(
            f"Could not read the Argos package index at {url} ({_reason(exc)}). If this machine "
            f"is offline, {_FIX}."
        ) from exc
    entries = [
        e
        for e in (index if isinstance(index, list) else [])
        if isinstance(e, dict) and e.get("from_code") == "ar" and e.get("to_code") == "en"
    ]
    if not entries:
        raise ArgosError(f"The package index at {url} lists no ar→en package; {_FIX}.")
    entry = max(entries, key=lambda e: _version_key(str(e.get("package_version", ""))))
    links = [link for link in entry.get("links", []) if str(link).startswith(("http", "file:"))]
    if not links:
        raise ArgosError(f"The ar→en entry in {url} has no downloadable link; {_FIX}.")
    failures = []
    with tempfile.TemporaryDirectory(prefix="briefing-argos-") as tmp:
        download = Path(tmp) / "translate-ar_en.argosmodel"
        for link in links:
            try:
                _download(link, download, timeout, progress)
            except OSError as exc:
                failures.append(f"{link} ({_reason(exc)})")
                continue
            return _install(download, origin=f"the package downloaded from {link}")
    raise ArgosError(f"Could not download the ar→en package from {'; '.join(failures)}; {_FIX}.")


def _open(url: str, timeout: float) -> Any:
    # urlopen's timeout does not cover name resolution, which can hang for minutes on a
    # machine without DNS, so the whole connection attempt gets its own deadline.
    box: dict[str, Any] = {}
    gave_up = threading.Event()

    def connect() -> None:
        try:
            box["response"] = urllib.request.urlopen(url, timeout=timeout)
            if gave_up.is_set():
                box["response"].close()
        except BaseException as exc:  # handed to the caller's thread
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
        total = int(response.headers.get("Content-Length") or 0)
        done = 0
        while chunk := response.read(_CHUNK):
            out.write(chunk)
            done += len(chunk)
            if progress is not None:
                progress(done, total)
    if total and done != total:
        raise OSError(f"download stopped after {done} of {total} bytes")


def _reason(exc: BaseException) -> str:
    reason = getattr(exc, "reason", None) or exc
    return str(reason) or type(exc).__name__


# --- translating --------------------------------------------------------------------------


class ArgosTranslator:
    """Batched Arabic→English translation with an installed Argos package.

    ``threads`` is CTranslate2's intra_threads (0 lets it choose). Decoding stops after
    ``max_length_ratio`` * source tokens + ``max_length_extra`` target tokens, which bounds
    runaway repetition without cutting real sentences short.
    """

    def __init__(
        self,
        model: InstalledModel,
        *,
        threads: int = 0,
        compute_type: str = "default",
        max_length_ratio: float = 2.0,
        max_length_extra: int = 10,
    ) -> None:
        import ctranslate2
        from argostranslate.package import Package

        self.model = model
        self._ratio = max_length_ratio
        self._extra = max_length_extra
        try:
            pkg = Package(model.path)
            self._tokenizer = pkg.tokenizer
            self._prefix: str = pkg.target_prefix
            self._translator = ctranslate2.Translator(
                str(model.path / "model"),
                device="cpu",
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

        ``progress(n_done)`` is called after each batch. ``max_decoding_length`` fixes the
        cap for every batch instead of deriving it from the source length.
        """
        if beam_size < 1 or batch_size < 1:
            raise ValueError("beam_size and batch_size must be at least 1")
        glossary = _Glossary(names) if names else None
        sources: list[str] = []
        expected: list[list[str]] = []
        for sentence in sentences:
            text, found = glossary.protect(sentence) if glossary else (sentence, [])
            sources.append(text)
            expected.append(found)
        tokens = [self._tokenizer.encode(s) if s.strip() else [] for s in sources]
        # Sorting by length keeps padding low; the sort is stable, so runs are reproducible.
        order = sorted((i for i, t in enumerate(tokens) if t), key=lambda i: len(tokens[i]))
        outputs = [""] * len(sources)
        done = len(sources) - len(order)
        for start in range(0, len(order), batch_size):
            batch = order[start : start + batch_size]
            source = [tokens[i] for i in batch]
            limit = max_decoding_length or self._limit(max(map(len, source)))
            results = self._translator.translate_batch(
                source,
                # Argos passes the package's prefix as one token per example.
                target_prefix=[[self._prefix]] * len(source) if self._prefix else None,
                max_batch_size=batch_size,
                beam_size=beam_size,
                num_hypotheses=1,
                length_penalty=0.2,  # Argos's decoding settings, for the same output
                replace_unknowns=True,
                max_decoding_length=limit,
            )
            for i, result in zip(batch, results, strict=True):
                outputs[i] = self._detokenize(result.hypotheses[0])
            done += len(batch)
            if progress is not None:
                progress(done)
        if progress is not None and sources and not order:
            progress(done)  # only blank sentences: report them done all the same
        if glossary:
            outputs = [glossary.restore(o, e) for o, e in zip(outputs, expected, strict=True)]
        return outputs

    def _limit(self, source_length: int) -> int:
        limit = int(self._ratio * source_length) + self._extra
        return limit + 1 if self._prefix else limit  # the prefix token counts too

    def _detokenize(self, pieces: list[str]) -> str:
        # CTranslate2 returns the prefix token as the first piece. Argos strips the prefix
        # from the decoded string instead, which misses prefixes containing "_" because its
        # decode turns "_" into spaces; dropping the token first is exact, and the string
        # check is kept for parity.
        if self._prefix and pieces[:1] == [self._prefix]:
            pieces = pieces[1:]
        text = self._tokenizer.decode(pieces)
        if self._prefix and text.startswith(self._prefix):
            text = text[len(self._prefix) :]
        return text.strip()


# --- names --------------------------------------------------------------------------------

_TAIL = re.compile(r"[\s.!?\u2026:;,]*\Z")  # final punctuation of a sentence


@functools.lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    # fold() strips surrounding space, which would glue words together here.
    return " " if ch.isspace() else fold(ch)


def _normalise(text: str) -> tuple[str, list[int]]:
    """Folded text plus, for each of its characters, the index it came from in ``text``."""
    chars: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        for folded in _fold_char(ch):  # usually one character, none for a diacritic
            chars.append(folded)
            index.append(i)
    return "".join(chars), index


def _squash(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


class _Glossary:
    def __init__(self, names: Mapping[str, str]) -> None:
        self._patterns: list[tuple[re.Pattern[str], str]] = []
        forms = {fold(arabic): english.strip() for arabic, english in names.items()}
        for form, english in sorted(forms.items(), key=lambda kv: (-len(kv[0]), kv[0])):
            if not form or not english:
                continue
            body = r"\s+".join(map(re.escape, form.split()))
            if form.startswith("ال") and len(form) > 2:
                # ل + ال is written لل: "للتحالف" is "ل" + "التحالف".
                rest = r"\s+".join(map(re.escape, form[2:].split()))
                alts = f"([وف]?[بك]?){body}|([وف]?ل)ل{rest}"
            else:
                alts = f"([وف]?[بلك]?)(?:ال)?{body}"
            self._patterns.append((re.compile(rf"(?<!\w)(?:{alts})(?!\w)"), english))

    def protect(self, sentence: str) -> tuple[str, list[str]]:
        """Replace Arabic forms by their English names; return the text and names used."""
        norm, index = _normalise(sentence)
        taken = [False] * len(norm)
        spans: list[tuple[int, int, int, str]] = []
        for pattern, english in self._patterns:  # longest form first
            for m in pattern.finditer(norm):
                if any(taken[m.start() : m.end()]):
                    continue
                taken[m.start() : m.end()] = [True] * (m.end() - m.start())
                clitic = len(next((g for g in m.groups() if g), ""))
                spans.append((m.start(), m.end(), m.start() + clitic, english))
        if not spans:
            return sentence, []
        out, cursor, found = [], 0, []
        for start, end, name_start, english in sorted(spans):
            begin, stop = index[start], index[end - 1] + 1
            while stop < len(sentence) and not _fold_char(sentence[stop]):
                stop += 1  # diacritics on the last letter belong to the word
            clitic = sentence[begin : index[name_start]] if name_start > start else ""
            out += [sentence[cursor:begin], f"{clitic} " if clitic else "", english]
            cursor = stop
            if english not in found:
                found.append(english)
        out.append(sentence[cursor:])
        return "".join(out), found

    @staticmethod
    def restore(text: str, names: list[str]) -> str:
        """Make sure every name appears in ``text`` with its canonical spelling."""
        missing = []
        for name in names:
            if _find(name, text):
                continue
            spaced = r"[\s\-.]*".join(re.escape(c) for c in name if not c.isspace())
            variant = re.compile(rf"(?<![^\W_]){spaced}(?![^\W_])", re.IGNORECASE)
            if variant.search(text):
                text = variant.sub(lambda _m, n=name: n, text)
                continue
            taken = [m.span() for other in names if other != name for m in _find(other, text)]
            span = _closest_span(text, name, taken)
            if span:
                text = text[: span[0]] + name + text[span[1] :]
            else:
                missing.append(name)
        if missing:
            # After the words but before the final full stop, outside any closing quote.
            cut = _TAIL.search(text).start()  # type: ignore[union-attr]
            notes = " ".join(f"[{name}]" for name in missing)
            text = f"{text[:cut]} {notes}{text[cut:]}".strip()
        return text


def _find(name: str, text: str) -> list[re.Match[str]]:
    """Occurrences of ``name`` as whole words ("Syria" is not found in "Syrian")."""
    return list(re.finditer(rf"(?<![^\W_]){re.escape(name)}(?![^\W_])", text))


def _closest_span(text: str, name: str, taken: list[tuple[int, int]]) -> tuple[int, int] | None:
    """Span of the run of words most like ``name`` ("Mazlum Abdi"), if close enough.

    Spans in ``taken`` (other names already in place) are never chosen.
    """
    target = _squash(name)
    if len(target) < 6:  # too short to tell a misspelling from another word
        return None
    words = [m.span() for m in re.finditer(r"[^\W_][\w'\u2019.-]*", text)]
    size = len(name.split())
    best, best_span = 0.0, None
    for n in sorted({max(1, size - 1), size, size + 1}):
        for k in range(len(words) - n + 1):
            span = (words[k][0], words[k + n - 1][1])
            if any(span[0] < end and start < span[1] for start, end in taken):
                continue
            score = difflib.SequenceMatcher(None, target, _squash(text[span[0] : span[1]])).ratio()
            if score > best:
                best, best_span = score, span
    return best_span if best >= 0.85 else None
