"""eval/group_leaveout.py's bookkeeping: pair counts, pooling, the precondition (no fit runs)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from generator.evaluation import metrics
from tests.conftest import REPO

pytest.importorskip("scipy", reason="eval/fit_grouping.py needs the `fit` extra (SciPy)")
sys.path.insert(0, str(REPO / "eval"))
import group_leaveout as gl

GOLD = {"a": "x", "b": "x", "c": "x", "d": "y", "e": "y"}
PREDICTED = {"a": "1", "b": "1", "c": "2", "d": "2", "e": "3"}


def test_pairs_are_counted_as_the_pairwise_metric_counts_them() -> None:
    found = gl.count(GOLD, PREDICTED)
    # true pairs: ab ac bc de (4); together in the prediction: ab, cd; right: ab
    assert (found.true, found.found, found.false) == (4, 1, 1)
    expected = metrics.pairwise(GOLD, PREDICTED)
    assert found.precision == pytest.approx(expected.precision)
    assert found.recall == pytest.approx(expected.recall)
    assert found.f1 == pytest.approx(expected.f1)


def test_pooling_adds_the_pairs_up_not_the_scores() -> None:
    small = gl.Pairs(true=2, found=2, false=0)  # F1 1.0
    large = gl.Pairs(true=20, found=5, false=5)  # F1 0.333
    table = {"s1": {"m": small}, "s2": {"m": large}}
    lines = gl.pooled_table(["m"], table)
    total = small + large
    assert (total.true, total.found, total.false) == (22, 7, 5)
    assert lines[0] == "left-out set | m"
    assert lines[-1] == f"pooled m: {total.line()}; mean F1 over sets 0.667"
    assert f"F1={total.f1:.3f}" in lines[-1] and total.f1 < 0.667


def test_the_precondition_needs_fewer_false_pairs_and_at_most_a_small_f1_loss() -> None:
    shipped = gl.Pairs(true=100, found=80, false=10)  # F1 0.842
    same_false = gl.Pairs(true=100, found=90, false=10)
    fewer_false_small_loss = gl.Pairs(true=100, found=78, false=9)  # F1 0.834
    fewer_false_large_loss = gl.Pairs(true=100, found=70, false=5)  # F1 0.800
    table = {
        "s": {
            gl.SHIPPED: shipped, "same": same_false, "small": fewer_false_small_loss,
            "large": fewer_false_large_loss,
        }
    }  # fmt: skip
    false_part, f1_part = gl.verdict(table, "same").split("; ")
    assert "(a) false pairs 10 < 10" in false_part and false_part.endswith("FAILS")
    assert f1_part.endswith("holds")
    assert "FAILS" not in gl.verdict(table, "small")
    false_part, f1_part = gl.verdict(table, "large").split("; ")
    assert false_part.endswith("holds")
    assert "(b) pooled F1 0.800 >= 0.842 - 0.01 = 0.832" in f1_part and f1_part.endswith("FAILS")


def test_the_shipped_features_come_first_so_floors_can_use_their_precision() -> None:
    chosen = gl.variants([gl.ALL], [0.0, 0.02])
    assert [v.name for v in chosen] == [gl.SHIPPED, gl.ALL, "floor+0.00", "floor+0.02"]
    assert not chosen[0].every_feature and all(v.every_feature for v in chosen[1:])
    assert [v.floor_margin for v in chosen] == [None, None, 0.0, 0.02]


def test_no_unread_set_is_ever_left_out() -> None:
    import group_pages

    assert set(gl.LEFT_OUT) <= set(group_pages.SPENT_SETS)
    assert not set(gl.LEFT_OUT) & set(group_pages.UNREAD_SETS)


def test_the_series_column_keeps_the_shipped_features_and_the_baseline_the_old_gate() -> None:
    chosen = gl.variants([], [], [0.0])
    assert [v.name for v in chosen] == [gl.SHIPPED, gl.SERIES_S26, f"{gl.SERIES_S26} floor+0.00"]
    assert not any(v.every_feature for v in chosen)
    assert [v.wide_series for v in chosen] == [False, True, True]
    assert [v.floor_margin for v in chosen] == [None, None, 0.0]
    assert [v.name for v in gl.variants([], [])] == [gl.SHIPPED]


def test_the_old_gate_compares_the_numbers_session_25_read() -> None:
    from generator.analyse import events

    def profile(name: str, wide: set[int]) -> events.Profile:
        return events.Profile(
            article=_Named(name),  # type: ignore[arg-type]
            start=None, end=None, terms=(), entities=frozenset(), shingles=frozenset(),
            series=frozenset(wide),
        )  # fmt: skip

    # the wider gate reads 3 and 4; session 25's read no number in the first
    a, b = profile("a", {3}), profile("b", {4})
    known = gl.World({}, {}, {}, [], {}, {"a": frozenset(), "b": frozenset({4})})
    gate = events.series_conflict
    try:
        gl.use_series(known, True)
        assert events.never_joined(a, b)
        gl.use_series(known, False)
        assert not events.never_joined(a, b)
    finally:
        events.series_conflict = gate  # type: ignore[assignment]


class _Named:
    """What ``Profile.id`` reads of an article: its id."""

    def __init__(self, name: str) -> None:
        self.id = name


def test_runs_side_by_side_pool_as_one(tmp_path: Path) -> None:
    columns = ["shipped model", gl.SHIPPED, "cand"]
    one = {
        "groups6": {
            columns[0]: gl.Pairs(10, 8, 2),
            gl.SHIPPED: gl.Pairs(10, 9, 4),
            "cand": gl.Pairs(10, 8, 1),
        }
    }
    two = {
        "groups7": {
            columns[0]: gl.Pairs(6, 5, 0),
            gl.SHIPPED: gl.Pairs(6, 6, 3),
            "cand": gl.Pairs(6, 6, 0),
        }
    }
    logs = []
    for i, table in enumerate((one, two)):
        log = tmp_path / f"part{i}.log"
        log.write_text("noise | x\n\n" + "\n".join(gl.pooled_table(columns, table)) + "\n")
        logs.append(str(log))
    found_columns, table = gl.parts_table(logs)
    assert found_columns == columns
    assert table == {**one, **two}
    assert gl.verdict(table, "cand").startswith("precondition for cand: (a) false pairs 1 < 7")
