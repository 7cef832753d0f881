"""What reading dates costs a fresh process: import ``analyse/dates.py`` and resolve one
sentence's dates, with the module as it was at ``--base`` (dateparser) and as it is now,
in fresh interpreters, alternating, CPU seconds.

    python benchmarks/dates_startup.py [--base 5a5d243] [--rounds 7]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# One sentence with a weekday, "أمس" and a month name: the forms an added report brings.
PROBE = """
import datetime as dt, resource, sys
sys.path.insert(0, {path!r})
before = resource.getrusage(resource.RUSAGE_SELF)
from generator.analyse import dates
text = "وقال مسؤول أمس الجمعة إن الهجوم وقع في 9 تشرين الأول الماضي."
dates.find_dates(text, dt.date(2019, 10, 19))
after = resource.getrusage(resource.RUSAGE_SELF)
print(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
"""


def _checkout(commit: str) -> Path:
    folder = Path(tempfile.mkdtemp())
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", commit, "generator"], check=True, capture_output=True
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(folder)], input=archive, check=True)
    return folder


def _cpu(path: Path) -> float:
    run = subprocess.run(
        [sys.executable, "-c", PROBE.format(path=str(path))],
        check=True, capture_output=True, text=True, cwd=path,
    )  # fmt: skip
    return float(run.stdout)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", default="5a5d243")
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    versions = {f"dateparser ({args.base})": _checkout(args.base), "now": ROOT}
    for path in versions.values():
        _cpu(path)  # compile once: both sides then read their own bytecode
    times: dict[str, list[float]] = {name: [] for name in versions}
    for _ in range(args.rounds):
        for name, path in versions.items():
            times[name].append(_cpu(path))
    for name, values in times.items():
        print(f"{name}: median {statistics.median(values):.3f} CPU s "
              f"({min(values):.3f}-{max(values):.3f}) over {args.rounds} rounds")  # fmt: skip
    ratios = [now / old for old, now in zip(*times.values(), strict=True)]
    print(f"now/before: median {statistics.median(ratios):.3f} "
          f"({min(ratios):.3f}-{max(ratios):.3f})")  # fmt: skip


if __name__ == "__main__":
    main()
