"""Clean a seed body: take out site chrome, keep what was taken out.

Scraped articles carry the page around them: menus, section labels, site names, crawl and
publication dates, datelines and bylines, photo captions, repeated headlines, share
buttons, newsletter prompts, reader comments and "related"/"most read" lists. The rules
are about page structure, not particular outlets, so they hold for pages we have not
seen: the article is the run of prose lines; the headline is the first headline-shaped
line before it; short lines around it and whole lines of dates, links or symbols are
furniture. Lines are also furniture by what every news site's furniture says (mastheads,
share bars, cookie and app notices, breadcrumbs, tags, tickers, weather and counters), by
standing twice on the page (a photo's alt text and caption), by being a bulleted list of
links outside the report or a run of links stamped with one date, or by standing short and
unpunctuated amid other furniture (an outlet's name between the dates and the headline's
copies). The page's controls speak to the reader ("أدخل كلمات البحث", "Copy to
clipboard"); a report does not. A "related" list is headlines: report prose after its
header ends it. The headline is never another story's: one that shares no word with the
lead sits above or below the page's own, and one set between two paragraphs names little
that they name. A sentence printed again further down, longer, is the page's teaser of its
own lead. Every removed line is kept in a ``RemovedBlock`` and shown on the source page.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from itertools import pairwise

from generator import arabic
from generator.model import RemovedBlock, Seed

# Kinds of removed text; labels for readers live in templates/strings.yaml.
CLEANING_KINDS = (
    "chrome", "dateline", "caption", "repeated-headline", "newsletter", "comments", "related",
    "signoff",
)  # fmt: skip


def _folded_pattern(source: str, flags: int = 0) -> re.Pattern[str]:
    """A pattern of words matched on folded text (``_key``): "اخر الاخبار" and "آخر
    الأخبار", "اقرأ أيضاً" and "إقرأ ايضا" are one menu item however a site spells it."""
    return re.compile(arabic.fold(source), flags)


# Whole lines (after dropping symbols such as emoji) that open the page's tail.
_COMMENTS_HEADER = _folded_pattern(r"^(التعليقات|تعليقات القراء|comments)(\s*\d+)?$", re.IGNORECASE)
_RELATED_HEADER = _folded_pattern(
    r"^(الأكثر قراءة|الأكثر مشاهدة|أهم المواضيع|أحدث الأخبار|آخر الأخبار|أهم التصنيفات|اقرأ أيضا|"
    r"مواضيع ذات صلة|أخبار ذات صلة|أخبار ذات علاقة|أخبار متعلقة|المزيد من الأخبار|"
    r"ذات صلة|مواد ذات صلة|مقالات ذات صلة|قد يهمك|قد يعجبك أيضا|اخترنا لك|شاهد أيضا|"
    r"ربما يعجبك أيضا|ربما يعجبك|قد يعجبك|ربما يهمك|قد يهمك أيضا|لا تفوتك|لا يفوتك|"
    r"أخبار مشابهة|مقالات مشابهة|مواضيع مشابهة|مقالات مقترحة|المزيد من \w+|"
    r"most read|related|related posts|related articles|related news|you may also like|"
    r"read also|more stories|"
    r"(?:آخر|أحدث) أخبار \w+|"  # "أخر اخبار سوريا:", a list of the site's latest on a place
    r"(?:أخبار|مواضيع|مقالات|قصص|مواد|تقارير) (?:ذات صلة|ذات علاقة|متعلقة|مشابهة|مقترحة))"
    r"( على \w+)?$",
    re.IGNORECASE,
)
# The same headers with their spaces lost in extraction ("آخرالاخبار", "اقرأأيضا").
_RELATED_HEADER_UNSPACED = re.compile(_RELATED_HEADER.pattern.replace(" ", ""), re.IGNORECASE)
# Lines that are page furniture wherever they stand, whole or by their first words.
_CHROME_LINE = _folded_pattern(
    r"^(logo|top|advertisement|إعلان|إعلانات|مساحة إعلانية|شارك|مشاركة|طباعة|share|print|الخط|"
    r"حجم الخط|تكبير الخط|تصغير الخط|"
    r"عاجل|أخبار عاجلة|أحدث الأخبار|المزيد|التفاصيل|read more|أكمل القراءة|تابع القراءة|"
    r"شريط الأخبار|"  # a news ticker's label, the ticker glued under it
    r"أضف تعليق|اضف تعليق|أضف تعليقا|اترك تعليقا|اترك تعليق|اترك ردا|اترك رد|لا توجد تعليقات|"
    r"الأخبار العاجلة|(?:\d+|no|لا)\s*(?:تعليق|تعليقات)|"
    r"العودة|العودة للخلف|رجوع|للأعلى|الذهاب إلى الأعلى|زر الذهاب إلى الأعلى|أظهر المزيد|"
    r"عرض المزيد|show more|load more|الوضع المظلم|الوضع الليلي|dark mode|"
    r"محتوى مدفوع|محتوى مدعوم|محتوى ممول|من نحن|اتصل بنا|أعلن معنا|شروط الاستخدام|"
    r"الشروط والأحكام|خريطة الموقع|"
    # Labels over the report and over its tags.
    r"تفاصيل الخبر|ذكر في هذا الخبر|ذكر في هذا المقال|"
    r"\d+\s*(?:دقيقة|دقائق)(?: للقراءة| قراءة)?)$",
    re.IGNORECASE,
)
# Masthead, breadcrumb, share, tag and comment-box furniture, by a line's first words.
_CHROME_START = _folded_pattern(
    r"^(طباعة|شارك|تابعونا|تابعوا|تابعنا|لمتابعة|اشترك|الرئيسية|الرئيسة|الصفحة الرئيسية|home|"
    r"للمزيد|"  # "للمزيد.. شاهدوا الفيديو المرفق", "للمزيد من التفاصيل: إضغط هنا"
    r"آخر الأخبار|أحدث الأخبار|اقرأ أيضا|اقرأ المزيد|"
    r"أكمل القراءة|انسخ الرابط|"
    r"نسخ الرابط|رئيس التحرير|رئيس مجلس الإدارة|مدير التحرير|"
    r"الكلمات المفتاحية|كلمات مفتاحية|الكلمات الدلالية|كلمات دلالية|الوسوم|وسوم|tags|"
    r"تجاوز إلى المحتوى|انتقل إلى المحتوى|skip to|لقراءة المقال|لقراءة الخبر|يرجى الضغط|"
    r"اضغط هنا|هذا المحتوى مقدم من|المحتوى مقدم من|وقت القراءة|مدة القراءة|"
    r"camera icon|tag icon|facebook|twitter|"
    r"تابع (?:كل |آخر |أحدث |جميع )?(?:الأخبار|أخبار)|التفاصيل في الرابط)\b",
    re.IGNORECASE,
)
_READ_ALSO = _folded_pattern(r"^(اقرأ|إقرأ) أيضا")
# "التالي عنوان المقال": the link to the next or previous page, whatever its headline
# ends with; "التالي نص البيان:" introduces the report's own text.
_NEXT_LINK = _folded_pattern(r"^(?:(?:المقال|الخبر|الموضوع) )?(?:التالي|السابق)\b")
# "قد يهمك..عنوان", "شاهد أيضا: عنوان": a link with its label, on one line.
_RELATED_LINK = _folded_pattern(
    r"^(قد يهمك|ربما يهمك|يهمك أيضا|اقرأ كذلك|طالع أيضا|شاهد أيضا|ذات صلة|اقرأ المزيد|"
    r"اقرأ أيضا|مواضيع ذات صلة|أخبار ذات صلة)\s*(?:[.:|»«\-–—…]+)"
)
# "أخبار ذات علاقة مقتل عنصر أمن ...": a label glued to its link with no separator; the rest
# is a headline, not a sentence ("ذات صلة" never opens report prose).
_RELATED_LABEL = _folded_pattern(
    r"^(?:أخبار ذات علاقة|أخبار ذات صلة|مواضيع ذات صلة|مقالات ذات صلة|أخبار متعلقة|"
    r"مواضيع متعلقة|اقرأ أيضا|اقرأ كذلك|طالع أيضا|شاهد أيضا|قد يهمك|ربما يهمك)\s+\S"
)
_BYLINE_LABELS = (
    r"إعداد|اعداد|بقلم|كتب|كتبت|تحرير|ترجمة|تاريخ النشر|آخر تحديث|تغطية صحفية|"
    r"شارك في التغطية|بواسطة|نشر بواسطة|نشر بتاريخ|نشر في|by|editing|author|written by"
)
_BYLINE_START = _folded_pattern(rf"^({_BYLINE_LABELS})\s", re.IGNORECASE)
# The same label with nothing after its colon ("آخر تحديث:", "تاريخ النشر :"): a value the
# page left empty or printed elsewhere. A report's lead-in says something before its colon
# ("وجاء في البيان ما يلي:"), so only the label's own words alone make a label.
_EMPTY_LABEL = _folded_pattern(rf"^(?:{_BYLINE_LABELS})$", re.IGNORECASE)
# A share button's prompt, an imperative alone on its line: "أنشرها:", "انشر", "شاركها".
_SHARE_PROMPT = _folded_pattern(r"^(?:(?:ا|أ)?نشر(?:ها|ه|وا)?|شارك(?:ها|ه|وا|ي)?)$")
# "تقرير: فلان", "رصد: فلان": a role and a name with its colon, a byline of its own.
_ROLE_BYLINE = _folded_pattern(
    r"^(?:تم النشر|المحرر|الكاتب|متابعة|حوار|رصد|مراسل|مراسلة|تقرير|نص|إشراف|وكالات)\s*[:：]"
)
ROLE_BYLINE_MAX_WORDS = 6
# A correspondent with the outlet's name and nothing after the colon ("مراسل الفرات:"): the
# byline over the report; a lead-in naming one opens with its verb ("وقال مراسلنا:").
_CORRESPONDENT = _folded_pattern(r"^(?:مراسل|مراسلة|مراسلنا|مراسلتنا)(?: \S+){0,2}$")
_DISCLAIMER = re.compile(
    r"لا ?يعبّ?ر بالضرورة|لا تعبّ?ر بالضرورة|لا تعكس بالضرورة|لا يعكس بالضرورة|"
    r"جميع الحقوق محفوظة|الحقوق محفوظة|حقوق النشر|حقوق الطبع|©|"
    r"تعبّ?ر عن رأي (?:كاتبها|كاتبيها|أصحابها|صاحبها)|يمنع (?:نسخ|إعادة نشر|اقتباس)|"
    r"(?:التعليقات|المقالات) المنشورة لا (?:تعبّ?ر|يعبّ?ر)|"
    # An aggregator's note on a copy it carries: "مضمون هذا الخبر تم كتابته بواسطة ... وانما
    # تم نقله بمحتواه كما هو من ... ونحن غير مسئولين عن محتوى الخبر".
    r"مضمون هذا الخبر|تم نقله بمحتواه|غير (?:مسئولين|مسؤولين) عن (?:محتوى|مضمون)"
)
# A notice about the site itself: cookies, accounts, the outlet's own apps and channels.
# Matched on folded text, so "انشئ حساباً" is "أنشئ حساب".
_SITE_NOTICE = _folded_pattern(
    r"ملفات تعريف الارتباط|ملفات الارتباط|الكوكيز|كوكيز|cookies|سياسة الخصوصية|"
    r"تسجيل الدخول|سجل الدخول|إنشاء حساب|أنشئ حساب|حسابا خاصا بك|لم تشترك بعد|"
    r"حمل تطبيق|"
    # A paywall ("هذا المقال مخصص للمشتركين") and a mirror for readers with "مشاكل تقنية".
    r"مخصص للمشتركين|للمشتركين فقط|للوصول إلى هذا المقال|مشاكل تقنية في تصفح|"
    # The site's machine summary above the report: "تنويه: الملخص مُنشأ بالذكاء الاصطناعي
    # يُنصح بمراجعة النص الأصلي", "هذه الخدمة تجريبية".
    r"الملخص (?:منشأ|مولد|مكتوب) بالذكاء الاصطناعي|هذه الخدمة تجريبية",
    re.IGNORECASE,
)
# The page's controls speaking to the reader: the search box ("أدخل كلمات البحث واضغط على
# إدخال"), buttons, and the English of a page's widgets ("Copy to clipboard", "App Store").
_UI_PROMPT = _folded_pattern(
    r"(?:أدخل|اكتب|ابحث|اضغط|انقر)\b.*\b(?:كلمات البحث|كلمة البحث|إدخال|زر|هنا)\b|"
    r"copy to clipboard|close button|click here|sign in|log in|app ?store|google play|"
    r"أعجبك|أعجبتك|شاركه مع|شاركه لت|أصدقاءك|أصدقائك",
    re.IGNORECASE,
)
UI_PROMPT_MAX_WORDS = 12
# A link's prompt: "يمكنكم المتابعة عبر الضغط (هنا)", "اضغط هنا", "الرجاء الضغط على
# الرابط". A report's "هنا" is a place or a time, never a link in brackets or a thing to
# click; "ضغط هنا" may be pressure ("يمارسون ضغط هنا وهناك"), so only the imperative or the
# brackets, or the verbal noun ("النقر على الرابط") when the line asks the reader
# (``_ASKS_READER``): "ودعا الأهالي إلى النقر على الرابط" reports a phishing link. A longer
# line is a report's paragraph, whatever it mentions.
_CLICK_PROMPT = _folded_pattern(r"\(هنا\)|(?:^|\s)(?:ا|إ)(?:ضغط|نقر)(?:وا)? (?:هنا|على الرابط)\b")
_CLICK_NOUN = _folded_pattern(r"(?:^|\s)(?:ال|ب|بال)(?:ضغط|نقر) (?:هنا|على الرابط)\b")
_ASKS_READER = _folded_pattern(
    r"(?:^|\s)(?:الرجاء|يرجى|نرجو|يمكنكم|يمكنك|للمزيد|لمتابعة|للاطلاع|للاطّلاع|لقراءة)\b"
)
CLICK_PROMPT_MAX_WORDS = 30  # the longest on the spent sets: 27 (heldout20 b05)
# A comment form speaks to the reader about their comment: "لن يتم نشر عنوان بريدك
# الإلكتروني", "أرسل تعليقك", "رأيك في الموضوع". A report quotes no one in these words.
_COMMENT_FORM = re.compile(
    r"بريدك الإلكتروني|بريدك الالكتروني|الحقول (?:الإلزامية|المطلوبة)|تعليقك|تعليقكم|"
    r"رأيك في الموضوع|شاركنا رأيك|علامات HTML|إلغاء الرد|احفظ اسمي"
)
COMMENT_FORM_MAX_WORDS = 20
# An aggregator's words around the copy it carries: "انتم الان تتابعون خبر ... والان
# نترككم مع التفاصيل الكاملة", "شكرا لمتابعة خبر ... والان مع نوافيكم بالتفاصيل".
AGGREGATOR_FORMULA_ENDS = 2
_AGGREGATOR_FORMULA = re.compile(
    r"تتابعون خبر|لمتابعة خبر|لمتابعتكم خبر|نوافيكم بالتفاصيل|نترككم مع التفاصيل|"
    r"ونترككم مع|نوافيكم ب|"
    # The outlet greeting its readers before the copy: "نقدم لكم زوارنا الكرام أهم وآخر
    # المستجدات كما وردت في المقال التالي ...".
    r"زوارنا الكرام|زوارنا الأعزاء|متابعينا الكرام|متابعينا الأعزاء"
)
# A line of hashtags: "#تركيا", "#ديار بكر" (a tag of two words loses its underscore).
_HASHTAG_LINE = re.compile(r"^#\S")
HASHTAG_LINE_MAX_WORDS = 4
# Words of outlets' own names ("بلدي نيوز", "نورث برس", "عربي بوست"): a short line with
# one of them and nothing else is a masthead, not a headline.
_OUTLET_WORDS = frozenset(
    ["نيوز", "برس", "بوست", "نت", "تايمز", "أونلاين", "اونلاين", "24", "ديجيتال"]
)
OUTLET_NAME_MAX_WORDS = 3
_SECTION_WORDS = frozenset(arabic.fold(w) for w in ["أخبار", "الأخبار", "اخبار", "الاخبار"])
# "قناتنا على تلغرام": the site's own channels; a spokesman may say "صفحتنا" in a quote.
_OWN_CHANNEL = re.compile(
    r"قناتنا على|قناتنا في|تطبيقنا|صفحتنا على|حسابنا على|"
    r"(?:حساباتنا|صفحاتنا|قنواتنا) (?:على|في|عبر)"  # "تابعونا عبر حساباتنا على شبكات التواصل"
)
_QUOTE_MARKS = re.compile(r"[\"“”«»]")
# A site's address as a masthead prints it: "worldnews-sy.net//", "www.example.com".
_DOMAIN = re.compile(r"(?:https?://)?(?:www\.)?[A-Za-z0-9-]+(?:\.[A-Za-z]{2,6})+/*", re.IGNORECASE)
_NEWSLETTER = re.compile(
    r"نشرتنا البريدية|نشراتنا البريدية|النشرة البريدية|صندوق بريدك|اشترك في نشرتنا|"
    r"اشترك بنشرتنا|newsletter|"
    r"اشترك الآن|للاشتراك في|اشترك في قناتنا|اشترك في خدمة",
    re.IGNORECASE,
)
# Names of share buttons and networks: a line of these words alone is a share bar.
_SHARE_TEXT = """
    شارك مشاركة عبر على فيسبوك فيس بوك تويتر إكس اكس واتساب واتس اب تلغرام تليغرام تيليغرام
    تيليجرام لينكد إن لينكدإن يوتيوب انستغرام إنستغرام انستجرام ماسنجر البريد الإلكتروني
    الالكتروني طباعة نسخ انسخ الرابط
"""
_SHARE_WORDS = frozenset(_SHARE_TEXT.split())
# A site's sections as its menu names them, bare nouns with no article ("منوعات رياضة
# تحقيقات"); a report names such fields with the article and "و" ("الرياضة والثقافة").
_MENU_TEXT = """
    منوعات رياضة اقتصاد ثقافة تكنولوجيا صحة مقالات تحقيقات مقابلات ترجمات محليات فنون
    سياسة تقارير آراء مجتمع علوم
"""
_MENU_WORDS = frozenset(arabic.fold(w) for w in _MENU_TEXT.split())
MENU_MIN_SECTIONS = 3
# "°", "درجة مئوية": a weather widget ("القامشلي 18° غائم").
# A weather report's own lines ("بين 27/14 درجة مئوية") are prose or tables, not this.
_DEGREE = re.compile(r"\d\s*(?:°|℃)")
_SKY = re.compile(r"غائم|مشمس|ماطر|صحو|ممطر")
WEATHER_MAX_WORDS = 8
SKY_MAX_WORDS = 3  # "الحسكة 18 غائم": a city, a figure and the sky, nothing else
# View and comment counters: "2904 مشاهدة", "عدد المشاهدات: 120", "يوجد حاليا 359 زائر".
_COUNTER = re.compile(
    r"^(?:عدد )?(?:المشاهدات|مشاهدات|مشاهدة|القراءات|قراءات|قراءة|الزيارات|زيارات|زيارة|"
    r"التعليقات|تعليقات|تعليق|زائر|زوار)\b|\d+ (?:مشاهدة|مشاهدات|قراءة|قراءات|زيارة|زائر|"
    r"تعليق|تعليقات)\b"
)
COUNTER_MAX_WORDS = 8
# A photo credit line: "الصورة: ...", "(صورة أرشيفية)", "تصوير: ...".
_PHOTO_CREDIT = re.compile(r"^\(?(?:الصورة|صورة|الصور|صور|تصوير|الصورة من|مصدر الصورة)\s*[:：(–—-]")
# A caption that says what kind of photo it is before what it shows: "صورة تعبيرية لمقاتل
# ...", "صورة أرشيفية لاجتماع ...". A report speaks of a photo as "صورة نشرها ..." or
# "صورة تظهر ...", never with these adjectives first.
_PHOTO_KIND = _folded_pattern(r"^\(?(?:الصورة|صورة) (?:تعبيرية|أرشيفية|من الأرشيف|توضيحية)\b")
# A credit glued to a caption's end: "... مع سورياCredit: Gokhan Sahin/Getty Images".
_LATIN_CREDIT = re.compile(r"(?:Credit|Photo|Image)\s*:\s*[A-Za-z][^:]*$")
# An Arabic credit closing a caption: "... في سنجار تصوير: ROJ NEWS", "... عدسة: فلان",
# "... بعدسة فلان". The name after it is short and has no punctuation; a report's sentence
# that names a photographer ends with its stop or goes on ("بعدسة مصورها الرسمي.").
_CREDIT_AT_END = re.compile(
    r"(?:^|\s)(?P<noun>تصوير|عدسة|بعدسة|الصورة|صورة)\s*(?P<colon>[:：])?\s*"
    r"(?P<name>[^.!?؟…:：،,؛\s][^.!?؟…:：،,؛]*)$"
)
CREDIT_NAME_MAX_WORDS = 4  # "اعلام وحدات حماية سنجار": a photographer or an office
# "... 7 يناير 2025. وليام كيو لصالح “لو موند”": after a caption's full stop, the
# photographer's name and the outlet he shot it for, quoted, closing the line; a sentence of
# the report that names an outlet goes on to its own stop.
# The 1-3 words before لصالح are a name ("وليام كيو لصالح “لو موند”"), with no "that", pronoun
# or "work" among them: "وأضاف أنهما يعملان لصالح «داعش»" is a report's sentence, not a credit.
_SHOT_FOR_CREDIT = re.compile(
    r"[.]\s*(?:(?![وف]?(?:[أإا]ن(?:ه|ها|هما|هم)?|هو|هي|هم|هما)\s|\S*عمل)[^\s.!?؟…:،,؛]+\s+){1,3}"
    r"لصالح\s*[\"“«][^\"“”«».]{1,40}[\"”»]$"
)
_UNCOLONED_CREDIT = "بعدسة"  # "بعدسة فلان" is a credit; "تصوير الجسر" is a noun phrase
# A writer's bio under the byline: "صحفي كردي سوري، مقيم في القامشلي ... يعمل منذ 7 أعوام
# ...": a writer's noun first, then where the writer lives or works or what they studied.
_WRITER_NOUN = _folded_pattern(
    r"^(?:صحفي|صحفية|صحافي|صحافية|كاتب|كاتبة|باحث|باحثة|إعلامي|إعلامية|مراسل|مراسلة)\b"
)
_BIO_WORD = _folded_pattern(
    r"\b(?:مقيم|مقيمة|يعمل|تعمل|حاصل|حاصلة|خريج|خريجة|متخصص|متخصصة|مهتم|مهتمة)\b"
)
WRITER_NAME_MAX_WORDS = 3  # "هوشنك حسن": a name alone on its line
# A bio may open with what the writer graduated in or holds instead of a writer's noun:
# "خريجة كلية الحقوق ... وتعمل حالياً مديرة مكتب ...". Under a name line, never the report's.
_GRADUATE_START = _folded_pattern(r"^(?:خريج|خريجة|حاصل على|حاصلة على)\b")
# "- عنوان", "• عنوان": an item of a list (of links, when it stands outside the report).
_BULLET = re.compile(r"^[-–—*▪►◄»•·]\s*\S")
LINK_LIST_MIN_ITEMS = 2
STAMP_WORDS = 3  # a date stamp: "2 حزيران 2018"
_STAMP_GLUE = re.compile(r"(?<=\d)(?=[^\W\d_])")  # "2018اعتقالات": a stamp glued to its link
OTHER_STORIES_SHARE = 0.5  # of a list's items that share no content word with the lead
# Breadcrumb or menu separators between segments ("سياسة › سوريا › ..."); spaced, so that
# dates ("9/10/2019") and compounds ("أميركية-تركية") are not split. Pointing either way,
# single or doubled: "العنوان << الأخبار << الرئيسية" leads from the page up to the home.
_BREADCRUMB_SEPARATOR = re.compile(r"\s(?:<<|>>|[›‹»<>\\/|])\s")
BREADCRUMB_MIN_SEPARATORS = 2
BREADCRUMB_SEGMENT_MAX_WORDS = 3
# The home page at one end of a trail, perhaps with a "you are here" label run on.
_CRUMB_HOME = _folded_pattern(r"^(?:الصفحة )?الرئيسية\b|^home\b", re.IGNORECASE)
# Tags: "سوريا، قسد، الجيش السوري، الحسكة": short terms separated by commas, no sentence.
# A breadcrumb printed as an ordered list, one item a line: "1. Home", "2. أخبار", "3. دولي",
# "4. <the headline>". Every item but the last is a short name.
_NUMBERED_ITEM = re.compile(r"^(?P<number>\d{1,2})[.)]\s+\S")
NUMBERED_CRUMB_MIN_ITEMS = 3
# Short lines each ending with a colon, one under another: "تأملات محمد ثامر يوسف:",
# "اشارة ساطع راجي:" (columns and their writers). A lead-in introduces the line after it;
# three in a row introduce nothing, so they are a menu of labels.
COLON_RUN_MIN_LINES = 3
# An outlet's desk set off from its name: "الأيام السورية؛ قسم الأخبار", "فريق التحرير -
# الرقة". A semicolon or comma also joins clauses ("الجسر مفتوح؛ والطريق مغلق"), so a
# desk's noun must open one of the two short segments.
_DESK = _folded_pattern(r"^(?:قسم|فريق|غرفة|مكتب)\s")
_DESK_SEPARATORS = re.compile(r"\s*[؛;،,_/|:]+\s*|\s+[-–—]+\s*|\s*[-–—]+\s+")
DESK_SEGMENT_MAX_WORDS = 3

_TAG_SEPARATOR = re.compile(r"\s*[،,]\s*")
TAG_MIN_ITEMS = 3
TAG_ITEM_MAX_WORDS = 3
# A news ticker: headlines each stamped with a clock time ("... (مصدر) - 21:08 ...").
# A report's timeline says "عند 10:30"; a ticker sets each time off with a dash.
_CLOCK = re.compile(r"[-–—|]\s*\d{1,2}:\d{2}(?![\d:])")
TICKER_MIN_TIMES = 3
# "ticker عنوان ... ticker عنوان ...": a news ticker whose items the store printed each with
# its widget's label (heldout17 o03); a report names no "ticker" in Latin letters.
_TICKER_LABEL = re.compile(r"(?<![A-Za-z])ticker(?![A-Za-z])", re.IGNORECASE)
TICKER_LABEL_MIN_TIMES = 2
_SIGNOFF = re.compile(r"^(?:المصدر|مصدر|source)\s*[:：/]\s*(?P<outlet>.+?)\s*$", re.IGNORECASE)
SOURCE_CREDIT_MAX_WORDS = 6  # "المرصد السوري لحقوق الإنسان", "Sputnik Arabic"
# An editor's initials closing a report, letters with dots or slashes between them: "س.ع",
# "ع.ح.م", "م/ع". No sentence or name is two lone letters.
_LOST_LETTERS = re.compile(r"\?{2,}")  # a word whose letters the page's encoding lost
_PRESS_OFFICE = _folded_pattern(
    r"^(?:المكتب|المركز|الدائرة|القسم) (?:الإعلامي|الإعلامية|الصحفي|الصحافي)\b"
)
# "- تحديث احصائيات كورونا الآن -", "-اعلان-": a few words set between two dashes are a
# button's or banner's label; a list item of the report opens with a dash but ends on its
# words or a stop, not on another dash.
_DASH_FRAMED = re.compile(r"^[-–—]+\s*[^-–—]+?\s*[-–—]+$")
DASH_FRAMED_MAX_WORDS = 8
_EDITOR_INITIALS = re.compile(r"^\(?[\u0621-\u064A](?:\s*[./]\s*[\u0621-\u064A]){1,3}\.?\)?$")
_PUNCTUATION = re.compile(r"[.!?؟؛…:،,]")
_SENTENCE_END = re.compile(r"[.!?؟؛…:،,]$")
_PROSE_END = re.compile(r"[.!?؟…\"”»)]$")
_SYMBOLS = re.compile(r"[^\w\s]")
# A date or time: "29.08.2023", "٠١:١٨", "2019-11-11T17:22", or a month or weekday named.
_DATE_PATTERN = re.compile(
    r"\d{1,4}\s*[-/.:]\s*\d{1,2}|(?:منذ|قبل)\s+\d+\s+(?:ثانية|ثوان|دقيقة|دقائق|ساعة|ساعات|يوم|"
    r"أيام|يوما|يوماً|أسبوع|أسابيع|شهر|أشهر|أسبوعين|ساعتين|يومين)|\b(?:يناير|فبراير|مارس|أبريل|ابريل|مايو|يونيو|يوليو|أغسطس|"
    r"اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر|كانون|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|"
    r"تشرين|january|february|march|april|may|june|july|august|september|october|november|"
    r"december)\b",
    re.IGNORECASE,
)
# The page store's crawl prefix on a first line: " date 2025-10-07 …".
_CRAWL_PREFIX = re.compile(r"^\s*date \d{4}-\d{2}-\d{2}\s*")
# A date written as the page's software writes it, "2019-07-23": a report writes dates in
# words ("23 تموز 2019"); every such line of tune and eval/dev/ is chrome (the store's own
# crawl prefix aside; benchmarks/logs/title_keypoint_causes_s18.log).
_ISO_DATE = re.compile(r"(?<!\d)(?:19|20)\d\d-\d\d-\d\d(?!\d)")
# "(@SanaAjel)": the attribution line of an embedded post.
_HANDLE = re.compile(r"\(@\w+\)")
# "... pic.twitter.com/wUNO1qiBe9": the link an embedded post's text ends with; a report
# cites a post in its own words, not with the post's media link.
_POST_MEDIA_LINK = re.compile(r"\bpic\.twitter\.com/\w+", re.IGNORECASE)
# "#الجيش_العربي_السوري": a hashtag of several words is a social post, not report prose.
_HASHTAG = re.compile(r"#\w+_\w+")
# A line that is one quoted term and nothing else ('"التحالف الدولي"'): a tag.
_QUOTED_TAG = re.compile(r'^["“”«][^"“”«»]+["“”»]$')
QUOTED_TAG_MAX_WORDS = 3
# A bare agency mark after a caption's full stop: "... قرب الحدود. أ.ف.ب"; in a paragraph
# of the report it is bracketed ("(أ ف ب)").
_BARE_AGENCY = re.compile(r"[.]\s*(?:أ\.\s?ف\.\s?ب|أ ف ب)$")
_PHOTO_AGENCY = re.compile(
    r"\((?:غيتي|جيتي|غيتي إيمجز|Getty[^()]*|Shutterstock|EPA[^()]*|إي بي إيه)\)$", re.IGNORECASE
)
PHOTO_CAPTION_MAX_WORDS = 50  # a caption of a few sentences still fits under a photo
_TRAILING_SEPARATORS = re.compile(r"[\s:|/–—_-]+$")
# A text cut mid-sentence ends in "وبذلك، تراجع" or "وكشف مصدر عسكري، ال": a conjunction.
_CUT = re.compile(r"^(و|ف|في |كما |ثم )")
# A last word this short is a particle ("من", "في") or a word the copy cut off ("وأ", "ك"):
# names and labels end on a word of their own. Initials ("أ ف ب") are letters in a row.
CUT_WORD_MAX_LETTERS = 2
_SENTENCE_STOP = re.compile(r"[.!?؟…]$")
_WIDE_GAP = re.compile(r"\S\s{3,}\S")
GLUED_MIN_GAPS = 2  # two wide gaps: three items
_COMMA = re.compile(r"[،,]")
HEADLINE_MAX_COMMAS = 2
_PROSE_PUNCTUATION = re.compile(r"[.,،؛;!?؟]")  # what a paragraph of prose has somewhere
# What prose that long has and a run of headlines does not: a comma or a full stop. A
# headline may end with "؟" or "!" or trail off with "..", so those are no sign of prose.
_CLAUSE_PUNCTUATION = re.compile(r"[,،؛;]|(?<!\.)\.(?!\.)")
GLUED_MAX_COPIES = 3  # "العنوانالعنوانالعنوان": a headline printed up to three times over
# The lead's first sentence ends in a full stop; a question or exclamation mark ends many
# headlines ("... ما الحقيقة؟", "... والمعنيون مدعوون للتحرك!"), so neither ends the
# search for one.
_LEAD_STOP = re.compile(r"[.…]$")
_PAREN_END = re.compile(r"\([^()]+\)$")
_PLUS_KICKER = re.compile(r"\s*\+\s*\S+$")
_URL = re.compile(r"(https?://|www\.)\S+", re.IGNORECASE)
# A photo credit closing a caption: "(دليل سليمان/فرانس برس)", "أ.ف.ب", "ـ أرشيفية", "(AA)"
# (Anadolu's Latin mark, as "الأناضول" is its Arabic one).
_CREDIT = re.compile(
    r"(\([^()A-Za-z:.]*\)|\((?:Getty|AFP|Reuters|AP|EPA|Anadolu|AA|Shutterstock)\b[^()]*\)|"
    r"أ\.ف\.ب|أ ف ب|رويترز|أرشيفية|الأناضول)$"
)
# A photo agency's or outlet's credit with a crosshead of a few words run on after it ("...
# ضمت أكثر من 450 شخصا (الجزيرة) عملية كبيرة"): extraction joined the caption and the
# crosshead under it. Only a credit's names: "عين العرب (كوباني) تحت الحصار" is a crosshead.
_CREDIT_RUN_ON = re.compile(
    r"\((?:الجزيرة|الجزيرة نت|رويترز|الأناضول|أ\.?\s?ف\.?\s?ب|فرانس برس|غيتي|جيتي|"
    r"سانا|الأوروبية|أسوشيتد برس|AFP|Reuters|AP|Getty[^()]*|EPA[^()]*)\)"
    r"(?=(?:\s+[^\s.،,:؛!?؟]+){1,3}$)"
)
# Dateline segments: "دمشق_ العرب اليوم", "إدلب / أحمد قره أحمد / الأناضول".
_SEPARATORS = re.compile(r"\s*[-–—_/|:»«]+\s*|\s+ـ+\s+")  # "آفرين علو ـ xeber24.net"
# In a line longer than a name and a place ("بغداد اليوم-بغداد"), a dash with no space on
# either side joins a compound ("التوتر العربي-الكردي شرق الفرات: ..."); "أنقرة- الرسالة
# نت" and "مراسلنا –NPA" have a space on one side.
# Guillemets there quote a name inside a sentence ("بالصور ـ «سوريون» يطردون رتلاً"): an
# outlet standing as a segment of its own ("دمشق ـ «القدس العربي»:") is set off by a dash.
_SPACED_SEPARATORS = re.compile(r"\s+[-–—]+\s*|\s*[-–—]+\s+|\s*[_/|:]+\s*|\s+ـ+\s+")
_LATIN_MARK = re.compile(r"^(?:[A-Za-z]{2,6}|[\w-]+(?:\.[A-Za-z]{2,6})+)$")
# A site name beside the headline: "عنوان - الموقع", "الموقع | عنوان", "الموقع: عنوان".
_SITE_SUFFIX = re.compile(r"^(?P<rest>.+?)\s+[-–—|]\s+(?P<site>[^-–—|]+)$")
_SITE_PREFIX = re.compile(r"^(?P<site>[^:：|]+?)\s*(?:[:：]|\|+)\s+(?P<rest>.+)$")
SITE_NAME_MAX_WORDS = 3
# "واع / عنوان": a mark before a slash, cut only when the page's dateline opens with it.
_SLASH_PREFIX = re.compile(r"^(?P<site>[^/]+?)\s*/\s*(?P<rest>\S.*)$")
# "سوريا | تنظيم الدولة يصد ...", "الرقة || ...": a word or two set off by a bar (or two)
# before a headline is a section or kicker label, whatever its words; a colon may introduce
# a speaker instead.
_LABEL_BAR = re.compile(r"^(?P<label>[^|]+?)\s+\|+\s+(?P<rest>.+)$")
BAR_LABEL_MAX_WORDS = 2
# "اخبار السودان من الشروق - عنوان": a section of the site ("أخبار ...") before a dash.
_DASH_PREFIX = re.compile(r"^(?P<site>[^-–—|:：]+?)\s+[-–—]+\s+(?P<rest>.+)$")
SECTION_PREFIX_MAX_WORDS = 4
# "بالصور ـ عنوان", "شاهد بالفيديو .. عنوان": a kicker before any separator (a dash, a
# tatweel set off by a space, two dots, a bar or a colon); "شاهد" only with a kicker after
# it, for "شاهد" alone may open a headline's own sentence.
_KICKER_PREFIX = re.compile(
    r"^(?P<label>[^\s.:：|ـ\-–—…]+(?:\s+[^\s.:：|ـ\-–—…]+)?)"
    r"\s*(?:\.{2,}|…|\s[-–—ـ]+|[-–—]+\s|\|+|[:：])\s*(?P<rest>\S.*)$"
)
_KICKER_VERBS = frozenset(["شاهد", "شاهدوا"])
# Before any separator only a kicker of the page's media is cut ("بالصور ـ", "فيديو |"):
# "عاجل.." is kept as the labels keep it (tune g01), the urgency is the outlet's headline.
_MEDIA_KICKERS = frozenset(["فيديو", "بالفيديو", "بالصور", "صور"])
# Nouns that open an outlet's name after a headline ("... – قناة مصر اليوم"); before a
# colon they attribute a claim ("وكالة الأنباء: ..."), so only the suffix is cut.
_MEDIA_NOUNS = frozenset(
    ["قناة", "موقع", "صحيفة", "جريدة", "وكالة", "شبكة", "إذاعة", "راديو", "تلفزيون", "مجلة"]
)
# Kickers that label a headline rather than say anything: "عاجل: ...", "بالفيديو | ...".
_HEADLINE_LABELS = frozenset(
    ["عاجل", "خاص", "حصري", "فيديو", "بالفيديو", "بالصور", "صور", "تقرير", "انفوغراف"]
)
_DATE_TEXT = """
    يناير فبراير مارس أبريل ابريل إبريل مايو يونيو يوليو أغسطس اغسطس سبتمبر أكتوبر اكتوبر
    نوفمبر ديسمبر كانون الثاني شباط آذار اذار نيسان أيار ايار حزيران تموز آب اب أيلول ايلول
    تشرين الأول الاول السبت الأحد الاحد الاثنين الإثنين الثلاثاء الأربعاء الاربعاء الخميس
    الجمعة بتوقيت غرينتش جرينيتش غرينيتش مكة م ص مساء صباحا تاريخ النشر نشر محدث آخر تحديث
    منذ ساعة ساعات دقيقة دقائق gmt utc am pm محرم ربيع جمادى رجب شعبان رمضان شوال القعدة
    الحجة هـ
"""
_DATE_WORDS = frozenset(_DATE_TEXT.split())
DATE_LINE_MAX_WORDS = 12
DATELINE_MAX_WORDS = 8  # "إدلب / أحمد قره أحمد / الأناضول": places, names, outlets
DATE_LINE_SHARE = 0.6  # of a line's words that are digits, month or weekday names, or Latin
PROSE_MIN_WORDS = 7  # a line this long is article text even without final punctuation
HEADLINE_MIN_WORDS = 4  # shorter lines before the article are labels, not headlines
COPIED_MIN_WORDS = 2  # a text printed over again on one line: a word twice may be emphasis
HEADLINE_MAX_WORDS = 25  # a longer line is the article's first paragraph
CAPTION_MAX_WORDS = 25  # a photo caption is one short sentence
LABEL_MAX_WORDS = 5  # "الرئيس الروسي فلاديمير بوتين": a title and a name
BYLINE_POST_MAX_WORDS = 8  # "باحث مساعد في برنامج الإرهاب والتطرف"
STEM_MIN = 3  # letters a stem keeps: "جسر"
INTERJECTED_MIN_WORDS = 7  # another story's headline; crossheads are shorter
# Of its stems, the most another story's headline shares with the paragraphs around it
# (a word such as "فصائل" or "مطار"); a live report's subheadline shares half or more.
INTERJECTED_SHARED_MAX = 0.2
REPRINT_MIN_LINES = 2  # lines printed again in a row to the page's end: a block, not a quote
CUT_COPY_MIN_WORDS = 5  # a shorter line that a later one begins with is a label or name
STORY_DATELINE_MIN_LISTED = 3  # the header, a link, then the other story's dateline
NEXT_STORY_MIN_BEFORE = 2  # paragraphs of the report before another story may start
# Of the next story's headline's stems, at most this share in the report above it: a
# common word or two ("جديدة", "سوريا") is no shared topic.
NEXT_STORY_SHARED_MAX = 0.3
# A sidebar above the headline (clean._past_sidebar): at least this many headlines, each
# naming under SIDEBAR_ITEM_SHARE of its stems in the lead, above the first candidate naming
# SIDEBAR_HEADLINE_SHARE or more (benchmarks/logs/clean_sidebar_s23.log).
SIDEBAR_MIN_HEADLINES = 3
SIDEBAR_ITEM_SHARE = 0.3
SIDEBAR_HEADLINE_SHARE = 0.5
# Of the stems of a headline-shaped line amid furniture above the report, at most this
# share in the report for it to be another story's link (one common word in five, such
# as "سوريا"), as INTERJECTED_SHARED_MAX for a link between paragraphs.
SIDEBAR_LINK_SHARED_MAX = INTERJECTED_SHARED_MAX
CONTENT_WORD_MIN = 3  # letters: shorter words ("في", "من", "بين") say nothing of a topic
# A stored page with no report (a portal's sidebar, a list of other stories): this many
# lines or more and not one of them report text; a short seed is left to the other rules.
NO_REPORT_MIN_LINES = 4

# A lead's dateline run into its first sentence, on the same line: "دمشق - قال ...",
# "وكالات - النجاح الإخباري - قصف ...", "أربيل (كوردستان 24)- أسفر ...", "منبج (زمان
# التركية)ــ قالت ...", "دمشق ـ «القدس العربي»: مثل ...". Places and outlets, each segment a
# name's length, set off by a dash, a tatweel run, a slash or (after one of those) a colon;
# cut off with the sentence kept exact.
# A dash between two letters joins a compound ("العربي-الكردي") and tatweel stretches a
# word ("شهــدت"): as a separator either has a space or a closing mark on one side.
_LEAD_SEPARATOR = re.compile(r"\s+[-–—ـ]+\s*|[-–—ـ]+\s+|(?<=[)»”\"])[-–—ـ]+|\s*/\s*|\s*[:：]\s+")
_BRACKETS = (("(", ")"), ("«", "»"), ("[", "]"))
_BRACKETED = re.compile(r"\([^()]*\)")
LEAD_DATELINE_SEGMENT_WORDS = 3  # "أربيل (كوردستان 24)", "بوابة اوكرانيا"
LEAD_DATELINE_MAX_WORDS = 8  # names in all
# What opens the rest of a clause, never a sentence: "أعلن الجيش - الأحد - أنه ...", "العملية
# – التي نُفذت ... –": the dashes there set off a parenthesis, not a dateline.
_CLAUSE_GOES_ON = _folded_pattern(
    r"^(?:أن|إن|أنه|إنه|أنها|إنها|أنهم|إنهم|التي|الذي|الذين|اللذين|اللتين|اللواتي|اللاتي)\b"
)
PARENTHESIS_MAX_WORDS = 10  # "وأضاف المرصد - وفقا لقناة (الحرة) ... - "أن ...": closed soon


@dataclass(frozen=True)
class Line:
    number: int  # 1-based line in the seed file
    text: str


@dataclass(frozen=True)
class CleanText:
    headline: str  # with a site name or kicker beside it cut off ("... - الموقع")
    headline_line: int | None  # None when the title came from front matter only
    paragraphs: tuple[Line, ...]
    removed: tuple[RemovedBlock, ...]
    attribution: str | None


def _bare(text: str) -> str:
    """A line without symbols, emoji and extra spaces, for matching whole-line markers;
    HTML entities a scraper left ("&quot;") read as the marks they stand for."""
    return " ".join(_SYMBOLS.sub(" ", arabic.canonical(html.unescape(text))).split())


def _words(text: str) -> list[str]:
    return _bare(text).split()


def is_prose(text: str) -> bool:
    """Article text: a long line, or a sentence with its final punctuation."""
    count = len(_words(text))
    return count >= PROSE_MIN_WORDS or (count >= 3 and bool(_PROSE_END.search(text.strip())))


def _is_date_line(text: str) -> bool:
    """Dates and times of the page: "١٣ أكتوبر ٢٠١٩ - ٠٢:٤٦ م بتوقيت جرينيتش", with or
    without the store's crawl prefix (" date 2025-10-22 الأربعاء 22 أكتوبر 2025 ...")."""
    unprefixed = _CRAWL_PREFIX.sub("", text)
    return _is_dates(text) or (unprefixed != text and _is_dates(unprefixed))


def _is_stamped(text: str) -> bool:
    """A short line with a date as software writes it: "شبكة ... الاجتماعية 2019-07-23",
    "تاريخ النشر : 2021-09-26", the outlet's name or a label beside the page's stamp."""
    unprefixed = _CRAWL_PREFIX.sub("", text)
    return bool(_ISO_DATE.search(unprefixed)) and len(_words(unprefixed)) <= DATE_LINE_MAX_WORDS


def _is_dates(text: str) -> bool:
    words = _words(_URL.sub(" ", text).replace("date ", " "))
    if not words or len(words) > DATE_LINE_MAX_WORDS or not _DATE_PATTERN.search(text):
        return False
    dateish = sum(w.isdigit() or w.lower() in _DATE_WORDS or not arabic.has_arabic(w)
                  for w in words)  # fmt: skip
    return dateish / len(words) >= DATE_LINE_SHARE


def _is_dateline(text: str) -> bool:
    """A place/outlet dateline or section path standing alone: "دمشق – الناس نيوز ::"."""
    text = _CRAWL_PREFIX.sub("", text).strip()
    if _BULLET.match(text):
        return False  # "– لواء القعقاع": an item of a list, not a place and an outlet
    stripped = _TRAILING_SEPARATORS.sub("", text)
    short = len(_words(stripped)) <= SITE_NAME_MAX_WORDS
    segments = [
        s for s in (_SEPARATORS if short else _SPACED_SEPARATORS).split(stripped) if s.strip()
    ]
    if len(segments) == 1 and text.endswith((":", "：")):
        return False  # "ملخص:", "النقاط الرئيسية:": a lead-in to what follows
    # A segment may be an outlet's Latin initials ("القامشلي – مراسلنا –NPA"), not a link.
    if (
        _URL.search(stripped)
        or not all(arabic.has_arabic(s) or _LATIN_MARK.match(s.strip()) for s in segments)
        or not any(arabic.has_arabic(s) for s in segments)
    ):
        return False
    return (
        _SEPARATORS.search(text) is not None and len(_words(stripped)) <= DATELINE_MAX_WORDS
        and not _SENTENCE_END.search(stripped) and all(len(s.split()) <= 3 for s in segments)
    )  # fmt: skip


def _is_photo_label(text: str) -> bool:
    """A caption that names itself: a credit line ("الصورة: ..."), a photo's kind ("صورة
    أرشيفية لـ ...") or a Latin credit at its end ("... Credit: name/agency")."""
    short = len(_words(text)) <= CAPTION_MAX_WORDS
    labelled = _PHOTO_CREDIT.match(text) or _PHOTO_KIND.match(arabic.fold(text))
    return short and bool(labelled or _LATIN_CREDIT.search(text) or _has_credit_at_end(text))


def _has_credit_at_end(text: str) -> bool:
    """A caption closed by its photographer's credit ("... تصوير: ROJ NEWS"); a line that
    opens with a conjunction is the report's sentence, not a caption."""
    credit = _CREDIT_AT_END.search(text)
    if credit is None or _CUT.match(text):
        return False
    colon = credit["colon"] is not None or credit["noun"] == _UNCOLONED_CREDIT
    return colon and len(_words(credit["name"])) <= CREDIT_NAME_MAX_WORDS


def _is_desk_credit(text: str) -> bool:
    """The outlet and its desk, two short segments: "الأيام السورية؛ قسم الأخبار"."""
    stripped = _TRAILING_SEPARATORS.sub("", text.strip())
    segments = [s for s in _DESK_SEPARATORS.split(stripped) if s.strip()]
    return (
        len(segments) == 2
        and not _SENTENCE_STOP.search(stripped)
        and all(len(_words(s)) <= DESK_SEGMENT_MAX_WORDS for s in segments)
        and any(_DESK.match(arabic.fold(s.strip())) for s in segments)
    )


def _is_credited_caption(text: str) -> bool:
    """One short sentence that ends with a bare agency mark: "دورية قرب الحدود. أ.ف.ب"."""
    if not _BARE_AGENCY.search(text) or _CUT.match(text):
        return False
    sentence = _BARE_AGENCY.sub("", text)
    return len(_words(sentence)) <= CAPTION_MAX_WORDS and not _PUNCTUATION.search(sentence)


def _is_agency_photo(text: str) -> bool:
    """A caption credited to a photo agency ("... قرب الحدود. (غيتي)") or to a photographer
    shooting for an outlet ("... 2025. وليام كيو لصالح “لو موند”"): whatever the caption's
    punctuation before the credit, it is no report line."""
    credited = _PHOTO_AGENCY.search(text) or _SHOT_FOR_CREDIT.search(text)
    return bool(credited) and len(_words(text)) <= PHOTO_CAPTION_MAX_WORDS


def _is_breadcrumb(text: str) -> bool:
    """A breadcrumb, "الرئيسية › سياسة › عنوان": short segments, one end perhaps a title
    (the first when the trail runs from the page up: "عنوان << سياسة << الرئيسية")."""
    segments = _BREADCRUMB_SEPARATOR.split(text.strip())
    if len(segments) <= BREADCRUMB_MIN_SEPARATORS:
        return False
    short = [len(_words(s)) <= BREADCRUMB_SEGMENT_MAX_WORDS for s in segments]
    home = any(_CRUMB_HOME.match(arabic.fold(_bare(s))) for s in (segments[0], segments[-1]))
    return all(short[:-1]) or all(short[1:]) or (home and all(short[1:-1]))


def _is_tag_list(text: str) -> bool:
    """Tags, "سوريا، قسد، الجيش السوري": a list of short terms, not a sentence."""
    items = [i for i in _TAG_SEPARATOR.split(text.strip()) if i]
    return (
        not _CUT.match(text.strip())  # "وقال مصدر، إن الهجوم، وقع": a text cut short
        and len(items) >= TAG_MIN_ITEMS
        and all(len(_words(i)) <= TAG_ITEM_MAX_WORDS for i in items)
        and not _SENTENCE_STOP.search(text.strip())
    )


def _is_share_bar(bare: str) -> bool:
    words = bare.split()
    return bool(words) and all(w.lower() in _SHARE_WORDS for w in words)


def _is_widget(text: str) -> bool:
    """Weather and view/comment counters: short lines with a figure or a degree sign."""
    count = len(_words(text))
    has_digit = any(ch.isdigit() for ch in text)
    if count <= WEATHER_MAX_WORDS and _DEGREE.search(text):
        return True
    if count <= SKY_MAX_WORDS and has_digit and _SKY.search(text):
        return True
    return count <= COUNTER_MAX_WORDS and has_digit and bool(_COUNTER.search(_bare(text)))


def _is_chrome(text: str, bare: str) -> bool:
    """Furniture by its words: menus, mastheads, share bars, notices, tags, widgets."""
    # A line that opens like a button ("شارك", "تابعوا") but is a full sentence is prose:
    # "شارك المئات في التشييع." is a report, "شارك الخبر" is not.
    sentence = _SENTENCE_STOP.search(text.strip()) is not None and len(bare.split()) > 6
    key = arabic.fold(bare)
    if _CHROME_LINE.match(key) or (_CHROME_START.match(key) and not sentence):
        return True
    if _READ_ALSO.match(key):  # "اقرأ أيضاسوريا: ...": a link glued to its label
        return True
    if _RELATED_LINK.match(arabic.fold(arabic.canonical(text.strip()))):
        return True
    if _RELATED_LABEL.match(key) and not _SENTENCE_STOP.search(text.strip()):
        return True
    if _NEXT_LINK.match(key) and not text.strip().endswith((":", "：")):
        return True
    if _is_masthead(text, bare):
        return True
    if _DISCLAIMER.search(text) or _SITE_NOTICE.search(key) or _is_share_bar(bare):
        return True
    if _UI_PROMPT.search(arabic.fold(text)) and len(bare.split()) <= UI_PROMPT_MAX_WORDS:
        return True
    if _is_click_prompt(text, bare):
        return True
    if _DASH_FRAMED.match(text.strip()) and len(bare.split()) <= DASH_FRAMED_MAX_WORDS:
        return True
    if _SHARE_PROMPT.match(key):
        return True
    if _OWN_CHANNEL.search(text) and not _QUOTE_MARKS.search(text):
        return True
    if len(_CLOCK.findall(text)) >= TICKER_MIN_TIMES:
        return True
    if len(_TICKER_LABEL.findall(text)) >= TICKER_LABEL_MIN_TIMES:
        return True
    return _is_breadcrumb(text) or _is_tag_list(text) or _is_widget(text) or _is_menu(text, key)


def _is_menu(text: str, key: str) -> bool:
    """The site's menu run into one line ("... منوعات رياضة تحقيقات ومقابلات مقالات
    ترجمات", heldout7 u15): three or more sections named bare in a row, and no punctuation."""
    run = longest = 0
    for word in key.split():
        run = run + 1 if word in _MENU_WORDS else 0
        longest = max(longest, run)
    # in a row, with neither "و" nor a comma: a report names fields as "السياسة والاقتصاد"
    return longest >= MENU_MIN_SECTIONS and not _PUNCTUATION.search(_CRAWL_PREFIX.sub("", text))


def _is_masthead(text: str, bare: str) -> bool:
    """The outlet speaking as itself: its name alone ("بلدي نيوز"), its words around a
    copy it carries ("تتابعون خبر ..."), its hashtags, or "شبكة ... :" opening its copy."""
    named = _DOMAIN.sub(" ", text)
    if named != text and arabic.has_arabic(named):
        # "اخبار سوريا والعالم worldnews-sy.net//": the name with the site's address.
        return _is_masthead(named, _bare(named))
    words = bare.split()
    alone = not _SEPARATORS.search(text.strip())  # "دمشق – الناس نيوز" is a dateline
    if alone and len(words) <= OUTLET_NAME_MAX_WORDS and any(w in _OUTLET_WORDS for w in words[1:]):
        return True
    if len(words) <= OUTLET_NAME_MAX_WORDS and arabic.fold(words[0]) in _SECTION_WORDS:
        return True  # "أخبار العراق", "الأخبار": a section of the site
    if alone and 1 < len(words) <= OUTLET_NAME_MAX_WORDS and words[0] in _MEDIA_NOUNS:
        return True  # "موقع تلفزيون سوريا", "وكالة الأنباء": whose copy this is
    # Quotation marks may be a speaker's words around the formula, unless the line holds
    # the formula's two ends ("تتابعون خبر ... نترككم مع التفاصيل"), the copied headline
    # between them.
    formula = {m.group() for m in _AGGREGATOR_FORMULA.finditer(text)}
    if formula and (len(formula) >= AGGREGATOR_FORMULA_ENDS or not _QUOTE_MARKS.search(text)):
        return True
    stripped = text.strip()
    if _HASHTAG_LINE.match(stripped) and len(words) <= HASHTAG_LINE_MAX_WORDS:
        return True
    # "شبكة أخبار تركيا للناطقين باللغة العربية :": a line that only introduces the copy.
    return (
        bool(words) and words[0] in _MEDIA_NOUNS and stripped.endswith((":", "："))
        and len(words) <= DATELINE_MAX_WORDS
    )  # fmt: skip


def _is_comment_form(text: str) -> bool:
    """A comment box's prompts: "أرسل تعليقك", "لن يتم نشر عنوان بريدك الإلكتروني."."""
    return (
        _COMMENT_FORM.search(text) is not None
        and len(_words(text)) <= COMMENT_FORM_MAX_WORDS
        and not _QUOTE_MARKS.search(text)
    )


def _line_kind(text: str) -> str | None:
    """A removal kind for lines that are furniture wherever they stand."""
    bare = _bare(text)
    signoff = _SIGNOFF.match(text.strip())
    if signoff:
        # The outlet's sign-off is attribution, taken at the end; a link is no outlet.
        return "chrome" if _URL.fullmatch(signoff["outlet"]) else None
    if not arabic.has_arabic(_URL.sub("", text)):
        return "chrome"  # dates of the copy, links, "logo", "Facebook Share"
    if _NEWSLETTER.search(text):
        return "newsletter"
    if _is_comment_form(text):
        return "comments"
    if _is_chrome(text, bare):
        return "chrome"
    stripped = text.strip()
    if _is_photo_label(stripped):
        return "caption"
    if _is_byline(text) or _is_date_line(text) or _is_dateline(text) or _is_stamped(text):
        return "dateline"
    if _is_desk_credit(text):
        return "dateline"
    # "• 4", "· منذ سنة": a page's small print; a bulleted point that says something is the
    # report's (lists of links outside the report are found as lists).
    bulleted = stripped.startswith(("•", "·", "▪")) and len(bare.split()) < HEADLINE_MIN_WORDS
    if bulleted or _HANDLE.search(stripped) or _POST_MEDIA_LINK.search(stripped):
        return "caption"
    if _HASHTAG.search(stripped):
        return "caption"  # an embedded post: "مراسل سانا: ... #العدوان_التركي"
    if _QUOTED_TAG.match(stripped) and len(_words(stripped)) <= QUOTED_TAG_MAX_WORDS:
        return "chrome"
    if _is_credited_caption(stripped) or _is_agency_photo(stripped):
        return "caption"
    credit = _CREDIT.search(stripped) or _CREDIT_RUN_ON.search(stripped)
    before = stripped[: credit.start()].rstrip() if credit else ""
    # A caption names what the photo shows; a sentence of the report opens with "و". A
    # kicker in parentheses ("... في منبج (فيديو)") marks a headline, not a credit.
    if (
        credit
        and _bare(credit.group()) not in _HEADLINE_LABELS
        and len(_words(text)) <= 25
        and not _SENTENCE_END.search(before)
        and not _CUT.match(stripped)
    ):
        return "caption"
    return None


def _is_byline(text: str) -> bool:
    """ "كتب: ...", "تقرير: فلان"; "كتب الرئيس على حسابه أن ... ." is the report."""
    bare = _bare(text)
    if _BYLINE_START.match(arabic.fold(bare)) is not None and not _is_paragraph(text):
        return True
    if text.strip().endswith((":", "：")) and _EMPTY_LABEL.match(arabic.fold(bare)):
        return True
    if text.strip().endswith((":", "：")) and _CORRESPONDENT.match(arabic.fold(bare)):
        return True
    role = _ROLE_BYLINE.match(arabic.fold(text.strip()))
    return bool(role) and len(bare.split()) <= ROLE_BYLINE_MAX_WORDS


def clean(seed: Seed) -> CleanText:
    """The article's headline and paragraphs with page chrome, sign-offs and boilerplate
    removed (kept in ``removed`` with their line numbers). Raises nothing: a seed with no
    article left is for the caller to refuse (``build.read_articles``)."""
    lines = [
        # Only "\n" ends a line (as in editors); a line of invisible marks alone is blank.
        Line(seed.body_line + i, text.strip() if arabic.canonical(text) else "")
        for i, text in enumerate(seed.body.split("\n"))
    ]
    kind_of: dict[int, str] = {}  # line number -> removal kind
    content = [line for line in lines if line.text]
    if _lacks_report(content):
        return _no_report(seed, lines, content)
    _mark_tail(content, kind_of)
    _mark_link_lists(content, kind_of)
    _mark_teasers(content, kind_of)
    _mark_stamped_lists(content, kind_of)
    _mark_printed_over(content, kind_of)
    _mark_cut_copies(content, kind_of)
    _mark_numbered_breadcrumbs(content, kind_of)
    _mark_colon_runs(content, kind_of)
    for line in content:
        if line.number not in kind_of and (kind := _line_kind(line.text)):
            kind_of[line.number] = kind
    _mark_caption_stubs(content, kind_of)
    _mark_writer_bios(content, kind_of)
    _keep_named_crossheads(content, kind_of)
    _keep_quoted_crossheads(content, kind_of)
    _mark_closing_headlines(content, kind_of)
    _mark_interjected_headlines(content, kind_of)
    _mark_next_story(content, kind_of)
    _mark_printed_again(content, kind_of)
    page, content = content, [line for line in content if line.number not in kind_of]

    stopped = _stopped_in_a_word(lines, kind_of)
    attribution = _take_signoff(content, lines, kind_of, stopped)
    content = _without_source_credits(content, kind_of)
    headline, headline_line, above = _headline(seed, content)
    kind_of.update(above)
    if not seed.meta.title:
        rest = [line for line in lines if line.text and line.number != headline_line]
        others = {_bare(line.text) for line in rest}
        marks = _slash_marks(rest)
        named, headline = headline, _without_site_name(headline, others, marks)
        plain = _plain_copy(content, headline_line, headline) if named != headline else None
        if plain and headline_line:
            kind_of[headline_line] = "repeated-headline"
            headline_line = plain.number
    _mark_around_article(content, headline, headline_line, kind_of, stopped)
    _mark_label_runs(page, headline_line, kind_of)
    paragraphs = tuple(
        line for line in content if line.number not in kind_of and line.number != headline_line
    )
    headline, paragraphs, cut = _cut_lead_dateline(
        headline, headline_line, paragraphs, bool(seed.meta.title)
    )
    return CleanText(
        headline=headline,
        headline_line=headline_line,
        paragraphs=paragraphs,
        removed=tuple(sorted((*_group_removed(lines, kind_of), *cut), key=lambda b: b.line)),
        attribution=attribution,
    )


def _cut_lead_dateline(
    headline: str, headline_line: int | None, paragraphs: tuple[Line, ...], titled: bool
) -> tuple[str, tuple[Line, ...], tuple[RemovedBlock, ...]]:
    """The report's lead without a dateline run into it (``lead_dateline``): the headline
    when the first sentence stands in for one, else the first paragraph. The cut opening is
    a removed block of the same line, so the source page still shows every character."""
    if not titled and headline_line is not None and _is_lead_line(headline):
        end = lead_dateline(headline)
        cut = (RemovedBlock("dateline", headline_line, (headline[:end].strip(),)),)
        return (headline[end:].strip(), paragraphs, cut) if end else (headline, paragraphs, ())
    end = lead_dateline(paragraphs[0].text) if paragraphs else 0
    if not end:
        return headline, paragraphs, ()
    first = paragraphs[0]
    cut = (RemovedBlock("dateline", first.number, (first.text[:end].strip(),)),)
    return headline, (Line(first.number, first.text[end:].strip()), *paragraphs[1:]), cut


def lead_dateline(text: str) -> int:
    """How many characters of a lead are a dateline run into its first sentence (0: none):
    segments a name's length (places, outlets) each ended by a separator, with a sentence
    after them. A dateline that gives a date stays whole, and so does a date glued to the
    first word ("٢٣ مارس ٢٠١٩أعلنت"): that is the day the report was filed, which dating
    reads with the place before it (``dates.dateline``); cutting the place changed tune
    h04's day and joined its report to the undated attack of the day before."""
    end = start = names = 0
    for separator in _LEAD_SEPARATOR.finditer(text):
        segment = text[start : separator.start()]
        if _holds_date(segment):
            return 0  # the whole dateline stays for dating (``dates.dateline``)
        if not _is_dateline_segment(segment) or (start == 0 and ":" in separator.group()):
            break
        names += len(_words(segment))
        if names > LEAD_DATELINE_MAX_WORDS:
            break
        start = separator.end()
        if _CLAUSE_GOES_ON.match(arabic.fold(" ".join(_words(text[start:])[:1]))):
            return 0
        if _opens_sentence(text[start:]) and _balanced(text[:start]):
            end = start
    if end and (_closes_parenthesis(text[end:]) or _opens_with_date(text[end:])):
        return 0
    return end


def _opens_with_date(rest: str) -> bool:
    """ "كندا 24: الاثنين 26 يناير 2026 12:15 مساءً مع ...": the dateline's date after it."""
    opening = _words(rest)[:STAMP_WORDS]
    return bool(opening) and (opening[0].lower() in _DATE_WORDS or _is_dates(" ".join(opening)))


def _balanced(text: str) -> bool:
    """Every bracket opened is closed: "(پاکستان پوائنٹ نیوز / سبوتنيك - ...)" is cut whole
    or not at all."""
    return all(text.count(opening) == text.count(closing) for opening, closing in _BRACKETS)


def _holds_date(segment: str) -> bool:
    """A date, a part of one cut at its slash ("2 ايلول/ سبتمبر/") or a place with its date
    ("دمشق في 13 ديسمبر/"); "كوردستان 24" is a name."""
    words = _words(segment)
    short = len(words) <= DATELINE_MAX_WORDS  # "دمشق في 13 ديسمبر": a place and its date
    return _is_dates(segment) or (short and any(word.lower() in _DATE_WORDS for word in words))


def _is_dateline_segment(segment: str) -> bool:
    """A place or an outlet: a few words with no clause punctuation; a name in brackets
    counts apart ("أوغاريت بوست (مركز الأخبار)")."""
    words = _words(segment)
    if not words or _PROSE_PUNCTUATION.search(segment):
        return False
    outside = _words(_BRACKETED.sub(" ", segment))
    inside = [len(_words(b)) for b in _BRACKETED.findall(segment)]
    return all(n <= LEAD_DATELINE_SEGMENT_WORDS for n in [len(outside), *inside])


def _opens_sentence(rest: str) -> bool:
    """A sentence's length that opens with a word of its own, not a clause's "أن" or
    "التي" (a date the dateline gives stays before it: "24 مارس 2023 –قتلت ...")."""
    words = _words(rest)
    return len(words) >= PROSE_MIN_WORDS and not _CLAUSE_GOES_ON.match(arabic.fold(words[0]))


def _closes_parenthesis(rest: str) -> bool:
    """A dash soon after, with the clause going on behind it: the first dash opened a
    parenthesis ("وأضاف المرصد - وفقا لقناة (الحرة) اليوم - "أن ...")."""
    for separator in _LEAD_SEPARATOR.finditer(rest):
        if len(_words(rest[: separator.start()])) > PARENTHESIS_MAX_WORDS:
            return False
        after = _words(rest[separator.end() :])[:1]
        if after and _CLAUSE_GOES_ON.match(arabic.fold(after[0])):
            return True
    return False


def lacks_report(seed: Seed) -> bool:
    """True for a seed whose text holds no report at all (``_lacks_report``): the build
    names such a file instead of making an article of a list of other stories."""
    return _lacks_report([Line(0, t.strip()) for t in seed.body.split("\n") if t.strip()])


def _lacks_report(content: list[Line]) -> bool:
    """A page of headlines, teasers, stamps and menu items with no report under them: not
    one line is report text (``_is_report_text``) among at least NO_REPORT_MIN_LINES. A
    question of a headline's length ("هل يمكن أن تستفيد إيران من استهداف الناقلات؟") is a
    link of the list, as in a related list's tail (``_is_exclaimed``), not report text.

    Every page of tune and the spent development sets (508, pages .. heldout18) has such a
    line but two, portals' sidebars whose report the store cut after its headline's first
    words (heldout16 g04, heldout18 e16: benchmarks/logs/clean_no_report_s23.log)."""
    return len(content) >= NO_REPORT_MIN_LINES and not any(
        _is_report_text(line.text) and not _is_exclaimed(line.text) for line in content
    )


def _is_report_text(text: str) -> bool:
    """A paragraph (a sentence with its full stop), or a line too long for a headline even
    when an aggregator cut it with "...": a teaser of a list is a headline's length."""
    return _is_paragraph(text) or len(_words(text)) > HEADLINE_MAX_WORDS


def _no_report(seed: Seed, lines: list[Line], content: list[Line]) -> CleanText:
    """Nothing kept: every line is another story's headline, teaser, stamp or a menu."""
    kind_of = dict.fromkeys((line.number for line in content), "related")
    return CleanText(
        headline=seed.meta.title or "",
        headline_line=None,
        paragraphs=(),
        removed=_group_removed(lines, kind_of),
        attribution=None,
    )


def _plain_copy(content: list[Line], headline_line: int | None, headline: str) -> Line | None:
    """The headline again below a copy with the site name ("العنوان - الموقع", then
    "العنوان"): the page's title bar, then the article's own headline, which is kept."""
    after = headline_line or 0
    return next(
        (line for line in content if line.number > after and _bare(line.text) == _bare(headline)),
        None,
    )


def _mark_tail(content: list[Line], kind_of: dict[int, str]) -> None:
    """Everything from the first comments/related header after a paragraph of the report
    on (a related list only as far as its headlines go).

    A header before any paragraph is a menu item, not the start of the tail: taking the
    page from there would remove the whole article. Headlines and teasers ("...") above
    the report are not paragraphs, so a header among them starts nothing.
    """
    tail_kind = None
    seen_prose = story = False
    previous, listed = "", 0  # the line before; lines of the related list so far
    for line in content:
        bare = arabic.fold(_bare(line.text))
        if seen_prose and _COMMENTS_HEADER.match(bare):
            tail_kind = "comments"
        elif seen_prose and _is_related_header(bare):
            tail_kind, listed = "related", 0
        elif tail_kind == "related" and _is_paragraph(line.text) and _opens_story(previous, listed):
            story = True
        elif (
            tail_kind == "related" and not story and _is_paragraph(line.text)
            and not _is_exclaimed(line.text)
        ):  # fmt: skip
            # A list of links holds headlines; a paragraph after the header means the
            # links were not kept and the report goes on ("أخبار متعلقة" mid-article).
            # A headline may end with "!" or "؟" ("... يضع فريقا إسرائيليا في ورطة!").
            tail_kind = None
        if tail_kind:
            kind_of[line.number] = tail_kind
        elif _is_related_header(bare) or _COMMENTS_HEADER.match(bare):
            kind_of[line.number] = "chrome"
        seen_prose = seen_prose or _is_paragraph(line.text)
        previous, listed = line.text, listed + 1


def _opens_story(previous: str, listed: int) -> bool:
    """A paragraph under a related list's link and then a dateline ("شاهد أيضاً", a
    headline, "مكتب أخبار سوريا – درعا", then text: heldout17 o04) is that other story
    printed in full, not the report going on. The link comes first: a dateline-shaped line
    straight under the header is the link itself ("سوريا - قصف على إدلب")."""
    return listed >= STORY_DATELINE_MIN_LISTED and _is_dateline(previous)


def _mark_numbered_breadcrumbs(content: list[Line], kind_of: dict[int, str]) -> None:
    """An ordered list counting 1, 2, 3 ... before the report's first paragraph whose items
    but the last are short names: a breadcrumb, its last item the headline's copy. A list in
    the report (demands, points of a plan) comes after its lead, and its points are longer."""
    first_prose = next((i for i, x in enumerate(content) if _is_paragraph(x.text)), len(content))
    run: list[Line] = []
    for line in content[:first_prose]:
        item = _NUMBERED_ITEM.match(line.text)
        if item and int(item["number"]) == len(run) + 1:
            run.append(line)
            continue
        _mark_crumb_run(run, kind_of)
        run = [line] if item and item["number"] == "1" else []
    _mark_crumb_run(run, kind_of)


def _mark_crumb_run(run: list[Line], kind_of: dict[int, str]) -> None:
    # An item's words after its number ("1. Home": one word).
    short = all(len(_words(line.text)) - 1 <= BREADCRUMB_SEGMENT_MAX_WORDS for line in run[:-1])
    if len(run) >= NUMBERED_CRUMB_MIN_ITEMS and short:
        for line in run:
            kind_of.setdefault(line.number, "chrome")


def _mark_colon_runs(content: list[Line], kind_of: dict[int, str]) -> None:
    """Runs of short lines that each end with a colon: labels, not lead-ins (each would
    introduce the next label, never text)."""
    run: list[Line] = []
    for line in [*content, Line(0, "")]:
        stripped = line.text.strip()
        if stripped.endswith((":", "：")) and len(_words(stripped)) <= LABEL_MAX_WORDS:
            run.append(line)
            continue
        if len(run) >= COLON_RUN_MIN_LINES:
            for label in run:
                kind_of.setdefault(label.number, "chrome")
        run = []


def _is_exclaimed(text: str) -> bool:
    """A headline's length, ending with "!" or "؟": in a list of links, a headline."""
    return len(_words(text)) <= HEADLINE_MAX_WORDS and text.strip().endswith(("!", "؟", "?"))


def _is_paragraph(text: str) -> bool:
    """Report prose rather than a headline or a teaser: too long for a headline, or a
    sentence with its full stop (a teaser cut with "..." is still a link)."""
    stripped = text.strip()
    if stripped.endswith(("...", "…")):
        return False
    return len(_words(text)) > HEADLINE_MAX_WORDS or (
        _SENTENCE_STOP.search(stripped) is not None and len(_words(text)) >= PROSE_MIN_WORDS
    )


def _mark_link_lists(content: list[Line], kind_of: dict[int, str]) -> None:
    """Runs of bulleted headlines ("- عنوان") before the article's first prose line or
    after its last: lists of links to other pages. A bulleted list inside the report
    (demands, points of a statement) stays, and so does one its lead-in announces with a
    colon ("الألوية المعلن عنها:"): a page's link lists have a header, not a colon."""
    prose = [i for i, line in enumerate(content) if _is_paragraph(line.text)]
    if not prose:
        return
    lead_words = _content_words(content[prose[0]].text)
    run: list[Line] = []
    for i, line in enumerate([*content, Line(0, "")]):
        if _BULLET.match(line.text) and not _is_paragraph(line.text):
            run.append(line)
            continue
        outside = run and (i - 1 < prose[0] or i - len(run) > prose[-1])
        lead_in = content[i - len(run) - 1].text.strip() if i - len(run) > 0 else ""
        announced = lead_in.endswith((":", "：")) and not _is_header(lead_in)
        if (
            outside and not announced and len(run) >= LINK_LIST_MIN_ITEMS
            and _other_stories(run, lead_words)
        ):  # fmt: skip
            for item in run:
                kind_of.setdefault(item.number, "related")
        run = []


def _is_header(text: str) -> bool:
    """A "related" or "comments" header ("اقرأ أيضا:", "التعليقات")."""
    bare = arabic.fold(_bare(text))
    return bool(_is_related_header(bare) or _COMMENTS_HEADER.match(bare))


def _is_related_header(folded: str) -> bool:
    """A "related" header, also with its spaces lost ("آخرالاخبار"); ``folded`` is a
    line's folded bare text."""
    return bool(
        _RELATED_HEADER.match(folded) or _RELATED_HEADER_UNSPACED.match(folded.replace(" ", ""))
    )


def _mark_teasers(content: list[Line], kind_of: dict[int, str]) -> None:
    """Teasers of other pages after the report: two or more lines cut with "…" after its
    last paragraph ("عقد رئيس هيئة ... مباحثات مع وزراء دفاع من 3…"). A report's own
    line does not end in an ellipsis twice running, and a page of nothing but teasers
    keeps them (there is no report to end)."""
    prose = [i for i, line in enumerate(content) if _is_paragraph(line.text)]
    if not prose:
        return
    after = [line for line in content[prose[-1] + 1 :] if line.number not in kind_of]
    teasers = [line for line in after if line.text.strip().endswith(("...", "…"))]
    if len(teasers) >= LINK_LIST_MIN_ITEMS:
        for line in teasers:
            kind_of[line.number] = "related"


def _mark_closing_headlines(content: list[Line], kind_of: dict[int, str]) -> None:
    """Headlines of other pages under a finished report: after its last paragraph, which
    ends with a full stop, nothing but two or more headline-shaped lines. A crosshead has
    text after it, and a text cut short ends in a sentence, often opened by "و"."""
    left = [line for line in content if line.number not in kind_of]
    prose = [i for i, line in enumerate(left) if _is_paragraph(line.text)]
    if not prose or not _SENTENCE_STOP.search(left[prose[-1]].text.strip()):
        return
    report, after = left[: prose[-1] + 1], left[prose[-1] + 1 :]
    if _is_closing_list(after, report):
        for line in after:
            kind_of[line.number] = "related"


def _is_closing_list(after: list[Line], report: list[Line]) -> bool:
    """What follows a finished report is a list of other pages: two or more headline-shaped
    lines and nothing else, or, among lines none of which is prose (a teaser cut with "...",
    a headline the store cut at the page's end), two or more headlines most of which name
    little that the report names, all of it shorter than the report. The report's own
    closing lines (a crosshead, a last short sentence) are few and name its subject."""
    headlines = [x for x in after if _is_headline_shaped(x.text)]
    if len(headlines) >= LINK_LIST_MIN_ITEMS and len(headlines) == len(after):
        return True
    # A teaser cut with "..." under a headline is that link's (heldout20 b13); straight under
    # the report it may be the report itself, cut by an aggregator (heldout9 x08: ".....").
    teasers = [x for h, x in pairwise(after) if _is_headline_shaped(h.text) and _is_teaser(x.text)]
    links = headlines + teasers
    if len(links) < LINK_LIST_MIN_ITEMS:
        return False
    said = " ".join(line.text for line in report)
    apart = sum(_shared_share(x.text, said) <= NEXT_STORY_SHARED_MAX for x in links)
    shorter = sum(len(_words(x.text)) for x in after) < len(_words(said))
    return apart / len(links) > OTHER_STORIES_SHARE and shorter


def _is_teaser(text: str) -> bool:
    """A line the page cut with an ellipsis: a link's teaser, not the report's sentence."""
    return text.strip().endswith(("...", "…"))


def _mark_interjected_headlines(content: list[Line], kind_of: dict[int, str]) -> None:
    """Another story's headline between two paragraphs of the report: a link the page sets
    into the text. It is a headline's length with no closing stop, on a page whose
    paragraph before it ends with one, and names little that the paragraphs around it name; a
    crosshead is shorter ("منبج تحت الحماية") or introduces what follows."""
    left = [line for line in content if line.number not in kind_of]
    for before, line, after in zip(left, left[1:], left[2:], strict=False):
        text = line.text.strip()
        if (
            _is_headline_shaped(text) and len(_words(text)) >= INTERJECTED_MIN_WORDS
            and text[-1].isalnum() and _is_paragraph(before.text)
            and _SENTENCE_STOP.search(before.text.strip()) is not None
            and _is_paragraph(after.text)
            and _shared_share(text, before.text + " " + after.text) <= INTERJECTED_SHARED_MAX
        ):  # fmt: skip
            kind_of[line.number] = "related"


def _mark_next_story(content: list[Line], kind_of: dict[int, str]) -> None:
    """The next story printed under the report: after a paragraph that ends with a stop, a
    headline that names little of the report so far but much of the paragraph under it,
    and that paragraph. From the headline on the text is another story's, as long as the
    report before it is the longer part (most of a body is never taken for another's)."""
    left = [line for line in content if line.number not in kind_of]
    for i, line in enumerate(left[1:-1], start=1):
        report, lead = left[:i], left[i + 1]
        if _starts_story(line.text, report, lead.text) and len(left) - i <= i:
            for other in left[i:]:
                kind_of[other.number] = "related"
            return


def _starts_story(text: str, report: list[Line], lead: str) -> bool:
    paragraphs = [line for line in report if _is_paragraph(line.text)]
    said = " ".join(line.text for line in report)
    return (
        _is_headline_shaped(text) and len(_words(text)) >= INTERJECTED_MIN_WORDS
        and text.strip()[-1].isalnum() and len(paragraphs) >= NEXT_STORY_MIN_BEFORE
        and _SENTENCE_STOP.search(report[-1].text.strip()) is not None
        and _is_paragraph(lead)
        and _shared_share(text, said) <= NEXT_STORY_SHARED_MAX < _shared_share(text, lead)
    )  # fmt: skip


def _shared_share(text: str, other: str) -> float:
    """The share of a line's content stems that another text also has."""
    stems = _stems(text)
    return len(stems & _stems(other)) / len(stems) if stems else 1.0


def _is_headline_shaped(text: str) -> bool:
    """A headline's length, no closing full stop, not a sentence's continuation, and not
    a sentence's clauses ("بالتوازي، دخلت القوات ... منه، عقب ..."): headlines are terse."""
    count = len(_words(text))
    stripped = text.strip()
    return (
        HEADLINE_MIN_WORDS <= count <= HEADLINE_MAX_WORDS
        and not _SENTENCE_STOP.search(stripped) and not _CUT.match(_bare(stripped))
        and len(_COMMA.findall(stripped)) < HEADLINE_MAX_COMMAS
    )  # fmt: skip


def _other_stories(items: list[Line], lead_words: set[str]) -> bool:
    """Most items share no content word with the report's first paragraph: links to other
    pages, not the report's own summary points ("- قسد تعلن ...")."""
    apart = sum(not _content_words(item.text) & lead_words for item in items)
    return apart / len(items) > OTHER_STORIES_SHARE


def _mark_stamped_lists(content: list[Line], kind_of: dict[int, str]) -> None:
    """Runs of lines that open with the same stamp of three words with a figure in it,
    then differ, and are not report prose: a list of links each stamped with its date ("2
    حزيران (يونيو)، 2018اعتقالات ..."). Report lines do not repeat a date line after line;
    a caption repeated with more words, or a headline with the site name, has no stamp."""
    keys = [tuple(_STAMP_GLUE.sub(" ", _bare(line.text)).split()[:STAMP_WORDS]) for line in content]
    keys = [k if any(w.isdigit() for w in k) else () for k in keys]
    start = 0
    for end in range(1, len(content) + 1):
        if end < len(content) and keys[end] and keys[end] == keys[start]:
            continue
        run = content[start:end]
        # Items differ after the stamp; a headline and its copies are the same line.
        rests = {tuple(_STAMP_GLUE.sub(" ", _bare(x.text)).split()[STAMP_WORDS:]) for x in run}
        distinct = len(rests) == len(run) and () not in rests
        if (
            len(run) >= LINK_LIST_MIN_ITEMS and distinct
            and not any(_is_paragraph(x.text) for x in run)
        ):  # fmt: skip
            for line in run:
                kind_of.setdefault(line.number, "related")
        start = end


def _mark_cut_copies(content: list[Line], kind_of: dict[int, str]) -> None:
    """A sentence that a later line begins with word for word and goes on from: the page's
    teaser or summary block printing the lead (or a caption) again, cut short. A report
    does not say the start of a sentence twice; a headline glued to the lead is a
    headline (headline-shaped), which ``_headline`` finds, and so is the page's first line
    when it is short of a sentence: a headline opening with a noun in "و" ("وصول معدات
    ...", heldout19 c02) reads as a clause going on, and a copy below adds a tag to it."""
    bares = [_bare(line.text) for line in content]
    printed_once = {_bare(once) for line in content if (once := _printed_over(line.text))}
    for i, line in enumerate(content):
        if line.number in kind_of or _is_headline_shaped(line.text):
            continue
        if i == 0 and not _is_lead_line(line.text):
            continue
        if bares[i] in printed_once:
            continue  # the headline itself; the line printing it over is the copy
        if len(bares[i].split()) < CUT_COPY_MIN_WORDS:
            continue
        if any(len(b) > len(bares[i]) and b.startswith(bares[i]) for b in bares[i + 1 :]):
            kind_of[line.number] = "repeated-headline"


def _mark_printed_again(content: list[Line], kind_of: dict[int, str]) -> None:
    """The page's last kept lines when they print an earlier run of lines again, line for
    line: the report or its points a second time, from a print or summary block (heldout17
    o16: four bulleted points, then the same four to the page's end). A report says a
    sentence once; one line said twice may be a quotation or emphasis (labelled report on
    tune n09 and heldout7 u22), so a run of REPRINT_MIN_LINES or more is asked for."""
    kept = [line for line in content if line.number not in kind_of]
    bares = [_bare(line.text) for line in kept]
    seen: dict[str, list[int]] = {}
    for j, bare in enumerate(bares):
        size = len(bares) - j
        starts = [i for i in seen.get(bare, []) if i + size <= j]
        if size >= REPRINT_MIN_LINES and any(bares[i : i + size] == bares[j:] for i in starts):
            for line in kept[j:]:
                kind_of[line.number] = "chrome"
            return
        seen.setdefault(bare, []).append(j)


def _mark_printed_over(content: list[Line], kind_of: dict[int, str]) -> None:
    """A line printing a text two or three times over, when the text also stands alone on
    the page: that line is the copy ("العنوانالعنوان" under "العنوان")."""
    bares = {_bare(line.text) for line in content}
    for line in content:
        once = _printed_over(line.text)
        if once and _bare(once) in bares and line.number not in kind_of:
            kind_of[line.number] = "repeated-headline"


def _mark_writer_bios(content: list[Line], kind_of: dict[int, str]) -> None:
    """A name alone on its line followed by that writer's bio ("صحفي كردي سوري، مقيم في
    ..."): the byline block of a feature, wherever it stands. A report sentence about a
    journalist ("صحفي كردي يعمل لقناة محلية أصيب ...") has no name line above it."""
    for name, bio in pairwise(content):
        if _is_writer_name(name.text) and _is_writer_bio(bio.text):
            kind_of.setdefault(name.number, "dateline")
            kind_of.setdefault(bio.number, "dateline")


def _is_writer_name(text: str) -> bool:
    """Two or three words and nothing else: no digit, no punctuation, no symbol."""
    plain = text.strip()
    short = 2 <= len(plain.split()) <= WRITER_NAME_MAX_WORDS
    return short and not _SYMBOLS.search(plain) and not any(c.isdigit() for c in plain)


def _is_writer_bio(text: str) -> bool:
    folded = arabic.fold(text.strip())
    if _GRADUATE_START.match(folded):
        return True
    return bool(_WRITER_NOUN.match(folded) and _BIO_WORD.search(folded))


def _keep_named_crossheads(content: list[Line], kind_of: dict[int, str]) -> None:
    """A short line ending in a parenthesis is taken for a caption with its credit ("...
    (دليل سليمان/فرانس برس)"); when the next line says the same words, parenthesis and
    all, it is a crosshead over that paragraph ("مدينة عين العرب (كوباني)", then "وفي
    مدينة عين العرب (كوباني) ..."): a photo's credit is never the report's words."""
    for line, after in pairwise(content):
        credit = _PAREN_END.search(line.text.strip())
        if (
            kind_of.get(line.number) == "caption" and credit and after.number not in kind_of
            and f" {_bare(line.text)} " in f" {_bare(after.text)} "
        ):  # fmt: skip
            del kind_of[line.number]


def _keep_quoted_crossheads(content: list[Line], kind_of: dict[int, str]) -> None:
    """A quoted term alone on its line is a tag ("قسد") at the page's edges; between two
    paragraphs of the report it is a crosshead over the second ("إنهاء التعبئة")."""
    for before, line, after in zip(content, content[1:], content[2:], strict=False):
        kind = kind_of.get(line.number)  # «» are dateline separators too: «ممر الطلاب»
        quoted = _QUOTED_TAG.match(line.text.strip()) and kind in ("chrome", "dateline")
        around = (before, after)
        if quoted and all(p.number not in kind_of and _is_paragraph(p.text) for p in around):
            del kind_of[line.number]


def _mark_caption_stubs(content: list[Line], kind_of: dict[int, str]) -> None:
    """A line that begins a caption removed next to it is the caption cut short. Further
    away it is the headline, which a page also prints over its photo with the caption
    glued on ("العنوان القوات السورية في الطريق إلى الرقة - أرشيفية"), and so is the
    page's first line: a page opens with its headline, not with a photo's caption cut
    short (heldout13 l10, heldout19 c11: the headline, then itself with "صورة أرشيفية")."""
    for i, line in enumerate(content):
        if i == 0:
            continue
        bare = _bare(line.text)
        neighbours = [content[j] for j in (i - 1, i + 1) if 0 <= j < len(content)]
        captions = [_bare(n.text) for n in neighbours if kind_of.get(n.number) == "caption"]
        if line.number not in kind_of and any(c != bare and c.startswith(bare) for c in captions):
            kind_of[line.number] = "caption"


def _mark_around_article(
    content: list[Line],
    headline: str,
    headline_line: int | None,
    kind_of: dict[int, str],
    stopped: int | None = None,
) -> None:
    """Labels before the article (short lines: site names, sections, bylines), copies of
    the headline, and what follows the last prose line, are page furniture."""
    head = _bare(headline)
    captioned = {
        line.number for line in content
        if line.number != headline_line and _captions_headline(line.text, headline)
    }  # fmt: skip
    copies = captioned | {
        line.number for line in content
        if line.number != headline_line and _copies_headline(_bare(line.text), head)
    }  # fmt: skip
    # A page without a headline has its lead taken for one: it is still the first prose.
    prose = [
        i for i, line in enumerate(content)
        if is_prose(line.text) and line.number not in copies
        and (line.number != headline_line or _is_lead_line(line.text))
    ]  # fmt: skip
    # Without any prose line there is no article to find the edges of: keep every line.
    first_prose, last_prose = (prose[0], prose[-1]) if prose else (-1, len(content))
    # A text cut mid-sentence ends the article where it stops, crossheads before it kept.
    cut = [
        i for i, line in enumerate(content)
        if i > last_prose and (_CUT.match(_bare(line.text)) or line.number == stopped)
    ]  # fmt: skip
    last_prose = cut[-1] if prose and cut else last_prose
    repeated = _repeated_labels(content)
    for i, line in enumerate(content):
        if line.number == headline_line:
            continue
        bare = _bare(line.text)
        if (
            line.number in copies - captioned
            and bare != head
            and _is_crosshead(content, i, first_prose, last_prose)
        ):
            continue  # the headline's first words over a paragraph of the report
        if line.number in copies:
            kind_of[line.number] = "repeated-headline"
        elif bare in repeated:
            kind_of[line.number] = "caption"  # a photo's alt text and caption, twice
        elif i == first_prose - 1 and line.text.endswith((":", "：")):
            continue  # "مقدمة:", "المقدمة :": a crosshead leading into the first paragraph
        elif i < first_prose and len(bare.split()) < HEADLINE_MIN_WORDS:
            kind_of[line.number] = "chrome"  # "رؤية", "الشأن السوري", "سبوتنيك عربي"
        elif i > last_prose and len(bare.split()) < HEADLINE_MIN_WORDS and not _cut_short(line):
            kind_of[line.number] = "chrome"  # "Shafaq Live", "الطريق"; not a cut sentence


def _is_crosshead(content: list[Line], i: int, first_prose: int, last_prose: int) -> bool:
    """A line between two paragraphs inside the report, with no full stop: a crosshead over
    the paragraph after it, even when its words are the headline's first ("تصعيد أمني في
    حلب"); a copy of the headline cut short stands above the text, by the headline."""
    if not first_prose < i < last_prose:
        return False
    before, after = content[i - 1].text, content[i + 1].text
    return (
        _is_paragraph(before)
        and _is_paragraph(after)
        and not _SENTENCE_STOP.search(content[i].text.strip())
    )


def _cut_short(line: Line) -> bool:
    """The text's last words where the copy stops: "وتابع البي", "إذاً، إن تشدق" (a comma
    inside is a sentence's, a label has none), "ك"."""
    return bool(
        _CUT.match(_bare(line.text)) or _PROSE_PUNCTUATION.search(line.text[:-1])
        or _ends_mid_word(line.text)
    )  # fmt: skip


def _ends_mid_word(text: str) -> bool:
    """The line stops on a particle or inside a word ("... عند مدخل من", "وأ", "مو"), as a
    copy cut off does; a run of single letters is initials ("أ ف ب")."""
    words = [w for w in _words(text) if arabic.has_arabic(w)]
    if not words or len(words[-1]) > CUT_WORD_MAX_LETTERS:
        return False
    return len(words) == 1 or len(words[-1]) > 1 or len(words[-2]) > 1


def _stopped_in_a_word(lines: list[Line], kind_of: dict[int, str]) -> int | None:
    """The page's last line when the text stops inside a word right under a paragraph of
    the report: its last word is found nowhere else on the page, but a longer word there
    begins with it ("تفاصيل السيطرة الميدا" under "السيطرة الميدانية", "السك" under
    "السكان"). A copy the store cut short ends so; a sign-off or a label is a whole word.
    Shorter words are ``_ends_mid_word``'s: two letters begin too many words ("أ ف ب")."""
    shown = [line for line in lines if line.text]
    if len(shown) < 2 or shown[-2].number in kind_of or not _is_paragraph(shown[-2].text):
        return None  # under a removed line or a headline's copy: furniture cut short
    if any(_bare(line.text).startswith(_bare(shown[-1].text)) for line in shown[:-1]):
        return None  # a line of the page printed again ("أعلن رئي" under "أعلن رئيس ...")
    words = [arabic.fold(w) for w in _words(shown[-1].text) if arabic.has_arabic(w)]
    if not words or len(words[-1]) <= CUT_WORD_MAX_LETTERS:
        return None
    last = words[-1]
    page = {arabic.fold(w) for line in shown[:-1] for w in _words(line.text)} | set(words[:-1])
    cut = last not in page and any(len(w) > len(last) and w.startswith(last) for w in page)
    return shown[-1].number if cut else None


def _mark_label_runs(page: list[Line], headline_line: int | None, kind_of: dict[int, str]) -> None:
    """Short unpunctuated lines amid furniture are furniture: an outlet's name between
    the dates and the headline's copies ("يني شفق"), or the writer's post under a byline
    above the report ("باحث مساعد في برنامج ..."). In the report, a crosshead stands
    between paragraphs, not between removed lines."""
    first_prose = next(
        (i for i, x in enumerate(page) if x.number not in kind_of and _is_paragraph(x.text)),
        len(page),
    )
    for i, line in enumerate(page):
        if line.number in kind_of or line.number == headline_line:
            continue
        count = len(_words(line.text))
        if not count or _PUNCTUATION.search(line.text):
            continue
        before = page[i - 1] if i > 0 else None
        after = page[i + 1] if i + 1 < len(page) else None
        # Above the report the headline is no report text either: a writer's name between it
        # and the date line is a byline (heldout10 z16: "علي مسلم").
        apart = set(kind_of) | ({headline_line} if i < first_prose else set())
        amid = bool(before and after and before.number in apart and after.number in apart)
        if amid and after is page[-1] and len(_words(after.text)) < HEADLINE_MIN_WORDS:
            # The page's last word or two may be the text the store cut under this
            # crosshead (heldout20 b05: "معلومات عن حقل العمر النفطي", then "يعدّ"), so
            # that line alone is no furniture around it.
            amid = False
        under_byline = bool(i < first_prose and before and _is_byline(before.text))
        if (amid and count <= LABEL_MAX_WORDS) or (under_byline and count <= BYLINE_POST_MAX_WORDS):
            kind_of[line.number] = "chrome"
        elif amid and i < first_prose and _is_sidebar_link(line, page[first_prose:], kind_of):
            kind_of[line.number] = "related"


def _is_sidebar_link(line: Line, below: list[Line], kind_of: dict[int, str]) -> bool:
    """Above the report, amid furniture (the headline, its copy, the date line), a headline
    that names next to nothing the report names is another story's, a link of the page's
    sidebar (pages p19: "ارتفاع كبير بأسعار الأدوية في مدينة حماة ..." under the headline of
    a report on the Euphrates dam). A standfirst retells the report in short, so it
    shares its words even where it shares few with the lead (tune d03: "إثر اعتقال ...")."""
    report = " ".join(x.text for x in below if x.number not in kind_of)
    if len(_words(line.text)) > HEADLINE_MAX_WORDS or not report:
        return False
    return _shared_share(line.text, report) <= SIDEBAR_LINK_SHARED_MAX


# A line repeats the headline when it has at least this many words and adds at most
# SITE_NAME_WORDS around it (a site name, a section label).
HEADLINE_COPY_MIN_WORDS = 3
SITE_NAME_WORDS = 4


def _copies_headline(bare: str, head: str) -> bool:
    """The headline again, whole, cut short (its start or, over two lines, its end), or
    with a site name around it."""
    return bool(head) and len(bare.split()) >= HEADLINE_COPY_MIN_WORDS and (
        bare == head or head.startswith(bare) or head.endswith(bare)
        or (head in bare and len(bare.split()) <= len(head.split()) + SITE_NAME_WORDS)
    )  # fmt: skip


def _captions_headline(text: str, headline: str) -> bool:
    """The headline printed over its photo with the caption run on after it ("العنوان رجب
    طيب أردوغان الرئيس التركي", "العنوان / AA"): the whole headline, then words with no
    punctuation of their own. A lead that opens with the headline's words goes on as a
    sentence, with a comma or a stop: of the lines of tune and eval/dev/ that begin with
    the labelled headline, every one that adds no punctuation is chrome and every one that
    adds some is the report's (benchmarks/logs/title_keypoint_causes_s18.log)."""
    bare, head = _bare(text), _bare(headline)
    if not head or not bare.startswith(f"{head} "):
        return False
    added = len(bare.split()) - len(head.split())
    own = len(_PUNCTUATION.findall(text)) - len(_PUNCTUATION.findall(headline))
    return added <= CAPTION_MAX_WORDS and own <= 0


def _repeated_labels(content: list[Line]) -> set[str]:
    """Lines that are not sentences and stand more than once on the page: a report does
    not say the same thing twice word for word, a page repeats captions and labels."""
    seen: dict[str, int] = {}
    for line in content:
        if not _SENTENCE_STOP.search(line.text.strip()) and len(_words(line.text)) > 1:
            bare = _bare(line.text)
            seen[bare] = seen.get(bare, 0) + 1
    return {bare for bare, count in seen.items() if count > 1}


def _headline(seed: Seed, content: list[Line]) -> tuple[str, int | None, dict[int, str]]:
    """Front-matter title wins; else the first headline-shaped line before the article,
    else the first line; with the lines above the article that are not the headline and
    their removal kinds. A headline-shaped line that shares no word with the lead while a
    later one does is another story's headline (a ticker above the page's own); a run of
    headlines glued into one unpunctuated line above the headline is a ticker too; a
    short line found word for word in the lead is a label of what the report names (a
    photo caption: "الرئيس السوري أحمد الشرع"), not a headline."""
    first = content[0] if content else None
    if seed.meta.title:
        matches = first is not None and arabic.fold(first.text) == arabic.fold(seed.meta.title)
        return seed.meta.title, first.number if matches and first else None, {}
    if first is None:
        return "", None, {}
    candidates, glued = _headline_candidates(content)
    lead = next((line for line in content if _is_lead_line(line.text)), None)
    labels = [c for c in candidates if lead and _names_from_lead(c.text, lead.text)]
    removed = dict.fromkeys((line.number for line in labels), "caption")
    candidates = [c for c in candidates if c not in labels]
    if not candidates:
        # No headline-shaped line before the lead: the first line a headline's length (the
        # lead, or a headline set off oddly), not a shorter line above it: a masthead, a
        # section, a writer's name ("التجدد الاخباري", "عرب وعالم"). Of 400 labelled pages
        # (tune and eval/dev/), one headline has fewer words, and every such line taken
        # for the title here was chrome (benchmarks/logs/short_titles_s17.log).
        # A glued ticker is never the headline (heldout7 u17: a ticker, then the report cut
        # after two words), and above the line taken it is chrome as it is above a headline.
        rest = [line for line in content if line not in labels and line not in glued]
        default = rest[0] if rest else first
        fallback = next((x for x in rest if len(_words(x.text)) >= HEADLINE_MIN_WORDS), default)
        removed.update((g.number, "chrome") for g in glued if g.number < fallback.number)
        return fallback.text, fallback.number, removed
    lead_words = _content_words(lead.text) if lead else set()
    sharing = [i for i, c in enumerate(candidates) if _content_words(c.text) & lead_words]
    chosen = sharing[0] if sharing and not _content_words(candidates[0].text) & lead_words else 0
    chosen = _past_sidebar(candidates, chosen, lead.text if lead else "")
    headline = candidates[chosen]
    # Below the headline, a headline-shaped line that shares no word with it or with the
    # lead is another story's (a list of links under the title); a standfirst shares them.
    told = _stems(headline.text) | (_stems(lead.text) if lead else set())
    others = [c for c in candidates[chosen + 1 :] if not _stems(c.text) & told]
    above = [*candidates[:chosen], *(g for g in glued if g.number < headline.number)]
    for line in [*above, *(others if lead_words else [])]:
        removed[line.number] = "chrome"
    return headline.text, headline.number, removed


def _past_sidebar(candidates: list[Line], chosen: int, lead: str) -> int:
    """The page's headline below a sidebar of other stories' headlines: when the first
    candidate naming at least SIDEBAR_HEADLINE_SHARE of its stems in the lead stands under
    SIDEBAR_MIN_HEADLINES or more that each name under SIDEBAR_ITEM_SHARE (a portal's list of
    the same region's news shares a word or two with any lead: "سوريا", "الكردية"), the list
    is chrome and that candidate is the headline. A standfirst under the headline names much
    of the lead too, but stands under one line, not a run."""
    shares = [_shared_share(c.text, lead) if lead else 0.0 for c in candidates]
    strong = next((i for i, s in enumerate(shares) if s >= SIDEBAR_HEADLINE_SHARE), None)
    if strong is None or strong <= chosen or strong < SIDEBAR_MIN_HEADLINES:
        return chosen
    return strong if all(s < SIDEBAR_ITEM_SHARE for s in shares[:strong]) else chosen


def _headline_candidates(content: list[Line]) -> tuple[list[Line], list[Line]]:
    """Headline-shaped lines before the lead, and glued tickers met on the way."""
    candidates: list[Line] = []
    glued: list[Line] = []
    for line in content:
        if _is_glued(line.text):
            glued.append(line)
        elif _is_lead_line(line.text):
            break
        elif len(_words(line.text)) >= HEADLINE_MIN_WORDS and not _BULLET.match(line.text):
            candidates.append(line)  # a bulleted line is an item of a list, not a headline
    return candidates, glued


def _is_lead_line(text: str) -> bool:
    """Too long for a headline, or a sentence with its full stop; not a glued ticker."""
    return not _is_glued(text) and (len(_words(text)) > HEADLINE_MAX_WORDS or _is_lead(text))


def _is_glued(text: str) -> bool:
    """Headlines run together into one line ("... المشاريع حماس: المقابر ... أوروبا تسحب
    ..."): longer than a headline, with no comma or stop where prose that long has some."""
    if len(_words(text)) <= HEADLINE_MAX_WORDS:
        return False
    # "عنوان    عنوان    عنوان": a list of links whose items kept their spacing.
    spaced = len(_WIDE_GAP.findall(text.strip())) >= GLUED_MIN_GAPS
    return spaced or not _CLAUSE_PUNCTUATION.search(text)


def _printed_over(text: str) -> str | None:
    """The text that a line prints two or three times over, glued or spaced ("العنوان
    العنوان"), or None: extraction ran a headline into its own copies."""
    stripped = text.strip()
    for copies in range(2, GLUED_MAX_COPIES + 1):
        for joint in ("", " "):
            size, rest = divmod(len(stripped) - len(joint) * (copies - 1), copies)
            once = stripped[:size]
            if rest or len(_words(once)) < COPIED_MIN_WORDS:
                continue
            if joint.join([once] * copies) == stripped:
                return once
    return None


def _names_from_lead(text: str, lead: str) -> bool:
    """A short line that the lead says word for word: a label of a person or place the
    report names. A headline says it in its own words ("يزور", where the lead has "زار")."""
    words = _words(text)
    if len(words) > LABEL_MAX_WORDS:
        return False
    return f" {arabic.fold(' '.join(words))} " in f" {arabic.fold(_bare(lead))} "


def _without_site_name(headline: str, others: set[str], marks: frozenset[str] = frozenset()) -> str:
    """The headline without the store's crawl date, and without a site name after a dash
    or bar or before a colon or bar ("عنوان الخبر - الشرق", "Site | عنوان"). Only a name
    the page shows on a line of its own, a short Latin one, an outlet's kind ("قناة ...",
    after the headline) or a kicker ("عاجل", "(فيديو)") counts: "أردوغان: ..." names a
    speaker."""
    text = _CRAWL_PREFIX.sub("", headline).strip()  # the store's crawl date is no title
    suffix = _SITE_SUFFIX.match(text)
    if suffix and (_is_site_name(suffix["site"], others) or _is_media_name(suffix["site"])):
        text = suffix["rest"].strip()
    prefix = _SITE_PREFIX.match(text)
    slash = _SLASH_PREFIX.match(text)
    if prefix and _is_site_name(prefix["site"], others):
        text = prefix["rest"].strip()
    elif slash and _bare(slash["site"]) in marks and _is_headline_after(slash["rest"]):
        text = slash["rest"].strip()  # "واع / عنوان" over the dateline "واع / بغداد"
    elif (bar := _LABEL_BAR.match(text)) and _is_bar_label(bar["label"], bar["rest"]):
        text = bar["rest"].strip()
    elif (dash := _DASH_PREFIX.match(text)) and _is_section_label(dash["site"], dash["rest"]):
        text = dash["rest"].strip()
    text = _without_kicker(text)
    # "... في منبج (فيديو)", "... حي غويران+ فيديو": a kicker, not the title's words.
    kicker = _PAREN_END.search(text) or _PLUS_KICKER.search(text)
    if kicker and kicker.start() > 0 and _bare(kicker.group()) in _HEADLINE_LABELS:
        text = text[: kicker.start()].strip()
    return text


def _is_headline_after(rest: str) -> bool:
    return len(_words(rest)) >= HEADLINE_MIN_WORDS


def _slash_marks(lines: list[Line]) -> frozenset[str]:
    """What opens a short line of the page before a slash ("واع" of "واع / بغداد"): an
    agency's or outlet's mark on its dateline. Before a title's slash the same words are
    that mark again, not the title's; a place before a slash ("سوريا/ ...") is left, for
    a dateline names its agency first."""
    found = set()
    for line in lines:
        mark = _SLASH_PREFIX.match(line.text.strip())
        if mark and len(_words(line.text)) <= DATELINE_MAX_WORDS:
            label = _bare(mark["site"])
            if label and len(label.split()) <= SITE_NAME_MAX_WORDS:
                found.add(label)
    return frozenset(found)


def _without_kicker(headline: str) -> str:
    """The headline without a kicker before a separator ("بالصور ـ ...", "شاهد بالفيديو ..
    ..."): one or two words, each a kicker, the verb "شاهد" only before one."""
    kicker = _KICKER_PREFIX.match(headline)
    if kicker is None or len(_words(kicker["rest"])) < HEADLINE_MIN_WORDS:
        return headline
    words = _bare(kicker["label"]).split()
    if not words:  # a label of symbols only ("🔴:"): no kicker word to judge
        return headline
    labels = [w in _MEDIA_KICKERS for w in words]
    told = labels[-1] and all(a or w in _KICKER_VERBS for w, a in zip(words, labels, strict=True))
    return kicker["rest"].strip() if told else headline


def _is_section_label(label: str, rest: str) -> bool:
    """A section of the site before a dash: "أخبار ..." in a few words, a headline after."""
    words = _bare(label).split()
    return (
        0 < len(words) <= SECTION_PREFIX_MAX_WORDS
        and arabic.fold(words[0]) in _SECTION_WORDS
        and len(_words(rest)) >= HEADLINE_MIN_WORDS
    )


def _is_bar_label(label: str, rest: str) -> bool:
    """A section or kicker before a bar: one or two words, with a headline after it."""
    return (
        len(_bare(label).split()) <= BAR_LABEL_MAX_WORDS and len(_words(rest)) >= HEADLINE_MIN_WORDS
    )


def _is_site_name(text: str, others: set[str]) -> bool:
    bare = _bare(text)
    if not bare or len(bare.split()) > SITE_NAME_MAX_WORDS:
        return False
    return bare in others or bare in _HEADLINE_LABELS or not arabic.has_arabic(text)


def _is_click_prompt(text: str, bare: str) -> bool:
    """A line sending the reader to a link (``_CLICK_PROMPT``), never a quotation."""
    folded = arabic.fold(text)
    asked = _CLICK_PROMPT.search(folded) or (
        _CLICK_NOUN.search(folded) and _ASKS_READER.search(folded)
    )
    short = len(bare.split()) <= CLICK_PROMPT_MAX_WORDS
    return bool(asked) and short and not _QUOTE_MARKS.search(text)


def _is_media_name(text: str) -> bool:
    """ "قناة مصر اليوم", "موقع الخبر": a name that opens with a kind of outlet, or ends
    with a word of outlets' names ("خليج نيوز", "فرانس 24")."""
    words = _bare(text).split()
    if not 1 < len(words) <= SITE_NAME_MAX_WORDS:
        return False
    return words[0] in _MEDIA_NOUNS or words[-1] in _OUTLET_WORDS  # "خليج نيوز"


def _is_lead(text: str) -> bool:
    """A sentence with its full stop; a teaser cut with "..." links to another page, and
    two dots are an ellipsis too in Arabic kickers and headlines ("فيديو وصور..")."""
    stripped = text.strip()
    return _LEAD_STOP.search(stripped) is not None and not stripped.endswith(("..", "…"))


def _content_words(text: str) -> set[str]:
    """Folded words long enough to carry content (not "في", "من", "بين"...)."""
    return {w for w in (arabic.fold(w) for w in _words(text)) if len(w) > CONTENT_WORD_MIN}


def _stems(text: str) -> set[str]:
    """Content words without their clitics and article, and without a final tanwin alif
    or ta marbuta: "بالجسر", "الجسر" and "جسرا" are one word for telling stories apart."""
    stems = set()
    for word in _content_words(text):
        word = word[1:] if len(word) > STEM_MIN and word[0] in "وف" else word
        word = word[1:] if len(word) > STEM_MIN and word[0] in "بلك" and word[1:3] == "ال" else word
        word = word[2:] if len(word) > STEM_MIN and word[:2] in ("ال", "لل") else word
        stems.add(word[:-1] if len(word) > STEM_MIN and word[-1] in "اه" else word)
    return stems


def _take_signoff(
    content: list[Line], lines: list[Line], kind_of: dict[int, str], stopped: int | None = None
) -> str | None:
    """An outlet sign-off on the last line: "المصدر: المدن", or a lone short name; not a
    text that stops inside a word (``_stopped_in_a_word``)."""
    if len(content) < 2 or content[-1].number == stopped:
        return None
    last = content[-1]
    if _EDITOR_INITIALS.match(last.text):
        kind_of[last.number] = "signoff"  # an editor's initials ("س.ع"): no outlet
        content.pop()
        return None
    match = _SIGNOFF.match(last.text)
    if match:
        outlet = match.group("outlet")
    else:
        # A lone name of at most three words, set apart by a blank or removed line (".")
        # with no digits or punctuation: the way outlets such as Rudaw sign their reports
        # ("وكالات"); "وتابع البي" is a sentence cut short.
        words = last.text.split()
        index = last.number - lines[0].number
        before = lines[index - 1] if index > 0 else None
        apart = before is not None and (not before.text or before.number in kind_of)
        # A body's press office signs its own statement, set apart or not: "المكتب
        # الإعلامي لمجلس الرقة المدني" (heldout5 s18, heldout20 b16).
        office = _PRESS_OFFICE.match(arabic.fold(last.text)) is not None
        is_name = (
            ((len(words) <= 3 and apart) or (office and len(words) <= SOURCE_CREDIT_MAX_WORDS))
            and not (len(words) > 1 and _CUT.match(last.text))  # "وكالات" is a name
            and not _ends_mid_word(last.text)
            and not _PUNCTUATION.search(last.text)
            and not any(ch.isdigit() for ch in last.text)
        )
        if not is_name:
            return None
        outlet = last.text
    kind_of[last.number] = "signoff"
    content.pop()
    return outlet


def _without_source_credits(content: list[Line], kind_of: dict[int, str]) -> list[Line]:
    """A source credit below the lead that is not the page's last line ("المصدر: المرصد
    السوري لحقوق الإنسان" with other stories under it, "Source: ... | Sputnik Arabic"):
    a sign-off too, though only the last line's names the report's origin."""
    lead = next((n for n, line in enumerate(content) if _is_lead_line(line.text)), None)
    if lead is None:
        return content
    for line in content[lead + 1 :]:
        credit = _SIGNOFF.match(line.text)
        if credit and _is_credit_name(credit.group("outlet")):
            kind_of[line.number] = "signoff"
    return [line for line in content if line.number not in kind_of]


def _is_credit_name(text: str) -> bool:
    """An outlet's or body's name: a few words, no sentence punctuation ("المصدر: إن ..."
    would be a sentence); letters a wrong encoding turned into "?" are no question marks
    ("Source: ??????? ???? | Sputnik Arabic": heldout17 o15)."""
    text = _LOST_LETTERS.sub("x", text)
    return len(_words(text)) <= SOURCE_CREDIT_MAX_WORDS and not _PROSE_PUNCTUATION.search(text)


def _group_removed(lines: list[Line], kind_of: dict[int, str]) -> tuple[RemovedBlock, ...]:
    """Consecutive removed lines of one kind (blank lines between them allowed)."""
    blocks: list[RemovedBlock] = []
    current: list[Line] = []
    current_kind = None
    for line in lines:
        kind = kind_of.get(line.number)
        if kind is None:
            if line.text:  # kept text ends a block; blank lines do not
                _flush(blocks, current, current_kind)
                current_kind = None
            continue
        if kind != current_kind:
            _flush(blocks, current, current_kind)
            current_kind = kind
        current.append(line)
    _flush(blocks, current, current_kind)
    return tuple(blocks)


def _flush(blocks: list[RemovedBlock], current: list[Line], kind: str | None) -> None:
    if current and kind:
        blocks.append(
            RemovedBlock(kind=kind, line=current[0].number, lines=tuple(x.text for x in current))
        )
    current.clear()
