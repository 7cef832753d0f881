"""Session 17 (helper G2): one table of the refit candidates from their raw logs.

    python benchmarks/refit_table_s17b.py > benchmarks/logs/refit_table_s17b.log

Reads benchmarks/logs/fit_grouping_s17b_NAME.log (held-out scores at the chosen point, on
the tuning events, from the cross-validation) and group_compare_s17b_NAME_VARIANT.log (the
shipped model's and the candidate's grouping of `tune` and of every part of the spent sets)
and prints, per candidate, each figure beside the shipped model's and the pairs gained or
lost per set. Nothing is run here; every figure comes from those logs.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

LOGS = Path(__file__).resolve().parent / "logs"
SCORE = re.compile(r"P=([\d.]+) R=([\d.]+) F1=([\d.]+)")
CHOSEN = re.compile(r"^chosen C=(\S+) dated=(\S+) undated=(\S+) by .*?\(([\d.]+)\) among")
VARIANTS = ("tune_only", "tune_dev")


def held_out(name: str, variant: str) -> str:
    """The chosen point, its neighbourhood F-beta and both halves' held-out P/F1 on the
    tuning events (variant 1 of a --with-dev log is tune_only, variant 2 tune_dev)."""
    chosen = [line for line in log_lines(name) if CHOSEN.match(line)]
    line = chosen[VARIANTS.index(variant)] if len(chosen) > 1 else chosen[0]
    strength, dated, undated, around = CHOSEN.match(line).groups()  # type: ignore[union-attr]
    halves = SCORE.findall(line.split("a->b and b->a:")[1])
    if len(chosen) > 1:  # --with-dev: the chosen line pools every source; take tune's own
        halves = _tune_cells(log_lines(name), VARIANTS.index(variant))
        around += " (pooled over the sources it is chosen on)"
    shown = ", ".join(f"P {p} F1 {f}" for p, _, f in halves)
    f1s = [float(f) for _, _, f in halves]
    mean = sum(f1s) / len(f1s)
    return (
        f"C={strength} {dated}/{undated}; held-out a->b, b->a: {shown}; "
        f"mean F1 {mean:.3f}; around {around}"
    )


def log_lines(name: str) -> list[str]:
    return (LOGS / f"fit_grouping_s17b_{name}.log").read_text().splitlines()


def _tune_cells(lines: list[str], column: int) -> list[tuple[str, str, str]]:
    """A --with-dev log's held-out scores on the tuning events alone, per half, in the
    variant's column of its side-by-side table."""
    rows = [line for line in lines if re.match(r"^  (a->b|b->a) tune ", line)]
    return [SCORE.findall(row.split(" | ")[column])[0] for row in rows]


def sides(log: Path) -> dict[str, dict[str, tuple[float, float, float]]]:
    """Per side (main, branch) the scores of `tune` (briefing eval) and each spent part."""
    found: dict[str, dict[str, tuple[float, float, float]]] = {"main": {}, "branch": {}}
    side = "main"
    for line in log.read_text().splitlines():
        if line.startswith("## "):
            side = line[3:].split(":")[0]
            continue
        match = SCORE.search(line)
        if not match or side not in found:
            continue
        if line.startswith("grouping:"):
            found[side]["tune (eval)"] = tuple(map(float, match.groups()))  # type: ignore[assignment]
        elif re.match(r"^(tune-[ab]|groups\d?-(dev|hidden)) ", line):
            found[side][line.split()[0]] = tuple(map(float, match.groups()))  # type: ignore[assignment]
    return found


def main() -> None:
    candidates = sorted(LOGS.glob("group_compare_s17b_*.log"))
    if not candidates:
        sys.exit("no group_compare_s17b_*.log")
    for log in candidates:
        label = log.stem.removeprefix("group_compare_s17b_")
        name, variant = next(
            (label.removesuffix(f"_{v}"), v)
            for v in (*VARIANTS, "shipped_model")
            if label.endswith(v)
        )
        print(f"== {name}/{variant} ({log.name})")
        if variant in VARIANTS:
            print(f"  cross-validation: {held_out(name, variant)}")
        scores = sides(log)
        for part, (p, r, f) in scores["branch"].items():
            mp, mr, mf = scores["main"][part]
            mark = "" if (p, f) == (mp, mf) else ("  LOSS" if p < mp or f < mf else "  gain")
            if p < mp and f > mf:
                mark = "  P lost, F1 gained"
            print(
                f"  {part:15} shipped P={mp:.3f} R={mr:.3f} F1={mf:.3f} -> "
                f"P={p:.3f} R={r:.3f} F1={f:.3f}{mark}"
            )


def error_counts() -> None:
    """False joins and missed pairs per set, counted in the group_causes_s17b_*.log runs
    (every error of the model in place, one FALSE or MISS line each)."""
    for log in sorted(LOGS.glob("group_causes_s17b_*.log")):
        counts: dict[str, list[int]] = {}
        for line in log.read_text().splitlines():
            match = re.match(r"^(\S+) (FALSE|MISS)\s", line)
            if match:
                counts.setdefault(match[1], [0, 0])[match[2] == "MISS"] += 1
        shown = "; ".join(f"{part} {false}+{missed}" for part, (false, missed) in counts.items())
        print(f"== {log.name}: false joins + missed pairs per set (sets without errors left out)")
        print(f"  {shown}")


if __name__ == "__main__":
    main()
    error_counts()
