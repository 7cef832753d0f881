"""The weekday conflict pair feature: undated leads naming weekdays two or more days apart."""

from __future__ import annotations

import datetime as dt
import itertools
import json

import pytest

from generator import analyse
from generator.analyse import events, score_bounds
from tests.test_events import _report

_STRIKE = (
    "قصفت طائرة مسيرة تركية قرية الحفل في ريف القامشلي يوم {day}، ما أدى إلى مقتل ثلاثة "
    "مدنيين وإصابة آخرين، بحسب مصادر محلية في قوات سوريا الديمقراطية."
)
# Python's weekday numbers (0 = Monday) of the days the leads name.
SATURDAY, SUNDAY, MONDAY = 5, 6, 0


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        ({SATURDAY}, {SATURDAY}, False),  # the same day
        ({SATURDAY}, {SUNDAY}, False),  # an evening and the next morning may be one happening
        ({SUNDAY}, {MONDAY}, False),  # one day apart across the week's end too
        ({SATURDAY}, {MONDAY}, True),  # two days apart
        ({3}, {SUNDAY}, True),  # Thursday and Sunday: three days either way
        ({SATURDAY, 2}, {MONDAY}, True),  # no day of one near a day of the other
        ({SATURDAY, MONDAY}, {MONDAY}, False),  # one shared
        (set(), {MONDAY}, False),  # one names none: nothing to compare
    ],
)
def test_weekdays_two_or_more_days_apart_either_way_round_conflict(
    a: set[int], b: set[int], conflict: bool
) -> None:
    assert events.weekdays_conflict(frozenset(a), frozenset(b)) is conflict
    assert events.weekdays_conflict(frozenset(b), frozenset(a)) is conflict


def test_the_bounds_bit_masks_agree_with_the_pair_rule_on_every_pair_of_weekday_sets() -> None:
    """score_bounds computes the conflict for all reports at once with bit masks: the same
    answer as ``events.weekdays_conflict`` for every pair of sets of up to two weekdays."""
    sets = [frozenset(c) for n in range(3) for c in itertools.combinations(range(7), n)]
    for a, b in itertools.product(sets, repeat=2):
        near = score_bounds.weekday_mask(score_bounds.near_weekdays(a))
        mask = score_bounds.weekday_mask(b)
        masked = near > 0 and mask > 0 and mask & near == 0
        assert masked is events.weekdays_conflict(a, b), (sorted(a), sorted(b))


@pytest.mark.parametrize(("day", "conflict"), [("الأحد", False), ("الاثنين", True)])
def test_two_undated_reports_of_the_same_words_on_days_apart_are_marked(
    day: str, conflict: bool
) -> None:
    """Two undated reports of a strike, one "on Saturday": the other, "on Monday", reports
    another strike (the feature fires); "on Sunday" may be the next morning's (it does not)."""
    saturday = _report("930-a", None, _STRIKE.format(day="السبت"))
    other = _report("931-b", None, _STRIKE.format(day=day))
    profiles = analyse.profiles([saturday, other], {})
    assert [p.start for p in profiles] == [None, None]
    assert profiles[0].weekdays == {SATURDAY}
    scorer = events.Scorer(profiles, {})
    features = scorer.features(*profiles)
    assert features["weekday_conflict"] == float(conflict)
    assert scorer.features(profiles[1], profiles[0]) == features  # symmetric
    assert features["day_apart"] == 0.0  # neither names a date: only the weekdays tell


def test_a_dated_report_never_has_a_weekday_conflict() -> None:
    """A dated report's day is compared by ``day_apart`` and ``gap``; its weekday is not
    kept (``Profile.weekdays`` is an undated report's), so the feature never fires."""
    dated = _report("932-a", dt.date(2026, 1, 17), _STRIKE.format(day="السبت"))
    undated = _report("933-b", None, _STRIKE.format(day="الاثنين"))
    profiles = analyse.profiles([dated, undated], {})
    assert profiles[0].start is not None and not profiles[0].weekdays
    assert events.Scorer(profiles, {}).features(*profiles)["weekday_conflict"] == 0.0


def test_a_model_file_without_the_feature_weighs_it_nothing() -> None:
    """Main's model file, fitted before the feature, still loads and scores: a pair that
    conflicts scores as it did (the feature weighs 0 until a fit names it)."""
    data = json.loads(events.MODEL_FILE.read_text(encoding="utf-8"))
    data["weights"].pop("weekday_conflict", None)
    model = events.PairModel(data["intercept"], data["weights"], events.JoinScores(**data["join"]))
    features = dict.fromkeys(events.FEATURES, 0.0)
    without = model.probability(features)
    features["weekday_conflict"] = 1.0
    assert model.probability(features) == without
