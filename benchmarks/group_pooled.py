"""Pool the pairwise counts of several grouping sets scored side by side (session 23).

    python benchmarks/group_pooled.py benchmarks/logs/group_compare_s23_unread.log

Reads a ``group_compare.sh`` log (``## main: ...`` / ``## branch: ...`` headers, then
``eval/group_pages.py`` totals lines) and prints, per side, the pairs added up over every
set: true pairs, right pairs (recall × true pairs), false pairs (right / precision − right),
pooled precision, recall and F1. The counts come back exactly from the three-decimal figures
because every set has fewer than 500 true pairs (a rounding error under 0.5 pairs).
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path

_SIDE = re.compile(r"^## (\w+):")
_TOTALS = re.compile(
    r"set=(?P<set>\w+) .*?(?P<true>\d+) true pairs, .*?P=(?P<p>[\d.]+) R=(?P<r>[\d.]+) F1="
)


@dataclass
class Pairs:
    true: int = 0
    right: int = 0
    false: int = 0

    def add(self, true: int, precision: float, recall: float) -> None:
        right = round(recall * true)
        self.true += true
        self.right += right
        self.false += round(right / precision) - right if precision else 0

    def line(self) -> str:
        p = self.right / (self.right + self.false) if self.right + self.false else 0.0
        r = self.right / self.true if self.true else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        return (
            f"true pairs {self.true}, right {self.right}, false {self.false}, "
            f"missed {self.true - self.right}; pooled P={p:.3f} R={r:.3f} F1={f1:.3f}"
        )


def pooled(log: str) -> dict[str, tuple[list[str], Pairs]]:
    sides: dict[str, tuple[list[str], Pairs]] = {}
    side = ""
    for line in log.splitlines():
        if header := _SIDE.match(line):
            side = header.group(1)
            sides.setdefault(side, ([], Pairs()))
        elif (totals := _TOTALS.search(line)) and side:
            names, pairs = sides[side]
            names.append(totals["set"])
            pairs.add(int(totals["true"]), float(totals["p"]), float(totals["r"]))
    return sides


def main() -> None:
    for side, (names, pairs) in pooled(Path(sys.argv[1]).read_text(encoding="utf-8")).items():
        print(f"{side} ({' + '.join(names)}): {pairs.line()}")


if __name__ == "__main__":
    main()
