"""Cleaning: page chrome out, article in, nothing lost."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import clean, seeds
from generator.build import prepare
from tests.conftest import FOUNDING_SEEDS, write_seed


def _founding(prefix: str) -> seeds.Seed:
    path = next(FOUNDING_SEEDS.glob(f"{prefix}-*.md"))
    seed, problems = seeds.read_seed(path)
    assert seed is not None, problems
    return seed


def _removed(seed: seeds.Seed) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for block in clean.clean(seed).removed:
        found.setdefault(block.kind, []).extend(block.lines)
    return found


def test_crawl_date_logo_and_top_are_chrome_and_rudaw_is_the_signoff() -> None:
    seed = _founding("004")
    removed = _removed(seed)
    assert removed["chrome"] == ["• Wednesday, 18 February 2026", "logo", "Top"]
    assert removed["signoff"] == ["روداو"]
    assert clean.clean(seed).attribution == "روداو"
    assert clean.clean(seed).headline.startswith("قادة التحالف الدولي")


def test_repeated_headline_and_newsletter_prompt_are_removed() -> None:
    removed = _removed(_founding("001"))
    assert len(removed["repeated-headline"]) == 1
    assert len(removed["newsletter"]) == 2
    assert "الحل نت" in removed["newsletter"][1]


def test_source_signoff_is_attribution() -> None:
    text = clean.clean(_founding("002"))
    assert text.attribution == "المدن"
    assert all(line.text != "المصدر: المدن" for line in text.paragraphs)


def test_comments_and_most_read_blocks_are_removed() -> None:
    removed = _removed(_founding("003"))
    assert removed["comments"][0] == "التعليقات (2)"
    assert "Selim" in removed["comments"]
    assert removed["related"] == ["الأكثر قراءة", "💡 أهم المواضيع", "✨ أهم التصنيفات"]


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_every_body_line_is_either_kept_or_shown_as_removed(prefix: str) -> None:
    seed = _founding(prefix)
    text = clean.clean(seed)
    kept = [text.headline] + [line.text for line in text.paragraphs]
    removed = [line for block in text.removed for line in block.lines]
    body = [line.strip() for line in seed.body.splitlines() if line.strip()]
    assert sorted(kept + removed) == sorted(body)


def test_article_text_is_never_taken_for_chrome(tmp_path: Path) -> None:
    body = (
        "العنوان الرئيسي لهذا المقال\n"
        "الفقرة الأولى تنتهي هنا.\n"
        "عنوان فرعي\n"
        "الفقرة الأخيرة تذكر المصدر: وكالة الأنباء في منتصف الجملة.\n"
    )
    seed, _ = seeds.read_seed(write_seed(tmp_path, "a", body))
    assert seed is not None
    article = prepare(seed)
    assert article.removed == ()
    assert article.attribution is None
    assert [p.is_heading for p in article.paragraphs] == [True, False, True, False]


def test_front_matter_title_is_the_headline_even_when_the_body_lacks_it(tmp_path: Path) -> None:
    seed, _ = seeds.read_seed(write_seed(tmp_path, "a", "جملة أولى.\n", title="عنوان محرر"))
    assert seed is not None
    article = prepare(seed)
    assert article.headline.ar == "عنوان محرر"
    assert article.paragraphs[1].sentences[0].ar == "جملة أولى."


def test_sentence_ids_are_stable_and_unique() -> None:
    article = prepare(_founding("002"))
    ids = [s.id for s in article.sentences]
    assert len(ids) == len(set(ids))
    assert ids[:3] == [
        "002-40bb1f72279c452c-p0-s1",
        "002-40bb1f72279c452c-p1-s1",
        "002-40bb1f72279c452c-p1-s2",
    ]
    assert ids == [s.id for s in prepare(_founding("002")).sentences]


def test_lines_of_invisible_marks_are_blank_and_only_newlines_end_lines(tmp_path: Path) -> None:
    body = "عنوان الخبر\n\u200f\n\u00a0\u200b\nالفقرة الأولى\u2028تتمة.\n"
    seed, _ = seeds.read_seed(write_seed(tmp_path, "a", body))
    assert seed is not None
    article = prepare(seed)
    assert [p.sentences[0].ar for p in article.paragraphs] == [
        "عنوان الخبر",
        "الفقرة الأولى\u2028تتمة.",
    ]


def _kinds(tmp_path: Path, body: str) -> tuple[clean.CleanText, dict[str, list[str]]]:
    seed, _ = seeds.read_seed(write_seed(tmp_path, "a", body))
    assert seed is not None
    return clean.clean(seed), _removed(seed)


def test_page_furniture_of_other_outlets_is_removed_by_its_shape(tmp_path: Path) -> None:
    body = (
        "الأكثر قراءة\n"
        "الشأن السوري\n"
        "قوات الأمن تعلن انتهاء المرحلة الأولى من الحملة\n"
        "الجمعة ٠١ سبتمبر ٢٠٢٣ - ٠١:١٨ بتوقيت غرينتش\n"
        "دمشق – الناس نيوز ::\n"
        "عناصر من القوات في ريف الحسكة (مصور/فرانس برس)\n"
        "أعلنت قوات الأمن الداخلي انتهاء المرحلة الأولى من الحملة في المخيم بعد أسبوع.\n"
        "وأفاد المرصد بمقتل ثلاثة عناصر في الهجوم (شرق).\n"
        "تحذير أميركي\n"
        "وفي السياق ذاته، أعلن وجهاء عشائ\n"
    )
    text, removed = _kinds(tmp_path, body)
    assert text.headline == "قوات الأمن تعلن انتهاء المرحلة الأولى من الحملة"
    assert removed["chrome"] == ["الأكثر قراءة", "الشأن السوري"]  # a menu, not the tail
    assert removed["dateline"] == [
        "الجمعة ٠١ سبتمبر ٢٠٢٣ - ٠١:١٨ بتوقيت غرينتش", "دمشق – الناس نيوز ::",
    ]  # fmt: skip
    assert removed["caption"] == ["عناصر من القوات في ريف الحسكة (مصور/فرانس برس)"]
    kept = [line.text for line in text.paragraphs]
    assert kept[1:] == [  # a credited sentence, a crosshead and the cut last line stay
        "وأفاد المرصد بمقتل ثلاثة عناصر في الهجوم (شرق).",
        "تحذير أميركي",
        "وفي السياق ذاته، أعلن وجهاء عشائ",
    ]


def test_a_related_list_after_the_article_is_the_tail(tmp_path: Path) -> None:
    body = (
        "عنوان الخبر عن الاشتباكات في المدينة\n"
        "اندلعت اشتباكات عنيفة في المدينة مساء الإثنين بين الطرفين وفق مصادر محلية.\n"
        "أخبار ذات علاقة\n"
        "رئيس الوزراء يعلن إرسال بارجة إلى المنطقة\n"
    )
    text, removed = _kinds(tmp_path, body)
    assert removed["related"] == ["أخبار ذات علاقة", "رئيس الوزراء يعلن إرسال بارجة إلى المنطقة"]
    assert len(text.paragraphs) == 1


def test_posts_tags_bare_credits_and_a_ticker_above_the_headline(tmp_path: Path) -> None:
    """Made-up lines for the rules fitted on the tuning half of eval/ (issue 9)."""
    body = (
        "وزير المالية يعلن موازنة العام المقبل في مؤتمر صحفي\n"
        "الجيش يستعيد السيطرة على قرى في ريف المدينة الشرقي\n"
        "عربة عسكرية قرب مدخل القرية الشرقي في ريف المدينة. أ.ف.ب\n"
        "مراسلنا: وحدات من #الجيش_الوطني تتقدم نحو #ريف_المدينة\n"
        "استعاد الجيش السيطرة على ثلاث قرى في ريف المدينة الشرقي بعد معارك استمرت يومين.\n"
        "وقال مصدر عسكري إن العمليات مستمرة في المنطقة حتى إشعار آخر.\n"
        '"الريف الشرقي"\n'  # between two paragraphs it would be a crosshead
    )
    text, removed = _kinds(tmp_path, body)
    assert text.headline == "الجيش يستعيد السيطرة على قرى في ريف المدينة الشرقي"
    assert removed["chrome"] == [
        "وزير المالية يعلن موازنة العام المقبل في مؤتمر صحفي",  # shares no word with the lead
        '"الريف الشرقي"',
    ]
    assert removed["caption"] == [
        "عربة عسكرية قرب مدخل القرية الشرقي في ريف المدينة. أ.ف.ب",
        "مراسلنا: وحدات من #الجيش_الوطني تتقدم نحو #ريف_المدينة",
    ]
    assert [line.text for line in text.paragraphs] == [
        "استعاد الجيش السيطرة على ثلاث قرى في ريف المدينة الشرقي بعد معارك استمرت يومين.",
        "وقال مصدر عسكري إن العمليات مستمرة في المنطقة حتى إشعار آخر.",
    ]


def test_the_first_headline_stays_when_it_shares_words_with_the_lead(tmp_path: Path) -> None:
    body = (
        "الجيش يستعيد السيطرة على قرى في ريف المدينة\n"
        "معارك عنيفة في ريف المدينة الشرقي منذ يومين\n"
        "استعاد الجيش السيطرة على ثلاث قرى في ريف المدينة الشرقي بعد معارك استمرت يومين.\n"
    )
    text, removed = _kinds(tmp_path, body)
    assert text.headline == "الجيش يستعيد السيطرة على قرى في ريف المدينة"
    assert text.paragraphs[0].text == "معارك عنيفة في ريف المدينة الشرقي منذ يومين"
    assert "chrome" not in removed


# Made-up lines for the general chrome rules (issue 9): each kind as pages of many
# outlets show it, written here in our own words.


def test_mastheads_share_bars_site_notices_and_widgets_are_chrome(tmp_path: Path) -> None:
    body = (
        "تجاوز إلى المحتوى الرئيسي\n"
        "رئيس التحرير: سامي عبد الكريم\n"
        "مساحة إعلانية\n"
        "المدينة 21° غائم جزئيا\n"
        "مجلس المدينة يقر خطة لإصلاح شبكة المياه في الأحياء الشرقية\n"
        "أقر مجلس المدينة يوم الأحد خطة لإصلاح شبكة المياه في الأحياء الشرقية خلال شهرين.\n"
        "شارك المئات في اجتماع عام لمناقشة الخطة في قاعة البلدية مساء الأحد.\n"
        "فيسبوك تويتر واتساب\n"
        "عدد المشاهدات: 1520\n"
        "نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا\n"
        "تابعوا آخر الأخبار عبر قناتنا على تلغرام\n"
        "حقوق النشر محفوظة لموقع المدينة اليوم 2024\n"
        "3 دقائق للقراءة\n"
        "لقراءة المقال كاملا اضغط على الرابط في الأسفل\n"
    )
    text, removed = _kinds(tmp_path, body)
    assert text.headline == "مجلس المدينة يقر خطة لإصلاح شبكة المياه في الأحياء الشرقية"
    assert [line.text for line in text.paragraphs] == [  # "شارك المئات ..." is a report
        "أقر مجلس المدينة يوم الأحد خطة لإصلاح شبكة المياه في الأحياء الشرقية خلال شهرين.",
        "شارك المئات في اجتماع عام لمناقشة الخطة في قاعة البلدية مساء الأحد.",
    ]
    assert removed["chrome"] == [
        "تجاوز إلى المحتوى الرئيسي", "رئيس التحرير: سامي عبد الكريم", "مساحة إعلانية",
        "المدينة 21° غائم جزئيا", "فيسبوك تويتر واتساب", "عدد المشاهدات: 1520",
        "نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا",
        "تابعوا آخر الأخبار عبر قناتنا على تلغرام",
        "حقوق النشر محفوظة لموقع المدينة اليوم 2024", "3 دقائق للقراءة",
        "لقراءة المقال كاملا اضغط على الرابط في الأسفل",
    ]  # fmt: skip


def test_breadcrumbs_tags_tickers_and_relative_times(tmp_path: Path) -> None:
    body = (
        "أخبار › محليات › افتتاح جسر جديد فوق النهر في المدينة\n"
        "خبر عن الطقس (مصدر) - 09:10 خبر عن السوق (مصدر) - 10:45 خبر عن المدرسة - 11:30\n"
        "افتتاح جسر جديد فوق النهر في المدينة\n"
        "منذ 3 ساعات\n"
        "By: Reporter Name | مراسل المدينة\n"
        "المدينة – سامي أحمد –ABC\n"
        "افتتحت البلدية صباح اليوم جسرا جديدا فوق النهر يربط الحيين الشمالي والجنوبي.\n"
        "وقال رئيس البلدية إن الجسر سيخفف الازدحام عند الساعة 08:30 كل صباح.\n"
        "المدينة، البلدية، الجسور، النقل العام\n"
    )
    text, removed = _kinds(tmp_path, body)
    assert text.headline == "افتتاح جسر جديد فوق النهر في المدينة"
    assert len(text.paragraphs) == 2
    assert removed["chrome"] == [
        "أخبار › محليات › افتتاح جسر جديد فوق النهر في المدينة",
        "خبر عن الطقس (مصدر) - 09:10 خبر عن السوق (مصدر) - 10:45 خبر عن المدرسة - 11:30",
        "المدينة، البلدية، الجسور، النقل العام",
    ]
    assert removed["dateline"] == [
        "منذ 3 ساعات", "By: Reporter Name | مراسل المدينة", "المدينة – سامي أحمد –ABC",
    ]  # fmt: skip


def test_photo_credits_and_labels_repeated_on_the_page_are_captions(tmp_path: Path) -> None:
    body = (
        "فرق الإطفاء تسيطر على حريق في سوق المدينة القديم\n"
        "رجال الإطفاء في السوق\n"
        "رجال الإطفاء في السوق\n"
        "الصورة: أرشيف البلدية\n"
        "سيطرت فرق الإطفاء على حريق اندلع فجر اليوم في سوق المدينة القديم دون إصابات.\n"
    )
    text, removed = _kinds(tmp_path, body)
    assert removed["caption"] == [
        "رجال الإطفاء في السوق", "رجال الإطفاء في السوق", "الصورة: أرشيف البلدية",
    ]  # fmt: skip
    assert len(text.paragraphs) == 1


def test_bulleted_links_before_the_article_go_and_bulleted_points_inside_stay(
    tmp_path: Path,
) -> None:
    body = (
        "- الأكثر قراءة\n"
        "- منتخب الشباب يفوز بالبطولة الإقليمية للمرة الثانية\n"
        "- أسعار الخضار ترتفع في أسواق العاصمة هذا الأسبوع\n"
        "وزارة الزراعة تعلن موعد بدء موسم الحصاد في المحافظة\n"
        "أعلنت وزارة الزراعة أن موسم الحصاد في المحافظة يبدأ مطلع الشهر المقبل.\n"
        "- تأمين الوقود للحصادات في كل المراكز الزراعية\n"
        "- نقل المحصول إلى مراكز الاستلام خلال أسبوع\n"
        "وأكدت الوزارة أن الأسعار ستعلن قبل بدء الموسم بأيام.\n"
    )
    text, removed = _kinds(tmp_path, body)
    assert text.headline == "وزارة الزراعة تعلن موعد بدء موسم الحصاد في المحافظة"
    assert removed["related"] == [
        "- منتخب الشباب يفوز بالبطولة الإقليمية للمرة الثانية",
        "- أسعار الخضار ترتفع في أسواق العاصمة هذا الأسبوع",
    ]
    kept = [line.text for line in text.paragraphs]
    assert "- تأمين الوقود للحصادات في كل المراكز الزراعية" in kept
    assert "- نقل المحصول إلى مراكز الاستلام خلال أسبوع" in kept


def test_a_related_header_inside_the_report_does_not_take_the_rest(tmp_path: Path) -> None:
    """Pages that drop the linked headlines keep the header: the report goes on."""
    body = (
        "المجلس المحلي يعيد فتح الطريق الرئيسي بعد أعمال صيانة\n"
        "أعاد المجلس المحلي فتح الطريق الرئيسي أمام السيارات بعد أعمال صيانة دامت أسبوعين.\n"
        "أخبار ذات صلة\n"
        "وقال المجلس في بيان إن أعمال الصيانة شملت إعادة تعبيد الطريق وتركيب إنارة جديدة على "
        "طوله، وإن فرقه ستبقى في المكان لمتابعة أي أضرار قد تظهر في الأيام المقبلة.\n"
    )
    text, removed = _kinds(tmp_path, body)
    assert removed == {"chrome": ["أخبار ذات صلة"]} or removed == {"related": ["أخبار ذات صلة"]}
    assert len(text.paragraphs) == 2


def test_a_question_headline_and_an_author_under_a_repeated_headline(tmp_path: Path) -> None:
    body = (
        "المدينة اليوم\n"
        "هل تعود الحافلات إلى خط الجامعة قريبا؟\n"
        "هل تعود الحافلات إلى خط الجامعة قريبا؟\n"
        "سامي أحمد\n"
        "تدرس شركة النقل إعادة الحافلات إلى خط الجامعة بعد توقفه منذ الصيف الماضي.\n"
    )
    text, removed = _kinds(tmp_path, body)
    assert text.headline == "هل تعود الحافلات إلى خط الجامعة قريبا؟"
    assert removed["repeated-headline"] == ["هل تعود الحافلات إلى خط الجامعة قريبا؟"]
    assert removed["chrome"] == ["المدينة اليوم", "سامي أحمد"]


def test_site_names_and_kickers_are_cut_from_the_headline(tmp_path: Path) -> None:
    body = (
        "صحيفة المدينة\n"
        "عاجل: البلدية تفتح ممرا جديدا للمشاة - صحيفة المدينة\n"
        "فتحت البلدية اليوم ممرا جديدا للمشاة قرب السوق القديم في وسط المدينة.\n"
    )
    text, _ = _kinds(tmp_path, body)
    assert text.headline == "البلدية تفتح ممرا جديدا للمشاة"
    speaker = "الوزير: لن نرفع الأسعار هذا العام\nقال الوزير إن الأسعار لن ترتفع هذا العام.\n"
    text, _ = _kinds(tmp_path, speaker)
    assert text.headline == "الوزير: لن نرفع الأسعار هذا العام"  # a speaker, not a site
    latin = "City News | البلدية تفتح ممرا جديدا\nفتحت البلدية اليوم ممرا جديدا للمشاة.\n"
    assert _kinds(tmp_path, latin)[0].headline == "البلدية تفتح ممرا جديدا"
    media = "البلدية تفتح ممرا جديدا – قناة المدينة\nفتحت البلدية اليوم ممرا جديدا للمشاة.\n"
    assert _kinds(tmp_path, media)[0].headline == "البلدية تفتح ممرا جديدا"


def test_the_crawl_date_of_the_page_store_is_not_part_of_the_headline(tmp_path: Path) -> None:
    body = " date 2024-05-02 افتتحت البلدية اليوم ممرا جديدا للمشاة قرب السوق القديم\n"
    assert _kinds(tmp_path, body)[0].headline.startswith("افتتحت البلدية")


def test_report_lines_that_look_like_chrome_stay(tmp_path: Path) -> None:
    """The guards of the rules above: each line here is the report's own text."""
    body = (
        "- البلدية تفتح ممرا جديدا للمشاة قرب السوق\n"
        "- الممر يربط السوق القديم بموقف الحافلات\n"
        "فتحت البلدية اليوم ممرا جديدا للمشاة يربط السوق القديم بموقف الحافلات.\n"
        "كتب رئيس البلدية على حسابه أن الممر سيفتح طوال ساعات اليوم.\n"
        "وبدأ العمل عند 07:30 وتوقف عند 12:15 واستؤنف عند 14:00 حتى المساء.\n"
        'وقال المتحدث: "نشرنا الصور على صفحتنا على فيسبوك".\n'
        "وأضاف المتحدث، في بيان، أن الأعمال\n"
    )
    text, removed = _kinds(tmp_path, body)
    assert removed == {}
    assert len(text.paragraphs) == 6  # the first bullet is the headline


def test_spellings_glued_links_and_a_list_of_teasers_above_the_headline(tmp_path: Path) -> None:
    """Menu words match however a site spells them (hamza or not); a teaser cut with
    "..." is a link, not the lead, so a list of them above the headline goes."""
    body = (
        "اخر الاخبار\n"
        "منتخب الشباب يفوز بالبطولة الإقليمية للمرة الثانية\n"
        "فاز منتخب الشباب مساء أمس بالبطولة الإقليمية بعد مباراة...\n"
        "ذات صلة\n"
        "وزارة الزراعة تعلن موعد بدء موسم الحصاد في المحافظة\n"
        "حجم الخط\n"
        "أعلنت وزارة الزراعة أن موسم الحصاد في المحافظة يبدأ مطلع الشهر المقبل.\n"
        "اقرأ أيضاالزراعة: أسعار القمح الجديدة تصدر الأسبوع المقبل\n"
        "وأكدت الوزارة أن الأسعار ستعلن قبل بدء الموسم بأيام.\n"
    )
    text, removed = _kinds(tmp_path, body)
    assert text.headline == "وزارة الزراعة تعلن موعد بدء موسم الحصاد في المحافظة"
    assert [line.text for line in text.paragraphs] == [
        "أعلنت وزارة الزراعة أن موسم الحصاد في المحافظة يبدأ مطلع الشهر المقبل.",
        "وأكدت الوزارة أن الأسعار ستعلن قبل بدء الموسم بأيام.",
    ]
    assert "اخر الاخبار" in removed["chrome"] and "حجم الخط" in removed["chrome"]


def test_a_sentence_that_names_its_day_is_not_a_date_line() -> None:
    assert clean._line_kind("استأنف الجيش دورياته يوم الجمعة 2 كانون الأول 2022.") is None
    assert clean._line_kind("منذ 5 ساعات") == "dateline"
