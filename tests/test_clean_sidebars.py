"""Other stories' headlines in a run above the report's own (issue 9, session 23, C3): a
portal's sidebar of its region's news shares a word or two with any lead, so the first
headline sharing a word is not the page's; the one naming much of the lead under the run is."""

from __future__ import annotations

from pathlib import Path

from tests.test_clean_outlets import HEADLINE, LEAD, MORE, _clean, _kept

SIDEBAR = [
    "فريق الكرة يفوز على ضيفه في مباراة مثيرة بالدوري",
    "مدرسة المدينة تفوز ببطولة الشطرنج للطلاب",  # shares "المدينة" with the lead
    "أسعار الذهب تتراجع في الأسواق مع نهاية الأسبوع",
]


def test_a_run_of_other_stories_above_the_headline_is_a_sidebar(tmp_path: Path) -> None:
    body = "\n".join(SIDEBAR) + "\n" + HEADLINE + LEAD + MORE
    text, removed = _clean(tmp_path, body)
    assert text.headline == HEADLINE.strip()
    assert removed["chrome"] == SIDEBAR
    assert _kept(text) == [LEAD.strip(), MORE.strip()]


def test_a_standfirst_under_the_headline_does_not_take_the_title(tmp_path: Path) -> None:
    # One line above a line naming much of the lead is no run: the headline and its
    # standfirst, as tune's m12 (a slogan, the headline, then the standfirst).
    standfirst = "افتتاح جسر جديد للمشاة فوق الطريق الدائري في المدينة\n"
    text, _ = _clean(tmp_path, "شعار الموقع الإخباري الأول\n" + HEADLINE + standfirst + LEAD)
    assert text.headline == HEADLINE.strip()


def test_two_headlines_above_are_too_few_for_a_sidebar(tmp_path: Path) -> None:
    # Below SIDEBAR_MIN_HEADLINES the first headline sharing a word with the lead stays
    # the choice, as before this rule.
    body = "\n".join(SIDEBAR[:2]) + "\n" + HEADLINE + LEAD + MORE
    text, _ = _clean(tmp_path, body)
    assert text.headline == SIDEBAR[1]
