"""A stored page with no report at all (session 19, issue 9, C5): a portal's sidebar or a
list of other stories, every line a headline, a teaser cut with "…", a date stamp or a menu.
Cleaning keeps none of it and the build names the file instead of making an article."""

from __future__ import annotations

from pathlib import Path

from generator import build, clean, seeds
from generator.build import Project
from generator.errors import InputError
from tests.conftest import write_seed
from tests.test_clean_outlets import HEADLINE, LEAD, MORE, _clean, _kept

# Made-up stories of a sports portal's sidebar, in the shape of heldout16's g04.
SIDEBAR = (
    "شبكة أخبار الملاعب\n\n"
    "اتحاد الكرة يعلن عقوبات على لاعبي الفريق بعد أحداث النهائي\n\nأعلن اتحاد الكرة…\n\n"
    "2025-10-05 04:05:54\n\n"
    "المدرب يعترف بضيق التكهنات حول مستقبله مع النادي\n\nأعرب مدرب النادي…\n\n"
    "2025-10-08 05:03:28\n"
    "البلدية تفتتح جسرا << الأخبار << الصفحة الرئيسية\n"
)


def test_a_page_of_other_stories_keeps_nothing(tmp_path: Path) -> None:
    text, removed = _clean(tmp_path, SIDEBAR)
    assert _kept(text) == [] and text.headline_line is None
    assert len(removed["related"]) == 8  # every non-blank line, the site's name included


def test_one_line_of_report_text_keeps_the_page_to_the_other_rules(tmp_path: Path) -> None:
    text, _ = _clean(tmp_path, SIDEBAR + LEAD)
    assert LEAD.strip() in _kept(text)
    # A lead cut by an aggregator with "..." is still report text when too long for a
    # headline (heldout h11: 47 words and "Redirecting to full article...").
    cut = " ".join(["وأعلنت البلدية افتتاح الجسر الجديد للمشاة"] * 4) + " وأن ا..."
    text, _ = _clean(tmp_path, SIDEBAR + cut + "\n")
    assert cut in _kept(text)


def test_a_short_seed_is_not_a_page_without_report(tmp_path: Path) -> None:
    # A headline and two lines with no stop: too few lines to call it a list of stories.
    body = HEADLINE + "البلدية تفتتح الجسر\nالجسر يخدم الطلاب\n"
    text, _ = _clean(tmp_path, body)
    assert text.headline == HEADLINE.strip() and _kept(text)
    assert _kept(_clean(tmp_path, HEADLINE + LEAD + MORE)[0]) == [LEAD.strip(), MORE.strip()]


def test_the_build_names_a_seed_without_report(project: Project) -> None:
    path = write_seed(project.seeds_dir, "010-sidebar", SIDEBAR)
    seed, _ = seeds.read_seed(path)
    assert seed is not None and clean.lacks_report(seed)
    try:
        build.read_articles(project)
    except InputError as error:
        message = str(error)
    else:
        raise AssertionError("a seed with no report built")
    assert "010-sidebar.md" in message and "holds no report" in message


# Session 23 (C3): a sidebar whose headlines include a question of seven words or more, in
# the shape of heldout18's e16 (its report's headline cut by the store under the list).
QUESTION_SIDEBAR = (
    "أحدث الإضافات\n\n"
    "وزير الخارجية يلتقي نظيره في القاهرة ويبحث معه التطورات في المنطقة\n"
    "أسواق الأسهم في المنطقة تواصل انحدارها بفعل هجمات الأسبوع\n"
    "هل يمكن أن تستفيد الشركات من ارتفاع أسعار النفط؟\n"
    "البلدية تفتتح جسرا جديدا للمشاة فوق النهر\n\n"
    "وفد عسكري يلتقي قيادات\n"
)


def test_a_question_headline_is_no_report_text(tmp_path: Path) -> None:
    # A headline's length ending with "؟" is a link of the list, as in a related list's
    # tail (clean._is_exclaimed); with it as the only sentence, the page holds no report.
    text, removed = _clean(tmp_path, QUESTION_SIDEBAR)
    assert _kept(text) == [] and text.headline_line is None
    assert len(removed["related"]) == 6


def test_a_report_with_a_question_in_it_is_still_a_report(tmp_path: Path) -> None:
    question = "هل يمكن أن تستفيد الشركات من ارتفاع أسعار النفط؟\n"
    text, _ = _clean(tmp_path, HEADLINE + question + LEAD + MORE)
    assert LEAD.strip() in _kept(text)
