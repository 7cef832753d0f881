"""eval/fit_grouping.py's choice of the shipped point (needs the `fit` extra)."""

from __future__ import annotations

import datetime as dt
import sys
from types import SimpleNamespace

import pytest

from generator.evaluation import metrics
from tests.conftest import REPO

pytest.importorskip("scipy", reason="eval/fit_grouping.py needs the `fit` extra (SciPy)")
sys.path.insert(0, str(REPO / "eval"))
import fit_grouping


def _grid(precise: tuple[float, float], loose: tuple[float, float]) -> dict:
    """Every (dated, undated) point at one strength: dated thresholds from 0.5 up are
    ``precise`` (precision, recall), lower ones ``loose``."""
    return {
        (1.0, dated, undated): [metrics.PRF(*(precise if dated >= 0.5 else loose))] * 2
        for dated in fit_grouping.THRESHOLDS
        for undated in fit_grouping.THRESHOLDS
    }


def test_the_point_reaching_the_precision_target_wins_over_a_better_f1(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(fit_grouping, "TARGET_PRECISION", 0.95)
    best = fit_grouping.choose(_grid((0.96, 0.70), (0.80, 0.99)), lambda _: None)
    assert best[1] >= 0.55  # its neighbourhood, one step each way, is precise too
    monkeypatch.setattr(fit_grouping, "TARGET_PRECISION", None)
    assert fit_grouping.choose(_grid((0.96, 0.70), (0.80, 0.99)), lambda _: None)[1] < 0.5


def test_without_a_point_reaching_the_target_the_most_precise_wins(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(fit_grouping, "TARGET_PRECISION", 0.99)
    said: list[str] = []
    best = fit_grouping.choose(_grid((0.96, 0.70), (0.80, 0.99)), said.append)
    assert best[1] >= 0.55
    assert "among 0 of" in said[0]


def test_the_remembering_scorer_groups_as_the_plain_one_and_scores_each_pair_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The threshold grid groups one half many times with one scorer: same events, and
    a pair computed once however often grouping asks for it."""
    from generator import analyse
    from generator.analyse import events
    from tests.test_events import _report

    body = "قصفت طائرة مسيرة قرية {} في ريف القامشلي، ما أدى إلى مقتل مدنيين."
    day = dt.date(2024, 3, 1)
    reports = [
        _report(f"93{n}-x", day, body.format(place))
        for n, place in enumerate(("الحفل", "تل تمر", "عامودا", "الحفل"))
    ]
    profiles = analyse.profiles(reports, {})
    computed: list[tuple[str, str]] = []
    plain_pair = events.Scorer.pair
    monkeypatch.setattr(
        events.Scorer,
        "pair",
        lambda self, a, b: computed.append((a.id, b.id)) or plain_pair(self, a, b),
    )
    remembering = fit_grouping.Remembering(profiles, {})
    join = events.pair_model().join
    plain = events.group(profiles, {}, join)
    first = events.group(profiles, {}, join, remembering)
    asked = len(computed)
    again = events.group(profiles, {}, join, remembering)
    assert [g.members for g in plain] == [g.members for g in first] == [g.members for g in again]
    assert len(remembering.known) == len(set(remembering.known)) > 0
    assert len(computed) == asked  # the second grouping computed nothing new


def _labelled(event: str, day: dt.date, report_id: str = "") -> SimpleNamespace:
    """What the halves and a Half read of a prepared report: its id, event and day."""
    return SimpleNamespace(item=SimpleNamespace(id=report_id or event, event=event, event_date=day))


def test_each_source_is_halved_on_its_own_and_the_tuning_halves_do_not_move() -> None:
    """A development set's events never share a week group with the tuning events, even
    on the same days; the alternation goes on from one source to the next."""
    day = dt.date(2024, 12, 9)
    tune = [_labelled(f"t{n}", day + dt.timedelta(days=30 * n)) for n in range(3)]
    dev = [_labelled("d0", day), _labelled("d1", day + dt.timedelta(days=2))]
    dev += [_labelled("d2", day + dt.timedelta(days=40))]
    split = fit_grouping.source_halves({"tune": tune, "groups": dev})  # type: ignore[dict-item]
    assert split["tune"] == fit_grouping.halves(tune) == ({"t0", "t2"}, {"t1"})  # type: ignore[arg-type]
    # three tuning groups (a, b, a): the set's first group goes to b, its next to a
    assert split["groups"] == ({"d2"}, {"d0", "d1"})


def _half(name: str, reports: list[tuple[str, str]], body: str) -> fit_grouping.Half:
    """A source's half: (report id, event) pairs, every report the same words on one day."""
    from generator import analyse
    from tests.test_events import _report

    day = dt.date(2024, 3, 1)
    articles = [_report(report_id, day, body) for report_id, _ in reports]
    profiles = {p.id: p for p in analyse.profiles(articles, {})}
    items = [_labelled(event, day, report_id) for report_id, event in reports]
    return fit_grouping.Half(items, profiles, name)  # type: ignore[arg-type]


_BODY = "قصفت طائرة مسيرة قرية الحفل في ريف القامشلي، ما أدى إلى مقتل مدنيين."


def test_no_pair_across_two_sources_is_fitted_grouped_or_scored() -> None:
    """The same words on the same day in two sources are two worlds: no training pair
    between them, never one predicted event, and a pair across them counts for nothing."""
    tune = _half("tune", [("941-a", "strike"), ("941-b", "strike")], _BODY)
    dev = _half("groups", [("941-c", "strike"), ("941-d", "other")], _BODY)
    side = fit_grouping.Side([tune, dev])
    x, y = side.pairs({})
    assert len(x) == len(y) == 2  # one pair within each source, none of the four across
    assert sorted(y) == [0, 1]
    predicted = side.predicted({}, fit_grouping.events.JoinScores(0.0, 0.0))
    assert predicted["941-a"] == predicted["941-b"] != predicted["941-c"] == predicted["941-d"]
    assert side.gold(["tune", "groups"])["941-a"] != side.gold(["tune", "groups"])["941-c"]
    scores = side.pairwise(predicted, ["tune", "groups"])
    assert (scores.precision, scores.recall) == (0.5, 1.0)  # the dev pair joined wrongly
    assert side.pairwise(predicted, ["tune"]) == metrics.PRF(1.0, 1.0)


def test_a_model_fitted_with_development_sets_names_them() -> None:
    assert "groups2.yaml" in fit_grouping._made_by(fit_grouping.DEV_SETS)
    assert "development" not in fit_grouping._made_by(())


def test_an_undated_floor_keeps_a_better_point_below_it_from_being_chosen(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Low undated thresholds score best here; with a floor the choice stays at or above it."""
    grid = {
        (1.0, dated, undated): [metrics.PRF(0.9, 0.9 if undated < 0.45 else 0.6)] * 2
        for dated in fit_grouping.THRESHOLDS
        for undated in fit_grouping.THRESHOLDS
    }
    assert fit_grouping.choose(grid, lambda _: None)[2] < 0.45
    monkeypatch.setattr(fit_grouping, "UNDATED_FLOOR", 0.45)
    said: list[str] = []
    assert fit_grouping.choose(grid, said.append)[2] >= 0.45
    assert "undated threshold >= 0.45" in said[0]


def _by_source(loose_in_small_set: bool) -> tuple[dict, dict]:
    """Pooled scores that favour low dated thresholds, and per-source scores where a small
    set loses precision there (when ``loose_in_small_set``)."""
    pooled, by_source = {}, {}
    for dated in fit_grouping.THRESHOLDS:
        for undated in fit_grouping.THRESHOLDS:
            key = (1.0, dated, undated)
            low = dated < 0.5
            pooled[key] = [metrics.PRF(0.96, 0.9 if low else 0.7)] * 2
            small = 0.5 if low and loose_in_small_set else 1.0
            by_source[key] = {
                "tune": [metrics.PRF(0.97, 0.9)] * 2,
                "groups3": [metrics.PRF(small, 1.0)] * 2,
            }
    return pooled, by_source


def test_the_worst_source_s_precision_decides_rather_than_the_pooled_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pooled, by_source = _by_source(loose_in_small_set=True)
    assert fit_grouping.choose(pooled, lambda _: None, by_source)[1] < 0.5
    monkeypatch.setattr(fit_grouping, "WORST_PRECISION", True)
    said: list[str] = []
    best = fit_grouping.choose(pooled, said.append, by_source)
    assert best[1] >= 0.55  # its neighbourhood keeps groups3 precise too
    assert "(worst source)" in said[0]
    # where no source loses precision, the best pooled F-beta wins as before
    pooled, by_source = _by_source(loose_in_small_set=False)
    assert fit_grouping.choose(pooled, lambda _: None, by_source)[1] < 0.5


def test_a_candidate_model_names_the_options_that_made_it() -> None:
    args = fit_grouping.argparse.Namespace(
        drop=[], never_join_days=None, beta=0.5, precision=None, linkage=None,
        undated_floor=0.45, worst_precision=True, choose_on="all", floor_margin=0.0,
        narrow_grid=True,
    )  # fmt: skip
    assert fit_grouping.variant_options(args) == (
        "--beta 0.5 --undated-floor 0.45 --worst-precision --floor-margin 0.0 --narrow-grid"
    )


def test_a_floor_on_the_shipped_features_alone_fits_one_grid_and_raises_the_target(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """--floor-margin with no feature beyond the model file's: one grid, picked twice, the
    second time among the points at least ``margin`` more precise than the first choice."""
    grids: list[str] = []
    targets: list[float | None] = []

    def grid(*_args: object, **_kwargs: object) -> str:
        grids.append("grid")
        return "the grid"

    def pick(found: str, _say: object) -> SimpleNamespace:
        assert found == "the grid"
        targets.append(fit_grouping.TARGET_PRECISION)
        return SimpleNamespace(precision=0.9 if len(targets) == 1 else 0.95)

    monkeypatch.setattr(fit_grouping, "unweighed", frozenset)
    monkeypatch.setattr(fit_grouping, "grid", grid)
    monkeypatch.setattr(fit_grouping, "pick", pick)
    monkeypatch.setattr(fit_grouping, "TARGET_PRECISION", None)
    fitted = fit_grouping.floored([], {}, ["tune"], 0.02)
    assert grids == ["grid"] and targets == [None, 0.92]
    assert fitted.precision == 0.95 and fit_grouping.TARGET_PRECISION is None
