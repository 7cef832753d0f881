"""benchmarks/group_pooled.py: pairs added up over the sets of one side-by-side scoring."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_SPEC = importlib.util.spec_from_file_location("group_pooled", ROOT / "benchmarks/group_pooled.py")
assert _SPEC and _SPEC.loader
group_pooled = importlib.util.module_from_spec(_SPEC)
sys.modules["group_pooled"] = group_pooled  # dataclasses look their module up there
_SPEC.loader.exec_module(group_pooled)


def test_two_sets_pool_their_pairs_per_side() -> None:
    # session 20's scoring of groups8 (44 true pairs) and groups9 (24), a committed log
    log = (ROOT / "benchmarks/logs/group_compare_s20_unread.log").read_text(encoding="utf-8")
    sides = group_pooled.pooled(log)
    names, main = sides["main"]
    assert names == ["groups8", "groups9"]
    # groups8: R 0.318 of 44 = 14 right, P 0.560 -> 25 predicted, 11 false; groups9: 7 and 1
    assert (main.true, main.right, main.false) == (68, 21, 12)
    assert "pooled P=0.636 R=0.309 F1=0.416" in main.line()
    assert sides["branch"][1].right == 23
